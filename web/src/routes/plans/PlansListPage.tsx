import { Badge } from "@mantine/core";
import { linkOptions, useNavigate } from "@tanstack/react-router";
import type { PlanStatus } from "../../../../common/schemas/enums.js";
import type { Plan } from "../../../../common/schemas/plans.js";
import { useMe } from "../../api/auth.js";
import { usePlans } from "../../api/plans.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { TitleWithArchivedBadge } from "../../components/list/TitleWithArchivedBadge.js";
import { useListPage } from "../../components/list/useListPage.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

const statusColors: Record<PlanStatus, string> = { draft: "gray", active: "teal", closed: "blue" };

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const t = useT();
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`planStatus.${status}`)}
    </Badge>
  );
}

const planLink = (plan: Plan) => linkOptions({ to: "/plans/$planId", params: { planId: plan.id } });

export function PlansListPage() {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { params, toolbarProps, tableProps } = useListPage({
    sortKeys: ["startsOn", "title"] as const,
    defaultSort: "startsOn",
    defaultOrder: "desc",
  });
  const list = usePlans(params);

  const columns: Column<Plan>[] = [
    {
      key: "title",
      header: t("common.title"),
      sortKey: "title",
      render: (plan) => (
        <TitleWithArchivedBadge link={planLink(plan)} isArchived={plan.isArchived}>
          {plan.title}
        </TitleWithArchivedBadge>
      ),
    },
    { key: "shortTitle", header: t("plans.shortTitle"), render: (plan) => plan.shortTitle },
    {
      key: "period",
      header: t("common.period"),
      sortKey: "startsOn",
      render: (plan) => (
        <span style={{ whiteSpace: "nowrap" }}>{format.dateRange(plan.startsOn, plan.endsOn)}</span>
      ),
    },
    { key: "status", header: t("common.status"), render: (plan) => <PlanStatusBadge status={plan.status} /> },
    {
      key: "nodes",
      header: t("plans.nodeCount"),
      render: (plan) => (
        <TextLink to="/plans/$planId/framework" params={{ planId: plan.id }}>
          {format.number(plan.nodeCount)}
        </TextLink>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("plans.title")}
        actions={
          <>
            <ExportMenu list="plans" params={params} />
            {me?.abilities.create.plans && <ButtonLink to="/plans/new">{t("plans.new")}</ButtonLink>}
          </>
        }
      />
      <ListToolbar {...toolbarProps} />
      <DataTable
        caption={t("plans.title")}
        columns={columns}
        rowKey={(plan) => plan.id}
        onRowClick={(plan) => navigate(planLink(plan))}
        {...tableProps(list)}
      />
    </>
  );
}
