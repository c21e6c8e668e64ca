import { Paper, Table, Text, Title } from "@mantine/core";
import { useIndicatorSeries } from "../../api/progress.js";
import type { ChartOption } from "../../components/EChart.js";
import { LazyEChart as EChart } from "../../components/LazyEChart.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import {
  ExpectedValue,
  PathNote,
  ProgressStatusBadge,
  useBySex,
  useProgressValue,
} from "../progress/ProgressStatusBadge.js";

const TARGET = "#495057";
const ACTUAL = "#862e9c";
const WOMEN = "#9c36b5";
const MEN = "#1864ab";

/** "Actual vs target": a chart over the plan's periods, with the same figures as a table under it. */
export function IndicatorSeriesChart({ indicatorId }: { indicatorId: string }) {
  const t = useT();
  const format = useFormat();
  const value = useProgressValue();
  const bySex = useBySex();
  const query = useIndicatorSeries(indicatorId);

  const heading = (
    <Title order={2} size="h4" id="series-heading" mb="sm">
      {t("progress.actualVsTarget")}
    </Title>
  );
  if (query.error) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="series-heading">
        {heading}
        <LoadFailure error={query.error} onRetry={() => query.refetch()} />
      </Paper>
    );
  }
  if (!query.data) return null;
  const { indicator, points } = query.data;
  const hasSex = points.some((point) => point.bySex);
  const hasFigures = points.some((point) => point.target != null || point.actual != null);

  const option: ChartOption = {
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
    xAxis: { type: "category", data: points.map((point) => point.periodName) },
    yAxis: {
      type: "value",
      ...(indicator.unit === "percent" ? { axisLabel: { formatter: "{value}%" } } : {}),
    },
    series: [
      {
        name: t("progress.actual"),
        type: "bar",
        data: points.map((point) => point.actual),
        color: ACTUAL,
      },
      ...(hasSex
        ? [
            {
              name: t("sex.female"),
              type: "bar",
              data: points.map((point) => point.bySex?.female ?? null),
              color: WOMEN,
            },
            {
              name: t("sex.male"),
              type: "bar",
              data: points.map((point) => point.bySex?.male ?? null),
              color: MEN,
            },
          ]
        : []),
      {
        name: t("indicators.target"),
        type: "line",
        data: points.map((point) => point.target),
        color: TARGET,
        lineStyle: { type: "dashed" },
        symbol: "diamond",
        symbolSize: 10,
        connectNulls: true,
      },
    ],
  };
  const label = t("dashboard.barChart", {
    title: t("progress.actualVsTarget"),
    items: points
      .map((point) =>
        t(point.bySex ? "progress.pointBySex" : "progress.point", {
          period: point.periodName,
          target: value(point.target, indicator.unit),
          value: value(point.actual, indicator.unit),
          female: format.number(point.bySex?.female) || "—",
          male: format.number(point.bySex?.male) || "—",
        }),
      )
      .join("; "),
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="series-heading">
      {heading}
      {points.length === 0 || !hasFigures ? (
        <Text c="dimmed" size="sm">
          {t("progress.noSeries")}
        </Text>
      ) : (
        <EChart option={option} height={280} label={label} />
      )}
      {points.length > 0 && (
        <Table.ScrollContainer minWidth={480} mt="sm">
          <Table striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("indicators.period")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("indicators.target")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("progress.actual")}
                </Table.Th>
                {hasSex && <Table.Th scope="col">{t("progress.bySex")}</Table.Th>}
                <Table.Th scope="col">{t("common.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map((point) => (
                <Table.Tr key={point.periodId}>
                  <Table.Td>{point.periodName}</Table.Td>
                  <Table.Td ta="right">
                    <ExpectedValue value={point.target} basis={point.targetBasis} unit={indicator.unit} />
                  </Table.Td>
                  <Table.Td ta="right">{value(point.actual, indicator.unit)}</Table.Td>
                  {hasSex && <Table.Td>{bySex(point.bySex)}</Table.Td>}
                  <Table.Td>
                    <ProgressStatusBadge status={point.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PathNote shown={points.some((point) => point.targetBasis === "path")} />
    </Paper>
  );
}
