import { Title } from "@mantine/core";
import { useState } from "react";
import type { CoverageRow } from "../../../../common/schemas/coverage.js";
import { TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import type { CoverageSearch } from "./CoveragePage.js";
import { formatShare, type Measure, measureValue, nameIn } from "./measures.js";

type SortKey = "name" | Measure;
type Order = "asc" | "desc";

/** Rows sorted by name (Bosnian collation) or by a figure; rows with no value go last. */
export function sortRows(rows: CoverageRow[], key: SortKey, order: Order, locale: string): CoverageRow[] {
  const collator = new Intl.Collator(locale === "en" ? "bs" : locale);
  const byName = (a: CoverageRow, b: CoverageRow) => collator.compare(nameIn(locale, a), nameIn(locale, b));
  const sign = order === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === "name") return sign * byName(a, b);
    const x = measureValue(a, key);
    const y = measureValue(b, key);
    if (x === y) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y);
  });
}

/** The map's figures as a table, each municipality linking to its page; sorted by the measure at first. */
export function CoverageTable({
  rows,
  measure,
  search,
  isLoading,
}: {
  /** Undefined while loading. */
  rows: CoverageRow[] | undefined;
  measure: Measure;
  search: CoverageSearch;
  isLoading: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const [chosen, setSort] = useState<{ key: SortKey; order: Order; measure: Measure } | null>(null);
  // Choosing another measure sorts by it again.
  const sort =
    chosen && chosen.measure === measure ? chosen : { key: measure, order: "desc" as Order, measure };

  const columns: Column<CoverageRow>[] = [
    {
      key: "name",
      header: t("common.municipality"),
      sortKey: "name",
      render: (row) => (
        <TextLink
          to="/municipalities/$municipalityId"
          params={{ municipalityId: row.id }}
          search={{ year: search.year, projectId: search.projectId, kind: search.kind }}
        >
          {nameIn(format.locale, row)}
        </TextLink>
      ),
    },
    {
      key: "area",
      header: t("coverage.entityCanton"),
      render: (row) =>
        [row.entity, row.canton]
          .filter((place) => place !== null)
          .map((place) => nameIn(format.locale, place))
          .join(" · "),
    },
    {
      key: "events",
      header: t("coverage.measure.events"),
      sortKey: "events",
      render: (row) => format.number(row.events),
    },
    {
      key: "participants",
      header: t("coverage.measure.participants"),
      sortKey: "participants",
      render: (row) =>
        t("coverage.participantsBySex", {
          total: format.number(row.participants.total),
          female: format.number(row.participants.female),
          male: format.number(row.participants.male),
        }),
    },
    {
      key: "womenShare",
      header: t("coverage.measure.womenShare"),
      sortKey: "womenShare",
      render: (row) => (row.womenShare === null ? "–" : formatShare(format.locale, row.womenShare)),
    },
    {
      key: "trainersActive",
      header: t("coverage.measure.trainersActive"),
      sortKey: "trainersActive",
      render: (row) => format.number(row.trainersActive),
    },
  ];

  return (
    <section aria-labelledby="coverage-table-heading">
      <Title order={2} size="h4" id="coverage-table-heading" mb="sm">
        {t("coverage.tableCaption")}
      </Title>
      <DataTable
        caption={t("coverage.tableCaption")}
        columns={columns}
        rows={rows && sortRows(rows, sort.key, sort.order, format.locale)}
        rowKey={(row) => row.id}
        total={rows?.length ?? 0}
        pageSize={Math.max(rows?.length ?? 0, 1)}
        sort={sort.key}
        order={sort.order}
        onSort={(key, order) => setSort({ key: key as SortKey, order, measure })}
        isLoading={isLoading}
        minWidth={760}
      />
    </section>
  );
}
