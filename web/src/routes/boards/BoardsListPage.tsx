import { linkOptions, useNavigate } from "@tanstack/react-router";
import type { Board } from "../../../../common/schemas/boards.js";
import { useMe } from "../../api/auth.js";
import { useBoards } from "../../api/boards.js";
import { ButtonLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { TitleWithArchivedBadge } from "../../components/list/TitleWithArchivedBadge.js";
import { useListPage } from "../../components/list/useListPage.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

const boardLink = (board: Board) => linkOptions({ to: "/boards/$boardId", params: { boardId: board.id } });

/** The coordination boards of the plans: search, sort, paging, archived ones on request. */
export function BoardsListPage() {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { params, toolbarProps, tableProps } = useListPage({
    sortKeys: ["name", "createdAt"] as const,
    defaultSort: "name",
  });
  const list = useBoards(params);

  const columns: Column<Board>[] = [
    {
      key: "name",
      header: t("common.name"),
      sortKey: "name",
      render: (board) => (
        <TitleWithArchivedBadge link={boardLink(board)} isArchived={board.isArchived}>
          {board.name}
        </TitleWithArchivedBadge>
      ),
    },
    { key: "plan", header: t("boards.plan"), render: (board) => board.planTitle },
    {
      key: "members",
      header: t("boards.currentMembers"),
      render: (board) => format.number(board.currentMemberCount),
    },
    {
      key: "ngo",
      header: t("boards.ngoConsultationsPerYear"),
      render: (board) =>
        board.ngoConsultationsPerYear === null
          ? t("boards.noCommitment")
          : format.number(board.ngoConsultationsPerYear),
    },
    {
      key: "createdAt",
      header: t("common.createdAt"),
      sortKey: "createdAt",
      render: (board) => format.date(board.createdAt.slice(0, 10)),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("boards.title")}
        actions={
          <>
            <ExportMenu list="boards" params={params} />
            <ButtonLink to="/action-items" variant="default">
              {t("actionItems.title")}
            </ButtonLink>
            {me?.abilities.create.boards && <ButtonLink to="/boards/new">{t("boards.new")}</ButtonLink>}
          </>
        }
      />
      <ListToolbar {...toolbarProps} />
      <DataTable
        caption={t("boards.title")}
        columns={columns}
        rowKey={(board) => board.id}
        onRowClick={(board) => navigate(boardLink(board))}
        {...tableProps(list)}
      />
    </>
  );
}
