import { Badge, Group } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { eventKinds, eventStatuses } from "../../../../common/schemas/enums.js";
import type { Event } from "../../../../common/schemas/events.js";
import { useMe } from "../../api/auth.js";
import { useEvents } from "../../api/events.js";
import { useProject } from "../../api/projects.js";
import { DateField } from "../../components/forms/DateField.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { pickSort } from "../../components/list/sort.js";
import {
  type BaseListSearch,
  DEFAULT_PAGE_SIZE,
  useListSearch,
} from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { canCreate } from "../../components/permissions.js";
import { SearchSelect } from "../../components/selects/SearchSelect.js";
import { useProjectOptions } from "../../components/selects/sources.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { StatusBadge } from "./StatusBadge.js";

interface Search extends BaseListSearch {
  kind?: (typeof eventKinds)[number] | undefined;
  status?: (typeof eventStatuses)[number] | undefined;
  projectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const isoDate = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

export function EventsListPage() {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [search, update] = useListSearch<Search>();
  const project = useProject(search.projectId);
  const params = {
    q: search.q,
    page: search.page ?? 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: pickSort(search.sort, ["startsOn", "title", "kind"] as const, "startsOn"),
    order: search.order ?? (search.sort ? "asc" : "desc"),
    kind: search.kind,
    status: search.status,
    projectId: search.projectId,
    from: isoDate(search.from),
    to: isoDate(search.to),
    archived: search.archived ?? "exclude",
  } as const;
  const list = useEvents(params);

  const columns: Column<Event>[] = [
    {
      key: "title",
      header: t("common.title"),
      sortKey: "title",
      render: (event) => (
        <Group gap="xs" wrap="nowrap">
          <TextLink to="/events/$eventId" params={{ eventId: event.id }} fw={600}>
            {event.title}
          </TextLink>
          {event.isArchived && (
            <Badge size="xs" color="gray">
              {t("common.archivedBadge")}
            </Badge>
          )}
        </Group>
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

  const isFiltered = Boolean(
    search.q || search.kind || search.status || search.projectId || search.from || search.to,
  );

  return (
    <>
      <PageHeader
        title={t("events.title")}
        actions={canCreate(me, "events") && <ButtonLink to="/events/new">{t("events.new")}</ButtonLink>}
      />
      <ListToolbar
        search={search.q}
        onSearch={(q) => update({ q })}
        archived={Boolean(search.archived)}
        onArchivedChange={(on) => update({ archived: on ? "include" : undefined })}
      >
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
        rows={list.data?.items}
        rowKey={(event) => event.id}
        total={list.data?.total}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={(page) => update({ page })}
        sort={params.sort}
        order={params.order}
        onSort={(sort, order) => update({ sort, order })}
        onRowClick={(event) => navigate({ to: "/events/$eventId", params: { eventId: event.id } })}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        isFiltered={isFiltered}
        minWidth={760}
      />
    </>
  );
}
