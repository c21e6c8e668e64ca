import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { Indicator } from "../../../../common/schemas/indicators.js";
import { useIndicatorHistory } from "../../api/indicators.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { TextLink } from "../../components/links.js";
import { SimpleTable } from "../../components/list/SimpleTable.js";
import { useFormat } from "../../i18n/format.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import { useT } from "../../i18n/useT.js";
import { useProgressValue } from "../progress/ProgressStatusBadge.js";

/** The words for the fields of a definition change; a field without words shows its name. */
const fieldLabels: Record<string, MessageKey> = {
  code: "common.code",
  name: "common.name",
  unit: "indicators.unit",
  direction: "indicators.direction",
  isCumulative: "indicators.cumulative",
  countsPeople: "indicators.countsPeople",
  categorySetIds: "indicators.disaggregations",
  responsibleOrganizationIds: "indicators.responsible",
  baselineValue: "indicators.baselineValue",
  baselineDate: "indicators.baselineDate",
  endTarget: "indicators.endTarget",
  targets: "indicators.targets",
  meansOfVerification: "indicators.meansOfVerification",
  dataSource: "indicators.dataSource",
  frequency: "indicators.frequency",
  rationale: "indicators.rationale",
  formula: "indicators.formula",
  activitySource: "indicators.activitySource",
  frameworkNodeId: "indicators.node",
};

/**
 * Where the figures come from and how the definition came to be: every approved figure with the
 * report it came in, and every change of the definition with who made it and why.
 */
export function IndicatorHistorySection({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const format = useFormat();
  const show = useProgressValue();
  const query = useIndicatorHistory(indicator.id);
  const fieldsOf = (fields: string[]) =>
    fields.map((field) => (fieldLabels[field] ? t(fieldLabels[field]) : field)).join(", ");

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="history-heading">
      <Title order={2} size="h4" id="history-heading" mb="sm">
        {t("indicatorHistory.title")}
      </Title>
      {query.error && <LoadFailure error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <Stack gap="lg">
          <div>
            <Title order={3} size="h5" mb="xs">
              {t("indicatorHistory.values")}
            </Title>
            <SimpleTable
              isEmpty={query.data.values.length === 0}
              empty={t("indicatorHistory.noValues")}
              minWidth={560}
              head={
                <>
                  <Table.Th scope="col">{t("indicators.period")}</Table.Th>
                  <Table.Th scope="col">{t("indicatorHistory.organization")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("indicatorHistory.value")}
                  </Table.Th>
                  <Table.Th scope="col">{t("indicatorHistory.report")}</Table.Th>
                </>
              }
            >
              {query.data.values.map((row) => (
                <Table.Tr key={row.submissionId}>
                  <Table.Td>{row.periodName}</Table.Td>
                  <Table.Td>{row.organizationName}</Table.Td>
                  <Table.Td ta="right">{row.textValue ?? show(row.value, indicator.unit)}</Table.Td>
                  <Table.Td>
                    <TextLink
                      to="/submissions/$submissionId"
                      params={{ submissionId: row.submissionId }}
                      size="sm"
                    >
                      {row.decidedAt
                        ? t("indicatorHistory.approvedOn", { date: format.date(row.decidedAt) })
                        : t("indicatorHistory.approved")}
                    </TextLink>
                  </Table.Td>
                </Table.Tr>
              ))}
            </SimpleTable>
          </div>
          <div>
            <Title order={3} size="h5" mb="xs">
              {t("indicatorHistory.changes")}
            </Title>
            {query.data.changes.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("indicatorHistory.noChanges")}
              </Text>
            ) : (
              <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {query.data.changes.map((change) => (
                  <li key={`${change.at}-${change.action}`}>
                    <Text size="sm">
                      {format.dateTime(change.at)} · {change.actorName ?? t("submission.unknownAuthor")} ·{" "}
                      {change.action === "update"
                        ? t("indicatorHistory.changed", { fields: fieldsOf(change.fields) })
                        : t(`indicatorHistory.action.${change.action}` as MessageKey)}
                    </Text>
                    {change.reason && (
                      <Text size="sm" c="dimmed">
                        {t("indicatorHistory.reason", { reason: change.reason })}
                      </Text>
                    )}
                  </li>
                ))}
              </Stack>
            )}
          </div>
        </Stack>
      )}
    </Paper>
  );
}
