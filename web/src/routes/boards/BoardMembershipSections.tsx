/** A board's seats: who holds one today (composition) and who held one (history). */
import { ActionIcon, Button, Grid, Group, Paper, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { useMemo, useState } from "react";
import type { BoardDetail, BoardMembership } from "../../../../common/schemas/boards.js";
import { useMemberships, useRemoveMembership } from "../../api/boards.js";
import { Figure, Figures } from "../../components/Figure.js";
import { PencilIcon, TrashIcon } from "../../components/icons.js";
import { TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { confirmAction } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { EndMembershipModal, MembershipModal } from "./MembershipModals.js";
import { personName } from "./shared.js";

export function useMembershipColumns(boardId: string, canEdit: boolean, current: boolean) {
  const t = useT();
  const format = useFormat();
  const remove = useRemoveMembership(boardId);
  const [editing, setEditing] = useState<BoardMembership | null>(null);
  const [ending, setEnding] = useState<BoardMembership | null>(null);

  const columns: Column<BoardMembership>[] = [
    {
      key: "person",
      header: t("boards.person"),
      render: (m) => (
        <TextLink to="/people/$personId" params={{ personId: m.personId }} fw={600}>
          {personName(m.person)}
        </TextLink>
      ),
    },
    { key: "sex", header: t("people.sex"), render: (m) => t(`sex.${m.person.sex}`) },
    {
      key: "organization",
      header: t("common.organization"),
      render: (m) => (
        <Stack gap={0}>
          <TextLink
            to="/organizations/$organizationId"
            params={{ organizationId: m.organization.id }}
            size="sm"
          >
            {m.organization.name}
          </TextLink>
          <Text size="xs" c="dimmed">
            {t(`level.${m.organization.level}`)}
          </Text>
        </Stack>
      ),
    },
    { key: "role", header: t("boards.role"), render: (m) => t(`boardRole.${m.role}`) },
    current
      ? {
          key: "since",
          header: t("boards.since"),
          render: (m) => <span style={{ whiteSpace: "nowrap" }}>{format.date(m.startsOn)}</span>,
        }
      : {
          key: "period",
          header: t("common.period"),
          render: (m) => (
            <span style={{ whiteSpace: "nowrap" }}>
              {m.endsOn
                ? format.dateRange(m.startsOn, m.endsOn)
                : t("boards.startsLater", { date: format.date(m.startsOn) })}
            </span>
          ),
        },
  ];
  if (canEdit) {
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: (m) => {
        const name = personName(m.person);
        return (
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t("boards.editMembership", { name })}>
              <ActionIcon
                variant="subtle"
                aria-label={t("boards.editMembership", { name })}
                onClick={() => setEditing(m)}
              >
                <PencilIcon />
              </ActionIcon>
            </Tooltip>
            {current && (
              <Button
                size="xs"
                variant="light"
                aria-label={t("boards.endMembershipTitle", { name })}
                onClick={() => setEnding(m)}
              >
                {t("boards.endMembership")}
              </Button>
            )}
            <Tooltip label={t("boards.deleteMembership", { name })}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t("boards.deleteMembership", { name })}
                onClick={() =>
                  confirmAction({
                    t,
                    title: t("boards.deleteMembership", { name }),
                    body: t("boards.deleteMembershipBody"),
                    confirmLabel: t("common.delete"),
                    action: () => remove.mutateAsync(m.id),
                    successMessage: t("common.deleted"),
                  })
                }
              >
                <TrashIcon />
              </ActionIcon>
            </Tooltip>
          </Group>
        );
      },
    });
  }
  const modals = (
    <>
      {editing && <MembershipModal boardId={boardId} membership={editing} onClose={() => setEditing(null)} />}
      {ending && <EndMembershipModal boardId={boardId} membership={ending} onClose={() => setEnding(null)} />}
    </>
  );
  return { columns, modals };
}

/** Who holds a seat today, counted by sex and by their organisation's level. */
export function CompositionSection({ board, canEdit }: { board: BoardDetail; canEdit: boolean }) {
  const t = useT();
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const { columns, modals } = useMembershipColumns(board.id, canEdit, true);
  const { composition } = board;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="composition-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="composition-heading">
          {t("boards.composition")}
        </Title>
        {canEdit && <Button onClick={() => setAdding(true)}>{t("boards.addMember")}</Button>}
      </Group>
      <Grid gap="lg" mb="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Figures>
            <Figure label={t("sex.female")} value={format.number(composition.bySex.female)} />
            <Figure label={t("sex.male")} value={format.number(composition.bySex.male)} />
            <Figure label={t("events.attendanceTotal")} value={format.number(composition.bySex.total)} />
          </Figures>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {composition.byLevel.length > 0 && (
            <Table.ScrollContainer minWidth={360}>
              <Table verticalSpacing={4}>
                <Table.Caption style={{ captionSide: "top", textAlign: "left" }}>
                  {t("boards.byLevel")}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("boards.level")}</Table.Th>
                    <Table.Th scope="col">{t("sex.female")}</Table.Th>
                    <Table.Th scope="col">{t("sex.male")}</Table.Th>
                    <Table.Th scope="col">{t("events.attendanceTotal")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {composition.byLevel.map((row) => (
                    <Table.Tr key={row.level}>
                      <Table.Th scope="row" fw={400}>
                        {t(`level.${row.level}`)}
                      </Table.Th>
                      <Table.Td>{format.number(row.female)}</Table.Td>
                      <Table.Td>{format.number(row.male)}</Table.Td>
                      <Table.Td>{format.number(row.total)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Grid.Col>
      </Grid>
      {composition.members.length === 0 ? (
        <Text c="dimmed" size="sm" py="md">
          {t("boards.noMembers")}
        </Text>
      ) : (
        <DataTable
          caption={t("boards.composition")}
          columns={columns}
          rows={composition.members}
          rowKey={(m) => m.id}
          pageSize={10_000}
          minWidth={760}
        />
      )}
      {adding && <MembershipModal boardId={board.id} onClose={() => setAdding(false)} />}
      {modals}
    </Paper>
  );
}

/** Seats that have ended (and any that start later). */
export function HistorySection({ boardId, canEdit }: { boardId: string; canEdit: boolean }) {
  const t = useT();
  const query = useMemberships(boardId);
  const { columns, modals } = useMembershipColumns(boardId, canEdit, false);
  const rows = useMemo(
    () =>
      (query.data?.items ?? [])
        .filter((m) => !m.isCurrent)
        .sort((a, b) => (b.endsOn ?? b.startsOn).localeCompare(a.endsOn ?? a.startsOn)),
    [query.data],
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="history-heading">
      <Title order={2} size="h4" id="history-heading" mb="sm">
        {t("boards.history")}
      </Title>
      {query.data && rows.length === 0 ? (
        <Text c="dimmed" size="sm" py="md">
          {t("boards.noHistory")}
        </Text>
      ) : (
        <DataTable
          caption={t("boards.history")}
          columns={columns}
          rows={query.data ? rows : undefined}
          rowKey={(m) => m.id}
          pageSize={10_000}
          isLoading={query.isLoading}
          error={query.error}
          onRetry={() => query.refetch()}
          minWidth={760}
        />
      )}
      {modals}
    </Paper>
  );
}
