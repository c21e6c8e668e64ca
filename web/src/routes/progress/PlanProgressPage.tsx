import { Badge, Box, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { IndicatorProgress, NodeProgress } from "../../../../common/schemas/progress.js";
import { progressCsvUrl, progressXlsxUrl, usePlanProgress } from "../../api/progress.js";
import { BackLink } from "../../components/BackLink.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { TextLink } from "../../components/links.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { describeActivitySource } from "../indicators/activitySource.js";
import {
  ExpectedValue,
  PathNote,
  ProgressStatusBadge,
  progressColors,
  progressStatuses,
  type Status,
  useBySex,
  useProgressValue,
} from "./ProgressStatusBadge.js";

/** A plan's progress in one period: the overall status, then the framework with its indicators. */
export function PlanProgressPage({ planId, periodId }: { planId: string; periodId: string | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const query = usePlanProgress(planId, periodId);

  if (!query.data) return <RecordPending query={query} />;
  const progress = query.data;
  const shownPeriod = progress.period?.id;
  const byNode = new Map<string, IndicatorProgress[]>();
  for (const indicator of progress.indicators) {
    byNode.set(indicator.nodeId, [...(byNode.get(indicator.nodeId) ?? []), indicator]);
  }

  return (
    <>
      <PageHeader
        above={<BackLink to="/plans/$planId" params={{ planId }} label={progress.plan.title} />}
        title={t("progress.title", { plan: progress.plan.title })}
        actions={
          <Group gap="sm" align="flex-end" wrap="wrap">
            {progress.periods.length > 0 && (
              <NativeSelect
                label={t("progress.period")}
                value={shownPeriod ?? ""}
                onChange={(event) =>
                  navigate({
                    to: "/plans/$planId/progress",
                    params: { planId },
                    search: { periodId: event.currentTarget.value },
                  })
                }
                data={progress.periods.map((period) => ({ value: period.id, label: period.name }))}
                w={{ base: "100%", sm: 240 }}
              />
            )}
            <Button component="a" href={progressCsvUrl(planId, shownPeriod)} variant="light" download>
              {t("progress.downloadCsv")}
            </Button>
            <Button component="a" href={progressXlsxUrl(planId, shownPeriod)} variant="light" download>
              {t("progress.downloadXlsx")}
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="overall-heading">
          <Group gap="sm" mb="sm" align="center">
            <Title order={2} size="h4" id="overall-heading">
              {t("progress.overall")}
            </Title>
            <ProgressStatusBadge status={progress.rollUp.status} size="lg" />
          </Group>
          {progress.period ? (
            <Text size="sm" c="dimmed" mb="sm">
              {t("progress.inPeriod", { period: progress.period.name })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed" mb="sm">
              {t("progress.noPeriods")}
            </Text>
          )}
          <StatusCounts counts={progress.rollUp.counts} />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="framework-progress-heading">
          <Title order={2} size="h4" id="framework-progress-heading" mb="sm">
            {t("plans.framework")}
          </Title>
          {progress.nodes.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t("framework.empty")}
            </Text>
          ) : (
            <Box component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {progress.nodes.map((node) => (
                <NodeRow key={node.nodeId} node={node} indicators={byNode.get(node.nodeId) ?? []} />
              ))}
            </Box>
          )}
        </Paper>
      </Stack>
    </>
  );
}

/** Measures that count each person once over the span asked for. */
const countsPeopleOnce = new Set(["unique_people", "cascade_reach"]);

/**
 * What an indicator's actual counts, under its name: for an activity-fed one, the events, roles and
 * measure it counts (so 107 people trained is not read as the dashboard's people at every event of
 * the project), and whether the figure runs from the plan's first period.
 */
function WhatItCounts({ indicator }: { indicator: IndicatorProgress }) {
  const t = useT();
  const { locale } = useFormat();
  const { source, activitySource, isCumulative } = indicator;
  const parts = [
    activitySource ? describeActivitySource(activitySource, t, locale) : null,
    source === "formula" ? t("progressSource.formula") : null,
    isCumulative
      ? t(
          activitySource && countsPeopleOnce.has(activitySource.measure)
            ? "progress.cumulativePeople"
            : "progress.cumulativeSum",
        )
      : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {parts.join(" · ")}
    </Text>
  );
}

function StatusCounts({ counts }: { counts: Record<Status, number> }) {
  const t = useT();
  const format = useFormat();
  return (
    <Group gap="xs" wrap="wrap">
      {progressStatuses.map((status) => (
        <Badge key={status} color={progressColors[status]} variant="outline" tt="none" size="lg">
          {t(`progressStatus.${status}`)}: {format.number(counts[status])}
        </Badge>
      ))}
    </Group>
  );
}

function NodeRow({ node, indicators }: { node: NodeProgress; indicators: IndicatorProgress[] }) {
  const t = useT();
  const value = useProgressValue();
  const bySex = useBySex();
  return (
    <Box
      component="li"
      py="sm"
      pl={`calc(${node.depth} * var(--mantine-spacing-xl))`}
      style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}
    >
      <Group gap="sm" wrap="wrap" align="center">
        <Text fw={700} size="sm">
          {node.code}
        </Text>
        <Text fw={600} size="sm" style={{ flex: "1 1 240px", minWidth: 0 }}>
          {node.title}
        </Text>
        <ProgressStatusBadge status={node.status} />
      </Group>
      {indicators.length > 0 && (
        <Table.ScrollContainer minWidth={640} mt="xs">
          <Table striped fz="sm" aria-label={t("progress.indicatorsOf", { code: node.code })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("progress.indicator")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("indicators.target")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("progress.actual")}
                </Table.Th>
                <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>
                  {t("progress.bySex")}
                </Table.Th>
                <Table.Th scope="col">{t("common.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {indicators.map((indicator) => (
                <Table.Tr key={indicator.indicatorId}>
                  <Table.Td>
                    <TextLink
                      to="/indicators/$indicatorId"
                      params={{ indicatorId: indicator.indicatorId }}
                      size="sm"
                    >
                      {indicator.code} {indicator.name}
                    </TextLink>
                    <WhatItCounts indicator={indicator} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <ExpectedValue
                      value={indicator.expected}
                      basis={indicator.expectedBasis}
                      unit={indicator.unit}
                    />
                  </Table.Td>
                  <Table.Td ta="right">{value(indicator.actual, indicator.unit)}</Table.Td>
                  <Table.Td>{bySex(indicator.bySex)}</Table.Td>
                  <Table.Td>
                    <ProgressStatusBadge status={indicator.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PathNote shown={indicators.some((indicator) => indicator.expectedBasis === "path")} />
    </Box>
  );
}
