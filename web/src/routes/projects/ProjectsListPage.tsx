import { Badge, Group } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { Project } from "../../../../common/schemas/projects.js";
import { useMe } from "../../api/auth.js";
import { useProjects } from "../../api/projects.js";
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

export function ProjectsListPage() {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [search, update] = useListSearch<BaseListSearch>();
  const params = {
    q: search.q,
    page: search.page ?? 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: pickSort(search.sort, ["startsOn", "title", "code"] as const, "startsOn"),
    order: search.order ?? (search.sort ? "asc" : "desc"),
    archived: search.archived ?? "exclude",
  } as const;
  const list = useProjects(params);

  const columns: Column<Project>[] = [
    { key: "code", header: t("common.code"), sortKey: "code", render: (project) => project.code },
    {
      key: "title",
      header: t("common.title"),
      sortKey: "title",
      render: (project) => (
        <Group gap="xs" wrap="nowrap">
          <TextLink to="/projects/$projectId" params={{ projectId: project.id }} fw={600}>
            {project.title}
          </TextLink>
          {project.isArchived && (
            <Badge size="xs" color="gray">
              {t("common.archivedBadge")}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: "donor", header: t("projects.donor"), render: (project) => project.donorName },
    {
      key: "period",
      header: t("common.period"),
      sortKey: "startsOn",
      render: (project) => (
        <span style={{ whiteSpace: "nowrap" }}>{format.dateRange(project.startsOn, project.endsOn)}</span>
      ),
    },
    {
      key: "budget",
      header: t("projects.budget"),
      render: (project) => format.money(project.budgetAmount, project.currency),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("projects.title")}
        actions={canCreate(me, "projects") && <ButtonLink to="/projects/new">{t("projects.new")}</ButtonLink>}
      />
      <ListToolbar
        search={search.q}
        onSearch={(q) => update({ q })}
        archived={Boolean(search.archived)}
        onArchivedChange={(on) => update({ archived: on ? "include" : undefined })}
      />
      <DataTable
        caption={t("projects.title")}
        columns={columns}
        rows={list.data?.items}
        rowKey={(project) => project.id}
        total={list.data?.total}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={(page) => update({ page })}
        sort={params.sort}
        order={params.order}
        onSort={(sort, order) => update({ sort, order })}
        onRowClick={(project) => navigate({ to: "/projects/$projectId", params: { projectId: project.id } })}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        isFiltered={Boolean(search.q)}
      />
    </>
  );
}
