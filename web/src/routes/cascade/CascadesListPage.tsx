import { linkOptions, useNavigate } from "@tanstack/react-router";
import type { CascadeSummary } from "../../../../common/schemas/cascade.js";
import { useCascades } from "../../api/cascade.js";
import { BackLink } from "../../components/BackLink.js";
import { TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

const cascadeLink = (row: CascadeSummary) =>
  linkOptions({ to: "/events/$eventId/cascade", params: { eventId: row.id } });

/** The trainer cascade of every TOT the reader may read, newest first. */
export function CascadesListPage() {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const list = useCascades();

  const columns: Column<CascadeSummary>[] = [
    {
      key: "title",
      header: t("cascade.tot"),
      render: (row) => <TextLink {...cascadeLink(row)}>{row.title}</TextLink>,
    },
    { key: "date", header: t("cascade.date"), render: (row) => format.date(row.startsOn) },
    { key: "municipality", header: t("common.municipality"), render: (row) => row.municipalityName },
    {
      key: "trainers",
      header: t("cascade.trainersProduced"),
      render: (row) => format.number(row.trainersProduced),
    },
    {
      key: "sessions",
      header: t("cascade.sessionsDelivered"),
      render: (row) => format.number(row.sessionsDelivered),
    },
    { key: "female", header: t("sex.female"), render: (row) => format.number(row.peopleReached.female) },
    { key: "male", header: t("sex.male"), render: (row) => format.number(row.peopleReached.male) },
    {
      key: "total",
      header: t("cascade.peopleReached"),
      render: (row) => format.number(row.peopleReached.total),
    },
    { key: "depth", header: t("cascade.depth"), render: (row) => format.number(row.depth) },
  ];

  return (
    <>
      <PageHeader
        title={t("cascade.listTitle")}
        above={<BackLink to="/events" label={t("events.title")} />}
      />
      <DataTable
        caption={t("cascade.listTitle")}
        columns={columns}
        rows={list.data?.items}
        rowKey={(row) => row.id}
        onRowClick={(row) => navigate(cascadeLink(row))}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        minWidth={860}
      />
    </>
  );
}
