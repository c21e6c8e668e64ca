import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import {
  type InvolvedOrganization,
  type LocalPartner,
  MUNICIPALITY_ORGANIZATIONS_PAGE_SIZE,
  type MunicipalityActivity,
  type MunicipalityEvent,
} from "../../../../common/schemas/coverage.js";
import { useMunicipalityActivity } from "../../api/coverage.js";
import { useProject } from "../../api/projects.js";
import { BackLink } from "../../components/BackLink.js";
import { Figure, Figures } from "../../components/Figure.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { type CoverageSearch, coverageParams } from "../coverage/CoveragePage.js";
import { formatShare, yearPeriod } from "../coverage/measures.js";
import { StatusBadge } from "../events/StatusBadge.js";
import { OrganizationLink } from "../organizations/OrganizationLinks.js";

/** "Tuzla / Тузла": both scripts when they differ. */
const bothScripts = (place: { nameLatin: string; nameCyrillic: string }) =>
  place.nameCyrillic && place.nameCyrillic !== place.nameLatin
    ? `${place.nameLatin} / ${place.nameCyrillic}`
    : place.nameLatin;

/** The municipality's figures: events held, people by sex, trainers active. */
function MunicipalityFigures({ figures }: { figures: MunicipalityActivity["figures"] }) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="figures-heading">
      <Title order={2} size="h4" id="figures-heading" mb="sm">
        {t("municipality.figures")}
      </Title>
      <Figures cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Figure look="card" label={t("coverage.measure.events")} value={format.number(figures.events)} />
        <Figure
          look="card"
          label={t("coverage.measure.participants")}
          value={format.number(figures.participants.total)}
          hint={t("municipality.womenMen", {
            female: format.number(figures.participants.female),
            male: format.number(figures.participants.male),
          })}
        />
        <Figure
          look="card"
          label={t("coverage.measure.womenShare")}
          value={figures.womenShare === null ? "–" : formatShare(format.locale, figures.womenShare)}
          hint={t("municipality.participations", { count: figures.participations })}
        />
        <Figure
          look="card"
          label={t("coverage.measure.trainersActive")}
          value={format.number(figures.trainersActive)}
        />
      </Figures>
    </section>
  );
}

/**
 * The newest events (the API sends at most 25) and, when there are more, a link to all of them in
 * the events list, filtered to this municipality and the page's filters.
 */
function EventsSection({
  municipalityId,
  events,
  eventsTotal,
  search,
}: {
  municipalityId: string;
  events: MunicipalityEvent[];
  eventsTotal: number;
  search: CoverageSearch;
}) {
  const t = useT();
  const format = useFormat();
  const columns: Column<MunicipalityEvent>[] = [
    {
      key: "title",
      header: t("common.title"),
      render: (event) => (
        <TextLink to="/events/$eventId" params={{ eventId: event.id }}>
          {event.title}
        </TextLink>
      ),
    },
    { key: "kind", header: t("events.kind"), render: (event) => t(`eventKind.${event.kind}`) },
    { key: "status", header: t("common.status"), render: (event) => <StatusBadge status={event.status} /> },
    {
      key: "dates",
      header: t("events.dates"),
      render: (event) => format.dateRange(event.startsOn, event.endsOn),
    },
    {
      key: "project",
      header: t("events.project"),
      render: (event) =>
        event.project && (
          <TextLink to="/projects/$projectId" params={{ projectId: event.project.id }}>
            {event.project.code}
          </TextLink>
        ),
    },
  ];
  return (
    <section aria-labelledby="events-heading">
      <Title order={2} size="h4" id="events-heading" mb="sm">
        {t("municipality.events")}
      </Title>
      <DataTable
        caption={t("municipality.events")}
        columns={columns}
        rows={events}
        rowKey={(event) => event.id}
        pageSize={Math.max(events.length, 1)}
      />
      {eventsTotal > events.length && (
        <Text size="sm" mt="xs">
          <TextLink
            to="/events"
            search={{
              jurisdictionId: municipalityId,
              kind: search.kind,
              projectId: search.projectId,
              ...yearPeriod(search.year),
            }}
          >
            {t("municipality.allEvents", { count: eventsTotal })}
          </TextLink>
        </Text>
      )}
    </section>
  );
}

