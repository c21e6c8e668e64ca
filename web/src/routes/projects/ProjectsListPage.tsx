import { linkOptions, useNavigate } from "@tanstack/react-router";
import type { Project } from "../../../../common/schemas/projects.js";
import { useMe } from "../../api/auth.js";
import { useProjects } from "../../api/projects.js";
import { ButtonLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { TitleWithArchivedBadge } from "../../components/list/TitleWithArchivedBadge.js";
import { useListPage } from "../../components/list/useListPage.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

const projectLink = (project: Project) =>
  linkOptions({ to: "/projects/$projectId", params: { projectId: project.id } });

export function ProjectsListPage() {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { params, toolbarProps, tableProps } = useListPage({
    sortKeys: ["startsOn", "title", "code"] as const,
    defaultSort: "startsOn",
    defaultOrder: "desc",
  });
  const list = useProjects(params);

  const columns: Column<Project>[] = [
    { key: "code", header: t("common.code"), sortKey: "code", render: (project) => project.code },
    {
      key: "title",
      header: t("common.title"),
      sortKey: "title",
      render: (project) => (
        <TitleWithArchivedBadge link={projectLink(project)} isArchived={project.isArchived}>
          {project.title}
        </TitleWithArchivedBadge>
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
        actions={
          <>
            <ExportMenu list="projects" params={params} />
            {me?.abilities.create.projects && <ButtonLink to="/projects/new">{t("projects.new")}</ButtonLink>}
          </>
        }
      />
      <ListToolbar {...toolbarProps} />
      <DataTable
        caption={t("projects.title")}
        columns={columns}
        rowKey={(project) => project.id}
        onRowClick={(project) => navigate(projectLink(project))}
        {...tableProps(list)}
      />
    </>
  );
}
