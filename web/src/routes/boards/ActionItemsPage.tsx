import { Group, Paper, Stack, Switch, Title } from "@mantine/core";
import { actionItemStatuses } from "../../../../common/schemas/enums.js";
import { useMe } from "../../api/auth.js";
import { type ActionItemListParams, useActionItems, useBoards } from "../../api/boards.js";
import { useOrganization } from "../../api/organizations.js";
import { BackLink } from "../../components/BackLink.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { type BaseListSearch, useListSearch } from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";
import { ActionItemsTable } from "./ActionItemsTable.js";

interface Search extends BaseListSearch {
  organizationId?: string | undefined;
  boardId?: string | undefined;
  status?: (typeof actionItemStatuses)[number] | undefined;
  overdue?: "true" | undefined;
}

const PAGE_SIZE = 50;

/**
 * The action items of all boards, filtered by owner organisation, board, status and overdue. A
 * representative sees its own organisation's open items first, to mark them done.
 */
export function ActionItemsPage() {
  const t = useT();
  const { data: me } = useMe();
  const [search, update] = useListSearch<Search>();
  const organization = useOrganization(search.organizationId);
  const boards = useBoards({ pageSize: 200, sort: "name", archived: "include" });
  const page = search.page ?? 1;
  const params: ActionItemListParams = {
    organizationId: search.organizationId,
    boardId: search.boardId,
    status: search.status,
    overdue: search.overdue,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useActionItems(params);
  const ownOrganizationId = me?.abilities.ownActionItems ? me.organizationId : null;
  const own = useActionItems(
    { organizationId: ownOrganizationId ?? undefined, status: "open", pageSize: 200 },
    { enabled: Boolean(ownOrganizationId) },
  );
  const isFiltered = Boolean(search.organizationId || search.boardId || search.status || search.overdue);

  return (
    <>
      <PageHeader
        above={<BackLink to="/boards" label={t("boards.title")} />}
        title={t("actionItems.title")}
        actions={<ExportMenu list="action-items" params={params} />}
      />
      <Stack gap="lg">
        {ownOrganizationId && (
          <Paper withBorder p="md" component="section" aria-labelledby="own-items-heading">
            <Title order={2} size="h4" id="own-items-heading" mb="sm">
              {t("actionItems.ownOpen", { organization: me?.organizationName ?? "" })}
            </Title>
            <ActionItemsTable
              caption={t("actionItems.ownOpen", { organization: me?.organizationName ?? "" })}
              rows={own.data?.items}
              isLoading={own.isLoading}
              error={own.error}
              onRetry={() => own.refetch()}
              showMeeting
            />
          </Paper>
        )}
        <Paper withBorder p="md" component="section" aria-labelledby="all-items-heading">
          <Title order={2} size="h4" id="all-items-heading" mb="sm">
            {ownOrganizationId ? t("actionItems.all") : t("actionItems.list")}
          </Title>
          <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
            <div style={{ flex: "1 1 240px", maxWidth: 360 }}>
              <SearchSelect
                label={t("actionItems.owner")}
                useOptions={useOrganizationOptions}
                knownOptions={knownOption(search.organizationId, organization.data?.name)}
                value={search.organizationId ?? null}
                onChange={(organizationId) => update({ organizationId: organizationId ?? undefined })}
              />
            </div>
            <FilterSelect
              label={t("actionItems.board")}
              value={search.boardId}
              options={(boards.data?.items ?? []).map((board) => ({ value: board.id, label: board.name }))}
              onChange={(boardId) => update({ boardId })}
            />
            <FilterSelect
              label={t("common.status")}
              value={search.status}
              options={actionItemStatuses.map((value) => ({ value, label: t(`actionItemStatus.${value}`) }))}
              onChange={(status) => update({ status: status as Search["status"] })}
            />
            <Switch
              label={t("actionItems.onlyOverdue")}
              checked={search.overdue === "true"}
              onChange={(event) => update({ overdue: event.currentTarget.checked ? "true" : undefined })}
              mb={8}
            />
          </Group>
          <ActionItemsTable
            caption={t("actionItems.list")}
            rows={list.data?.items}
            isLoading={list.isLoading}
            error={list.error}
            onRetry={() => list.refetch()}
            isFiltered={isFiltered}
            showMeeting
            paging={{
              total: list.data?.total ?? 0,
              page,
              pageSize: PAGE_SIZE,
              onPageChange: (next) => update({ page: next }),
            }}
          />
        </Paper>
      </Stack>
    </>
  );
}
