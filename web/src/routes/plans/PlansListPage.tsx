import { Badge, Group } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { PlanStatus } from "../../../../common/schemas/enums.js";
import type { Plan } from "../../../../common/schemas/plans.js";
import { useMe } from "../../api/auth.js";
import { usePlans } from "../../api/plans.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { pickSort } from "../../components/list/sort.js";
import {
  type BaseListSearch,
  DEFAULT_PAGE_SIZE,
  useListSearch,
} from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { canCreate } from "../../components/permissions.js";
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

export function PlansListPage() {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [search, update] = useListSearch<BaseListSearch>();
  const params = {
    q: search.q,
    page: search.page ?? 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: pickSort(search.sort, ["startsOn", "title"] as const, "startsOn"),
    order: search.order ?? (search.sort ? "asc" : "desc"),
    archived: search.archived ?? "exclude",
  } as const;
  const list = usePlans(params);

  const columns: Column<Plan>[] = [
    {
      key: "title",
      header: t("common.title"),
      sortKey: "title",
      render: (plan) => (
        <Group gap="xs" wrap="nowrap">
          <TextLink to="/plans/$planId" params={{ planId: plan.id }} fw={600}>
            {plan.title}
          </TextLink>
          {plan.isArchived && (
            <Badge size="xs" color="gray">
              {t("common.archivedBadge")}
            </Badge>
          )}
        </Group>
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
        actions={canCreate(me, "plans") && <ButtonLink to="/plans/new">{t("plans.new")}</ButtonLink>}
      />
      <ListToolbar
        search={search.q}
        onSearch={(q) => update({ q })}
        archived={Boolean(search.archived)}
        onArchivedChange={(on) => update({ archived: on ? "include" : undefined })}
      />
      <DataTable
        caption={t("plans.title")}
        columns={columns}
        rows={list.data?.items}
        rowKey={(plan) => plan.id}
        total={list.data?.total}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={(page) => update({ page })}
        sort={params.sort}
        order={params.order}
        onSort={(sort, order) => update({ sort, order })}
        onRowClick={(plan) => navigate({ to: "/plans/$planId", params: { planId: plan.id } })}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        isFiltered={Boolean(search.q)}
      />
    </>
  );
}