/** A page of the organisations involved (the API sends the page asked for, by name) and how many there are. */
function OrganizationsSection({
  organizations,
  total,
  page,
  onPageChange,
}: {
  organizations: InvolvedOrganization[];
  total: number;
  page: number;
  onPageChange: (page: number) => void;
}) {
  const t = useT();
  const format = useFormat();
  const columns: Column<InvolvedOrganization>[] = [
    {
      key: "name",
      header: t("common.name"),
      render: (org) => <OrganizationLink id={org.id} name={org.name} />,
    },
    { key: "sector", header: t("municipality.sector"), render: (org) => t(`sector.${org.sector}`) },
    { key: "level", header: t("municipality.level"), render: (org) => t(`level.${org.level}`) },
    {
      key: "eventsOrganized",
      header: t("municipality.eventsOrganized"),
      render: (org) => format.number(org.eventsOrganized),
    },
    {
      key: "participants",
      header: t("municipality.peopleAttended"),
      render: (org) => format.number(org.participants),
    },
  ];
  return (
    <section aria-labelledby="organizations-heading">
      <Title order={2} size="h4" id="organizations-heading" mb={4}>
        {t("municipality.organizations")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("municipality.organizationsHint")}
      </Text>
      <DataTable
        caption={t("municipality.organizations")}
        columns={columns}
        rows={organizations}
        rowKey={(org) => org.id}
        total={total}
        page={page}
        pageSize={MUNICIPALITY_ORGANIZATIONS_PAGE_SIZE}
        onPageChange={onPageChange}
      />
    </section>
  );
}

function PartnersSection({ partners }: { partners: LocalPartner[] }) {
  const t = useT();
  return (
    <section aria-labelledby="partners-heading">
      <Title order={2} size="h4" id="partners-heading" mb={4}>
        {t("municipality.localPartners")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("municipality.localPartnersHint")}
      </Text>
      {partners.length === 0 ? (
        <Text c="dimmed">{t("municipality.noLocalPartners")}</Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: "none", paddingLeft: 0, margin: 0 }}>
          {partners.map((partner) => (
            <Group key={partner.id} gap="xs" component="li" wrap="wrap">
              <OrganizationLink id={partner.id} name={partner.name} />
              {partner.isSeatedHere && (
                <Badge variant="light" color="grape">
                  {t("municipality.seatedHere")}
                </Badge>
              )}
              {partner.eventsOrganized > 0 && (
                <Text size="sm" c="dimmed">
                  {t("municipality.organizedHere", { count: partner.eventsOrganized })}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </section>
  );
}

/** A municipality's page: who was reached there, by which events and organisations. */
export function MunicipalityPage({ id, search }: { id: string; search: CoverageSearch }) {
  const t = useT();
  // The organisations' page belongs to the filters it was chosen under: other filters start at page 1.
  const filters = coverageParams(search);
  const filtersKey = JSON.stringify(filters);
  const [organizationsPaging, setOrganizationsPaging] = useState({ filtersKey, page: 1 });
  const organizationsPage = organizationsPaging.filtersKey === filtersKey ? organizationsPaging.page : 1;
  const query = useMunicipalityActivity(id, { ...filters, organizationsPage });
  // The project filter's code: from the project itself, since the newest events may not include it.
  const project = useProject(search.projectId);
  if (!query.data) return <RecordPending query={query} />;
  const { municipality, figures, events, eventsTotal, organizations, organizationsTotal, localPartners } =
    query.data;
  const place = [municipality.canton, municipality.entity]
    .filter((item) => item !== null)
    .map(bothScripts)
    .join(", ");
  const filtered = [
    search.year ? String(search.year) : null,
    search.kind ? t(`eventKind.${search.kind}`) : null,
    search.projectId
      ? (project.data?.code ??
        events.find((event) => event.project?.id === search.projectId)?.project?.code ??
        null)
      : null,
  ].filter((item) => item !== null);

  return (
    <>
      <PageHeader
        title={bothScripts(municipality)}
        above={<BackLink to="/coverage" label={t("coverage.title")} />}
      />
      <Stack gap="lg">
        <Stack gap={2}>
          {place && <Text>{place}</Text>}
          {filtered.length > 0 && (
            <Text size="sm" c="dimmed">
              {t("municipality.filtered", { items: filtered.join(" · ") })}{" "}
              <TextLink
                to="/municipalities/$municipalityId"
                params={{ municipalityId: municipality.id }}
                search={{}}
              >
                {t("municipality.showAll")}
              </TextLink>
            </Text>
          )}
        </Stack>
        <MunicipalityFigures figures={figures} />
        <EventsSection
          municipalityId={municipality.id}
          events={events}
          eventsTotal={eventsTotal}
          search={search}
        />
        <OrganizationsSection
          organizations={organizations}
          total={organizationsTotal}
          page={organizationsPage}
          onPageChange={(page) => setOrganizationsPaging({ filtersKey, page })}
        />
        <PartnersSection partners={localPartners} />
      </Stack>
    </>
  );
}
