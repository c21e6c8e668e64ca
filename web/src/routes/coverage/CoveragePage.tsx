import { Group, NativeSelect, Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { lazy, Suspense, useMemo, useState } from "react";
import type { CoverageRow } from "../../../../common/schemas/coverage.js";
import { type EventKind, eventKinds } from "../../../../common/schemas/enums.js";
import { useCoverage, useMunicipalityShapes } from "../../api/coverage.js";
import { useJurisdictions } from "../../api/jurisdictions.js";
import { useProjects } from "../../api/projects.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { CoverageTable } from "./CoverageTable.js";
import {
  filterYears,
  formatShare,
  type Measure,
  measureLabels,
  measures,
  measureValue,
  nameIn,
  yearPeriod,
} from "./measures.js";

/** The map library is large: it loads with this page, not with the app. */
const CoverageMapChart = lazy(async () => ({
  default: (await import("./CoverageMapChart.js")).CoverageMapChart,
}));

const MAP_HEIGHT = 560;
/** Names kept as they are in every language: the data's authors, its address and licence. */
export const ATTRIBUTION = {
  source: "geoBoundaries (www.geoboundaries.org), Runfola et al. 2020, PLOS ONE 15(4): e0231866",
  origin: "Codrina Maria Ille / Datahub",
  licence: "CC BY 4.0",
};

export interface CoverageSearch {
  measure?: Measure | undefined;
  year?: number | undefined;
  projectId?: string | undefined;
  kind?: EventKind | undefined;
}

/** The filters of the page as the API takes them. */
export const coverageParams = (search: CoverageSearch) => ({
  ...yearPeriod(search.year),
  projectId: search.projectId,
  kind: search.kind,
});

/** Every municipality's name by shapeID, so that those with no activity are named too. */
function useNamesByShape() {
  const { locale } = useFormat();
  const list = useJurisdictions({ kind: "municipality", pageSize: 200 });
  return useMemo(() => {
    const names = new Map<string, { id: string; name: string }>();
    for (const item of list.data?.items ?? []) {
      if (item.shapeId) names.set(item.shapeId, { id: item.id, name: nameIn(locale, item) });
    }
    return names;
  }, [list.data, locale]);
}

/** The coverage map: where events were held, coloured by a chosen figure, with the same figures as a table. */
export function CoveragePage({ search }: { search: CoverageSearch }) {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const measure = search.measure ?? "events";
  const params = coverageParams(search);
  const coverage = useCoverage(params);
  const shapes = useMunicipalityShapes();
  const names = useNamesByShape();
  const projects = useProjects({ pageSize: 200, sort: "title" });
  const [years] = useState(() => filterYears());

  const update = (patch: Partial<CoverageSearch>) =>
    navigate({ to: "/coverage", search: { ...search, ...patch }, replace: true });
  const rows = coverage.data?.items ?? [];
  const isShare = measure === "womenShare";
  const formatValue = (value: number | null) =>
    value === null ? "–" : isShare ? formatShare(format.locale, value) : format.number(value);
  const byShape = new Map(rows.filter((row) => row.shapeId).map((row) => [row.shapeId as string, row]));

  const areas = useMemo(
    () =>
      rows.flatMap((row) => {
        const value = measureValue(row, measure);
        return row.shapeId && value !== null ? [{ shapeId: row.shapeId, value }] : [];
      }),
    [rows, measure],
  );
  const max = isShare ? 1 : Math.max(0, ...areas.map((area) => area.value));
  const measureLabel = t(measureLabels[measure]);

  const describe = (shapeId: string) => {
    const row = byShape.get(shapeId);
    const name = row ? nameIn(format.locale, row) : (names.get(shapeId)?.name ?? "");
    return row
      ? `${name}: ${measureLabel} ${formatValue(measureValue(row, measure))}`
      : t("coverage.noActivityAt", { name });
  };
  const openShape = (shapeId: string) => {
    const id = byShape.get(shapeId)?.id ?? names.get(shapeId)?.id;
    if (id)
      void navigate({
        to: "/municipalities/$municipalityId",
        params: { municipalityId: id },
        search: municipalitySearch(search),
      });
  };

  return (
    <>
      <PageHeader title={t("coverage.title")} actions={<ExportMenu list="coverage" params={params} />} />
      <Stack gap="lg">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("coverage.measure")}
            value={measure}
            onChange={(event) => update({ measure: event.currentTarget.value as Measure })}
            data={measures.map((value) => ({ value, label: t(measureLabels[value]) }))}
            style={{ flex: "0 1 220px" }}
          />
          <FilterSelect
            label={t("coverage.year")}
            value={search.year ? String(search.year) : undefined}
            options={years.map((year) => ({ value: String(year), label: String(year) }))}
            onChange={(value) => update({ year: value ? Number(value) : undefined })}
          />
          <FilterSelect
            label={t("events.project")}
            value={search.projectId}
            options={(projects.data?.items ?? []).map((project) => ({
              value: project.id,
              label: `${project.code} — ${project.title}`,
            }))}
            onChange={(projectId) => update({ projectId })}
          />
          <FilterSelect
            label={t("events.kind")}
            value={search.kind}
            options={eventKinds.map((kind) => ({ value: kind, label: t(`eventKind.${kind}`) }))}
            onChange={(kind) => update({ kind: kind as EventKind | undefined })}
          />
        </Group>
        {coverage.error && !coverage.data && (
          <ErrorAlert error={coverage.error} onRetry={() => coverage.refetch()} />
        )}
        <Paper withBorder p="sm" component="figure" m={0}>
          {shapes.error ? (
            <ErrorAlert error={shapes.error} onRetry={() => shapes.refetch()} />
          ) : shapes.data && coverage.data ? (
            <Suspense fallback={<Skeleton height={MAP_HEIGHT} aria-hidden />}>
              <CoverageMapChart
                shapes={shapes.data}
                areas={areas}
                max={max}
                describe={describe}
                formatValue={formatValue}
                onSelect={openShape}
                label={summary(t, rows, measure, measureLabel, formatValue, format.locale)}
                height={MAP_HEIGHT}
              />
            </Suspense>
          ) : (
            <Skeleton height={MAP_HEIGHT} aria-hidden />
          )}
          <Text component="figcaption" size="xs" c="dimmed" mt="xs">
            {t("coverage.attribution", ATTRIBUTION)} {t("coverage.noActivityGrey")}
          </Text>
        </Paper>
        <CoverageTable
          rows={coverage.data?.items}
          measure={measure}
          search={search}
          isLoading={coverage.isLoading}
        />
      </Stack>
    </>
  );
}

/** The map in words: how many municipalities had activity, and the three highest on the measure. */
function summary(
  t: ReturnType<typeof useT>,
  rows: CoverageRow[],
  measure: Measure,
  measureLabel: string,
  formatValue: (value: number | null) => string,
  locale: string,
) {
  const top = rows
    .filter((row) => measureValue(row, measure) !== null)
    .sort((a, b) => (measureValue(b, measure) ?? 0) - (measureValue(a, measure) ?? 0))
    .slice(0, 3)
    .map((row) => `${nameIn(locale, row)} (${formatValue(measureValue(row, measure))})`)
    .join(", ");
  return t("coverage.mapSummary", { measure: measureLabel, count: rows.length, items: top || "–" });
}

/** The filters a municipality's page keeps from the map. */
export const municipalitySearch = (search: CoverageSearch) => ({
  year: search.year,
  projectId: search.projectId,
  kind: search.kind,
});
