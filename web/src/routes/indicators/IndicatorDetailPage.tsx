import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { isCooperationMeasure } from "../../../../common/schemas/enums.js";
import type { Indicator } from "../../../../common/schemas/indicators.js";
import {
  useArchiveIndicator,
  useIndicator,
  useIndicators,
  useRestoreIndicator,
} from "../../api/indicators.js";
import { usePlan } from "../../api/plans.js";
import { DetailHeader } from "../../components/DetailHeader.js";
import { DetailList } from "../../components/DetailList.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { TextLink } from "../../components/links.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { describeActivitySource } from "./activitySource.js";
import { IndicatorHistorySection } from "./IndicatorHistorySection.js";
import { IndicatorSeriesChart } from "./IndicatorSeriesChart.js";

export function IndicatorDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const query = useIndicator(id);
  const plan = usePlan(query.data?.planId);
  const archive = useArchiveIndicator();
  const restore = useRestoreIndicator();

  if (!query.data) return <RecordPending query={query} />;
  const indicator = query.data;
  const value = (number: number | null) => (number == null ? null : format.number(number));
  const planLabel = plan.data ? plan.data.shortTitle || plan.data.title : t("plans.title");

  return (
    <>
      <DetailHeader
        back={{ to: `/plans/${indicator.planId}`, label: planLabel }}
        title={`${indicator.code} ${indicator.name}`}
        record={indicator}
        name={indicator.code}
        badges={<Badge variant="light">{t(`indicatorUnit.${indicator.unit}`)}</Badge>}
        edit={{ to: "/indicators/$indicatorId/edit", params: { indicatorId: indicator.id } }}
        archive={archive}
        restore={restore}
      />
      <Stack gap="lg">
        <Alert color="grape" variant="light" title={t("indicators.meansOfVerification")}>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {indicator.meansOfVerification || t("indicators.noMeansOfVerification")}
          </Text>
        </Alert>
        <Paper withBorder p="md">
          <DetailList
            items={[
              {
                label: t("indicators.node"),
                value: (
                  <TextLink to="/plans/$planId/framework" params={{ planId: indicator.planId }}>
                    {indicator.frameworkNodeCode} {indicator.frameworkNodeTitle}
                  </TextLink>
                ),
              },
              { label: t("indicators.unit"), value: t(`indicatorUnit.${indicator.unit}`) },
              { label: t("indicators.direction"), value: t(`indicatorDirection.${indicator.direction}`) },
              {
                label: t("indicators.cumulative"),
                value: indicator.isCumulative ? t("common.yes") : t("common.no"),
              },
              {
                label: t("indicators.countsPeople"),
                value: indicator.countsPeople ? t("common.yes") : t("common.no"),
              },
              {
                label: t("indicators.baseline"),
                value:
                  indicator.baselineValue != null &&
                  (indicator.baselineDate
                    ? t("indicators.baselineOn", {
                        value: value(indicator.baselineValue),
                        date: format.date(indicator.baselineDate),
                      })
                    : value(indicator.baselineValue)),
              },
              { label: t("indicators.endTarget"), value: value(indicator.endTarget) },
              {
                label: t("indicators.responsible"),
                value: indicator.responsibleOrganizations.length > 0 && (
                  <Stack gap={2}>
                    {indicator.responsibleOrganizations.map((org) => (
                      <TextLink
                        key={org.id}
                        to="/organizations/$organizationId"
                        params={{ organizationId: org.id }}
                        size="sm"
                      >
                        {org.name}
                      </TextLink>
                    ))}
                  </Stack>
                ),
              },
              { label: t("indicators.dataSource"), value: indicator.dataSource },
              { label: t("indicators.frequency"), value: indicator.frequency },
              {
                label: t("indicators.rationale"),
                value: indicator.rationale && (
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {indicator.rationale}
                  </Text>
                ),
              },
            ]}
          />
        </Paper>
        <IndicatorSeriesChart indicatorId={indicator.id} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <TargetsTable indicator={indicator} />
          <Disaggregations indicator={indicator} />
        </SimpleGrid>
        <Computation indicator={indicator} />
        <IndicatorHistorySection indicator={indicator} />
      </Stack>
    </>
  );
}

