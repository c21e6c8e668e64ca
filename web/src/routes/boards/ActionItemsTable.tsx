import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import type { ActionItem } from "../../../../common/schemas/boards.js";
import { useUpdateActionItem } from "../../api/boards.js";
import { TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { ActionItemModal, MarkDoneModal } from "./ActionItemModals.js";
import { ActionItemStatusBadges, useNodeLabel } from "./shared.js";

interface ActionItemsTableProps {
  caption: string;
  rows: ActionItem[] | undefined;
  isLoading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Show the meeting that agreed each item (not needed under the meeting itself). */
  showMeeting?: boolean;
  /** Paging, for the list of all items. */
  paging?: { total: number; page: number; pageSize: number; onPageChange: (page: number) => void };
  isFiltered?: boolean;
}

/**
 * Action items with their owner, due date and status ("Overdue" marked). The owner organisation's
 * representative may mark an item done (with a note) or open again; the agency changes anything.
 */
export function ActionItemsTable({ caption, rows, showMeeting, paging, ...state }: ActionItemsTableProps) {
  const t = useT();
  const format = useFormat();
  const nodeLabel = useNodeLabel();
  const update = useUpdateActionItem();
  const [marking, setMarking] = useState<ActionItem | null>(null);
  const [editing, setEditing] = useState<ActionItem | null>(null);

  const reopen = async (item: ActionItem) => {
    try {
      await update.mutateAsync({ id: item.id, patch: { status: "open" } });
      notifySuccess(t("actionItems.reopened"));
    } catch (error) {
      notifyError(error, t);
    }
  };

  const columns: Column<ActionItem>[] = [
    {
      key: "description",
      header: t("actionItems.description"),
      render: (item) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {item.description}
          </Text>
          {item.frameworkNodeId && (
            <Text size="xs" c="dimmed">
              {nodeLabel(item.frameworkNodeId)}
            </Text>
          )}
          {item.note && <Text size="xs">{t("actionItems.noteValue", { value: item.note })}</Text>}
        </Stack>
      ),
    },
    {
      key: "owner",
      header: t("actionItems.owner"),
      render: (item) => (
        <TextLink to="/organizations/$organizationId" params={{ organizationId: item.ownerOrganization.id }}>
          {item.ownerOrganization.name}
        </TextLink>
      ),
    },
  ];
  if (showMeeting) {
    columns.push({
      key: "meeting",
      header: t("actionItems.agreedAt"),
      render: (item) => (
        <Stack gap={0}>
          <TextLink to="/events/$eventId" params={{ eventId: item.eventId }} size="sm">
            {item.meetingTitle}
          </TextLink>
          <Text size="xs" c="dimmed">
            {format.date(item.meetingOn)}
          </Text>
        </Stack>
      ),
    });
  }
  columns.push(
    {
      key: "dueOn",
      header: t("actionItems.dueOn"),
      render: (item) => <span style={{ whiteSpace: "nowrap" }}>{format.date(item.dueOn)}</span>,
    },
    {
      key: "status",
      header: t("common.status"),
      render: (item) => (
        <Stack gap={2}>
          <ActionItemStatusBadges item={item} />
          {item.closedOn && (
            <Text size="xs" c="dimmed">
              {t("actionItems.closedOn", { date: format.date(item.closedOn) })}
            </Text>
          )}
        </Stack>
      ),
    },
  );
  if ((rows ?? []).some((item) => item.abilities.mark || item.abilities.update)) {
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: (item) =>
        (item.abilities.mark || item.abilities.update) && (
          <Group gap={4} wrap="nowrap">
            {item.abilities.mark && item.status === "open" && (
              <Button
                size="xs"
                variant="light"
                aria-label={t("actionItems.markDoneFor", { title: item.description })}
                onClick={() => setMarking(item)}
              >
                {t("actionItems.markDone")}
              </Button>
            )}
            {item.abilities.mark && item.status === "done" && (
              <Button
                size="xs"
                variant="default"
                aria-label={t("actionItems.reopenFor", { title: item.description })}
                loading={update.isPending && update.variables?.id === item.id}
                onClick={() => reopen(item)}
              >
                {t("actionItems.reopen")}
              </Button>
            )}
            {item.abilities.update && (
              <Button
                size="xs"
                variant="subtle"
                aria-label={t("actionItems.editFor", { title: item.description })}
                onClick={() => setEditing(item)}
              >
                {t("common.edit")}
              </Button>
            )}
          </Group>
        ),
    });
  }

  return (
    <>
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(item) => item.id}
        total={paging?.total ?? rows?.length}
        page={paging?.page}
        pageSize={paging?.pageSize ?? 10_000}
        onPageChange={paging?.onPageChange}
        isLoading={state.isLoading}
        error={state.error}
        onRetry={state.onRetry}
        isFiltered={state.isFiltered}
        minWidth={760}
      />
      {marking && <MarkDoneModal item={marking} onClose={() => setMarking(null)} />}
      {editing && <ActionItemModal item={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
