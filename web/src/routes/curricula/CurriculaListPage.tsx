import { Text } from "@mantine/core";
import { linkOptions, useNavigate } from "@tanstack/react-router";
import type { Curriculum } from "../../../../common/schemas/training.js";
import { useMe } from "../../api/auth.js";
import { useCurricula } from "../../api/training.js";
import { ButtonLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { TitleWithArchivedBadge } from "../../components/list/TitleWithArchivedBadge.js";
import { useListPage } from "../../components/list/useListPage.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

const curriculumLink = (curriculum: Curriculum) =>
  linkOptions({ to: "/curricula/$curriculumId", params: { curriculumId: curriculum.id } });

/** The curricula trainings teach: search, sort, paging, archived ones on request. */
export function CurriculaListPage() {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { params, toolbarProps, tableProps } = useListPage({
    sortKeys: ["title", "createdAt"] as const,
    defaultSort: "title",
  });
  const list = useCurricula(params);

  const columns: Column<Curriculum>[] = [
    {
      key: "title",
      header: t("common.title"),
      sortKey: "title",
      render: (curriculum) => (
        <TitleWithArchivedBadge link={curriculumLink(curriculum)} isArchived={curriculum.isArchived}>
          {curriculum.title}
        </TitleWithArchivedBadge>
      ),
    },
    {
      key: "description",
      header: t("common.description"),
      render: (curriculum) => (
        <Text size="sm" lineClamp={2}>
          {curriculum.description}
        </Text>
      ),
    },
    {
      key: "modules",
      header: t("curricula.moduleCount"),
      render: (curriculum) => format.number(curriculum.moduleCount),
    },
    {
      key: "createdAt",
      header: t("common.createdAt"),
      sortKey: "createdAt",
      render: (curriculum) => format.date(curriculum.createdAt.slice(0, 10)),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("curricula.title")}
        actions={
          <>
            <ExportMenu list="curricula" params={params} />
            {me?.abilities.create.curricula && (
              <ButtonLink to="/curricula/new">{t("curricula.new")}</ButtonLink>
            )}
          </>
        }
      />
      <ListToolbar {...toolbarProps} />
      <DataTable
        caption={t("curricula.title")}
        columns={columns}
        rowKey={(curriculum) => curriculum.id}
        onRowClick={(curriculum) => navigate(curriculumLink(curriculum))}
        {...tableProps(list)}
      />
    </>
  );
}
