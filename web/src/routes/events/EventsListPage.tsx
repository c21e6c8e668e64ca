import { linkOptions, useNavigate } from "@tanstack/react-router";
import { eventKinds, eventStatuses } from "../../../../common/schemas/enums.js";
import type { Event } from "../../../../common/schemas/events.js";
import { useMe } from "../../api/auth.js";
import { useEvents } from "../../api/events.js";
import { useJurisdiction } from "../../api/jurisdictions.js";
import { useProject } from "../../api/projects.js";
import { DateField } from "../../components/forms/DateField.js";
import { ButtonLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { TitleWithArchivedBadge } from "../../components/list/TitleWithArchivedBadge.js";
import { useListPage } from "../../components/list/useListPage.js";
import type { BaseListSearch } from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { SearchSelect } from "../../components/selects/SearchSelect.js";
import { useMunicipalityOptions, useProjectOptions } from "../../components/selects/sources.js";
import { useFormat } from "../../i18n/format.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { useT } from "../../i18n/useT.js";
import { StatusBadge } from "./StatusBadge.js";

interface Search extends BaseListSearch {
  kind?: (typeof eventKinds)[number] | undefined;
  status?: (typeof eventStatuses)[number] | undefined;
  projectId?: string | undefined;
  /** The place of the events (a municipality's page links here with it). */
  jurisdictionId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const isoDate = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

const eventLink = (event: Event) => linkOptions({ to: "/events/$eventId", params: { eventId: event.id } });

export function EventsListPage() {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { search, update, params, toolbarProps, tableProps } = useListPage({
    sortKeys: ["startsOn", "title", "kind"] as const,
    defaultSort: "startsOn",
    defaultOrder: "desc",
    filters: (search: Search) => ({
      kind: search.kind,
      status: search.status,
      projectId: search.projectId,
      jurisdictionId: search.jurisdictionId,
      from: isoDate(search.from),
      to: isoDate(search.to),
    }),
  });
  const project = useProject(search.projectId);
  const place = useJurisdiction(search.jurisdictionId);
  const { locale } = useLocale();
  const list = useEvents(params);

  const columns: Column<Event>[] = [
    {
      key: "title",
      header: t("common.title"),
      sortKey: "title",
      render: (event) => (
        <TitleWithArchivedBadge link={eventLink(event)} isArchived={event.isArchived}>
          {event.title}
        </TitleWithArchivedBadge>
      ),
    },
    {
      key: "kind",
      header: t("events.kind"),
      sortKey: "kind",
      render: (event) => t(`eventKind.${event.kind}`),
    },
    {
      key: "status",
      header: t("common.status"),
      render: (event) => <StatusBadge status={event.status} />,
    },
    {
      key: "dates",
      header: t("events.dates"),
      sortKey: "startsOn",
      render: (event) => (
        <span style={{ whiteSpace: "nowrap" }}>{format.dateRange(event.startsOn, event.endsOn)}</span>
      ),
    },
    { key: "municipality", header: t("common.municipality"), render: (event) => event.jurisdictionName },
    { key: "female", header: t("sex.female"), render: (event) => format.number(event.attendance.female) },
    { key: "male", header: t("sex.male"), render: (event) => format.number(event.attendance.male) },
  ];

  return (
    <>
      <PageHeader
        title={t("events.title")}
        actions={
          <>
            <ExportMenu list="events" params={params} />
            <ButtonLink to="/events/cascades" variant="default">
              {t("cascade.listTitle")}
            </ButtonLink>
            {me?.abilities.create.events && <ButtonLink to="/events/new">{t("events.new")}</ButtonLink>}
          </>
        }
      />
      <ListToolbar {...toolbarProps}>
        <FilterSelect
          label={t("events.kind")}
          value={search.kind}
          onChange={(kind) => update({ kind: kind as Search["kind"] })}
          options={eventKinds.map((value) => ({ value, label: t(`eventKind.${value}`) }))}
        />
        <FilterSelect
          label={t("common.status")}
          value={search.status}
          onChange={(status) => update({ status: status as Search["status"] })}
          options={eventStatuses.map((value) => ({ value, label: t(`eventStatus.${value}`) }))}
        />
        <div style={{ flex: "0 1 240px" }}>
          <SearchSelect
            label={t("events.project")}
            value={search.projectId ?? null}
            onChange={(projectId) => update({ projectId: projectId ?? undefined })}
            useOptions={useProjectOptions}
            knownOptions={
              project.data
                ? [{ value: project.data.id, label: `${project.data.code} — ${project.data.title}` }]
                : []
            }
          />
        </div>
        <div style={{ flex: "0 1 200px" }}>
          <SearchSelect
            label={t("common.municipality")}
            value={search.jurisdictionId ?? null}
            onChange={(jurisdictionId) => update({ jurisdictionId: jurisdictionId ?? undefined })}
            useOptions={useMunicipalityOptions}
            knownOptions={
              place.data
                ? [
                    {
                      value: place.data.id,
                      label: locale === "sr-Cyrl-BA" ? place.data.nameCyrillic : place.data.nameLatin,
                    },
                  ]
                : []
            }
          />
        </div>
        <div style={{ flex: "0 1 160px" }}>
          <DateField
            label={t("events.from")}
            value={search.from ?? null}
            onChange={(from) => update({ from: from ?? undefined })}
            clearable
          />
        </div>
        <div style={{ flex: "0 1 160px" }}>
          <DateField
            label={t("events.to")}
            value={search.to ?? null}
            onChange={(to) => update({ to: to ?? undefined })}
            clearable
          />
        </div>
      </ListToolbar>
      <DataTable
        caption={t("events.title")}
        columns={columns}
        rowKey={(event) => event.id}
        onRowClick={(event) => navigate(eventLink(event))}
        {...tableProps(list)}
        minWidth={760}
      />
    </>
  );
}