function TargetsTable({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="targets-heading">
      <Title order={2} size="h4" id="targets-heading" mb="sm">
        {t("indicators.targets")}
      </Title>
      {indicator.targets.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("indicators.noTargets")}
        </Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("indicators.period")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("indicators.target")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicator.targets.map((target) => (
              <Table.Tr key={target.periodId}>
                <Table.Td>{target.periodName}</Table.Td>
                <Table.Td ta="right">{format.number(target.value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function Disaggregations({ indicator }: { indicator: Indicator }) {
  const t = useT();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="disaggregations-heading">
      <Title order={2} size="h4" id="disaggregations-heading" mb="sm">
        {t("indicators.disaggregations")}
      </Title>
      {indicator.categorySets.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("indicators.noDisaggregation")}
        </Text>
      ) : (
        <Stack gap="sm">
          {indicator.categorySets.map((set) => (
            <div key={set.id}>
              <Text fw={600} size="sm">
                {set.name}
              </Text>
              <Group gap={6} wrap="wrap" mt={4}>
                {set.categories.map((category) => (
                  <Badge key={category.id} variant="outline" color="gray" tt="none">
                    {category.name}
                  </Badge>
                ))}
              </Group>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** How the value is computed: from two other indicators, or from events; nothing for typed values. */
function Computation({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const { locale } = useFormat();
  const { formula, activitySource } = indicator;
  const siblings = useIndicators(
    { planId: indicator.planId, pageSize: 200, archived: "include" },
    { enabled: Boolean(formula) },
  );
  if (!formula && !activitySource) return null;
  const nameOf = (id: string) => {
    const found = siblings.data?.items.find((item) => item.id === id);
    return found ? `${found.code} ${found.name}` : "…";
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="computation-heading">
      <Title order={2} size="h4" id="computation-heading" mb="sm">
        {formula ? t("indicators.formula") : t("indicators.activitySource")}
      </Title>
      {formula && (
        <DetailList
          items={[
            {
              label: t("indicators.numerator"),
              value: (
                <TextLink
                  to="/indicators/$indicatorId"
                  params={{ indicatorId: formula.numeratorIndicatorId }}
                >
                  {nameOf(formula.numeratorIndicatorId)}
                </TextLink>
              ),
            },
            {
              label: t("indicators.denominator"),
              value: (
                <TextLink
                  to="/indicators/$indicatorId"
                  params={{ indicatorId: formula.denominatorIndicatorId }}
                >
                  {nameOf(formula.denominatorIndicatorId)}
                </TextLink>
              ),
            },
            { label: t("indicators.scale"), value: `× ${formula.scale}` },
          ]}
        />
      )}
      {activitySource && (
        <Text size="sm" mb="sm">
          {describeActivitySource(activitySource, t, locale)}
        </Text>
      )}
      {activitySource && (
        <DetailList
          items={[
            {
              label: t("indicators.measure"),
              value: t(`activityMeasure.${activitySource.measure}`),
            },
            {
              label: t("indicators.eventKinds"),
              value: activitySource.eventKinds.map((kind) => t(`eventKind.${kind}`)).join(", "),
            },
            // The network's counts do not depend on roles or attendance.
            ...(isCooperationMeasure(activitySource.measure)
              ? []
              : [
                  {
                    label: t("indicators.roles"),
                    value: activitySource.roles.map((role) => t(`participationRole.${role}`)).join(", "),
                  },
                  {
                    label: t("indicators.attendedOnly"),
                    value: activitySource.attendedOnly ? t("common.yes") : t("common.no"),
                  },
                ]),
          ]}
        />
      )}
    </Paper>
  );
}
