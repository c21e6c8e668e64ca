import { Group, Paper, Text, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { Indicator } from "../../../../common/schemas/indicators.js";
import { useIndicators } from "../../api/indicators.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { useT } from "../../i18n/useT.js";

/** The indicators of a plan, by code, each linked to its page. */
export function PlanIndicatorsSection({ planId, canCreate }: { planId: string; canCreate: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const query = useIndicators({ planId, pageSize: 200, sort: "code" });

  const columns: Column<Indicator>[] = [
    {
      key: "code",
      header: t("common.code"),
      render: (indicator) => (
        <TextLink to="/indicators/$indicatorId" params={{ indicatorId: indicator.id }} fw={600} size="sm">
          {indicator.code}
        </TextLink>
      ),
    },
    { key: "name", header: t("common.name"), render: (indicator) => indicator.name },
    {
      key: "unit",
      header: t("indicators.unit"),
      render: (indicator) => t(`indicatorUnit.${indicator.unit}`),
    },
    {
      key: "direction",
      header: t("indicators.direction"),
      render: (indicator) => t(`indicatorDirection.${indicator.direction}`),
    },
    { key: "node", header: t("indicators.node"), render: (indicator) => indicator.frameworkNodeCode },
    {
      key: "organizations",
      header: t("indicators.responsible"),
      render: (indicator) => indicator.responsibleOrganizations.map((org) => org.name).join(", "),
    },
  ];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="indicators-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="indicators-heading">
          {t("indicators.title")}
        </Title>
        <Group gap="xs">
          <ExportMenu list="indicators" params={{ planId, sort: "code" }} />
          {canCreate && (
            <ButtonLink to="/indicators/new" search={{ planId }}>
              {t("indicators.new")}
            </ButtonLink>
          )}
        </Group>
      </Group>
      {query.data?.items.length === 0 ? (
        <Text c="dimmed" size="sm" py="md">
          {t("indicators.empty")}
        </Text>
      ) : (
        <DataTable
          caption={t("indicators.title")}
          columns={columns}
          rows={query.data?.items}
          rowKey={(indicator) => indicator.id}
          total={query.data?.total}
          pageSize={200}
          isLoading={query.isLoading}
          error={query.error}
          onRetry={() => query.refetch()}
          onRowClick={(indicator) =>
            navigate({ to: "/indicators/$indicatorId", params: { indicatorId: indicator.id } })
          }
          minWidth={860}
        />
      )}
    </Paper>
  );
}
