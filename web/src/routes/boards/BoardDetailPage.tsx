import {
  ActionIcon,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { useMemo, useState } from "react";
import type { BoardDetail, BoardMembership } from "../../../../common/schemas/boards.js";
import { useMe } from "../../api/auth.js";
import {
  useActionItems,
  useArchiveBoard,
  useBoard,
  useMemberships,
  useRemoveMembership,
} from "../../api/boards.js";
import { ArchiveButton } from "../../components/ArchiveButton.js";
import { BackLink } from "../../components/BackLink.js";
import { DetailList } from "../../components/DetailList.js";
import { PencilIcon, TrashIcon } from "../../components/icons.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { confirmAction } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { ActionItemsTable } from "./ActionItemsTable.js";
import { EndMembershipModal, MembershipModal } from "./MembershipModals.js";
import { isStaff, personName } from "./shared.js";

/** A board: its composition today (by sex and level), its history, NGO consultations, follow-up and meetings. */
export function BoardDetailPage({ id }: { id: string }) {
  const t = useT();
  const { data: me } = useMe();
  const query = useBoard(id);
  const archive = useArchiveBoard();

  if (!query.data) return <RecordPending query={query} />;
  const board = query.data;
  const staff = isStaff(me);

  return (
    <>
      <PageHeader
        above={<BackLink to="/boards" label={t("boards.title")} />}
        title={board.name}
        badges={board.isArchived && <Badge color="gray">{t("common.archivedBadge")}</Badge>}
        actions={
          staff &&
          !board.isArchived && (
            <>
              <ButtonLink to="/boards/$boardId/edit" params={{ boardId: board.id }}>
                {t("common.edit")}
              </ButtonLink>
              <ArchiveButton
                name={board.name}
                isArchived={false}
                archive={archive}
                id={board.id}
                body={t("boards.archiveBody")}
              />
            </>
          )
        }
      />
      <Stack gap="lg">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Paper withBorder p="md" h="100%">
              <DetailList
                items={[
                  {
                    label: t("boards.plan"),
                    value: (
                      <TextLink to="/plans/$planId" params={{ planId: board.planId }}>
                        {board.planTitle}
                      </TextLink>
                    ),
                  },
                  {
                    label: t("boards.ngoConsultationsPerYear"),
                    value:
                      board.ngoConsultationsPerYear === null
                        ? t("boards.noCommitment")
                        : String(board.ngoConsultationsPerYear),
                  },
                  { label: t("common.description"), value: board.description },
                ]}
              />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <NgoConsultationsSection board={board} />
          </Grid.Col>
        </Grid>
        <CompositionSection board={board} canEdit={staff && !board.isArchived} />
        <HistorySection boardId={board.id} canEdit={staff && !board.isArchived} />
        <FollowUpSection board={board} />
        <MeetingsSection board={board} />
      </Stack>
    </>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text fz={28} fw={700} lh={1.1}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </div>
  );
}

/** Held NGO consultations per year against the commitment, "short" marked. */
function NgoConsultationsSection({ board }: { board: BoardDetail }) {
  const t = useT();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ngo-heading" h="100%">
      <Title order={2} size="h4" id="ngo-heading" mb="sm">
        {t("boards.ngoConsultations")}
      </Title>
      {board.ngoConsultations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("boards.noConsultations")}
        </Text>
      ) : (
        <List listStyleType="none" spacing={6}>
          {board.ngoConsultations.map((year) => (
            <List.Item key={year.year}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">
                  {year.commitment === null
                    ? t("boards.consultationsHeld", { year: String(year.year), held: year.held })
                    : t("boards.consultationsOf", {
                        year: String(year.year),
                        held: year.held,
                        target: year.commitment,
                      })}
                </Text>
                {year.isMet === false && (
                  <Badge color="orange" variant="light">
                    {t("boards.consultationsShort", {
                      count: format.number((year.commitment ?? 0) - year.held),
                    })}
                  </Badge>
                )}
                {year.isMet === true && (
                  <Badge color="teal" variant="light">
                    {t("boards.consultationsMet")}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

function useMembershipColumns(boardId: string, canEdit: boolean, current: boolean) {
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
function CompositionSection({ board, canEdit }: { board: BoardDetail; canEdit: boolean }) {
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
          <SimpleGrid cols={3} spacing="xs">
            <Figure label={t("sex.female")} value={format.number(composition.bySex.female)} />
            <Figure label={t("sex.male")} value={format.number(composition.bySex.male)} />
            <Figure label={t("events.attendanceTotal")} value={format.number(composition.bySex.total)} />
          </SimpleGrid>
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
function HistorySection({ boardId, canEdit }: { boardId: string; canEdit: boolean }) {
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

/** Open and overdue action items per owner organisation, linked to the filtered list. */
function FollowUpSection({ board }: { board: BoardDetail }) {
  const t = useT();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="follow-up-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="follow-up-heading">
          {t("boards.followUp")}
        </Title>
        <ButtonLink to="/action-items" search={{ boardId: board.id }} variant="default" size="xs">
          {t("boards.allActionItems")}
        </ButtonLink>
      </Group>
      {board.followUpByOrganization.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("boards.noOpenItems")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing="xs">
            <Table.Caption className="visually-hidden">{t("boards.followUp")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("common.organization")}</Table.Th>
                <Table.Th scope="col">{t("boards.openItems")}</Table.Th>
                <Table.Th scope="col">{t("boards.overdueItems")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.followUpByOrganization.map((row) => (
                <Table.Tr key={row.organization.id}>
                  <Table.Th scope="row" fw={600}>
                    <TextLink
                      to="/organizations/$organizationId"
                      params={{ organizationId: row.organization.id }}
                    >
                      {row.organization.name}
                    </TextLink>
                  </Table.Th>
                  <Table.Td>
                    <TextLink
                      to="/action-items"
                      search={{ boardId: board.id, organizationId: row.organization.id, status: "open" }}
                      aria-label={t("boards.openItemsOf", {
                        count: row.open,
                        organization: row.organization.name,
                      })}
                    >
                      {format.number(row.open)}
                    </TextLink>
                  </Table.Td>
                  <Table.Td>
                    {row.overdue > 0 ? (
                      <TextLink
                        to="/action-items"
                        search={{ boardId: board.id, organizationId: row.organization.id, overdue: "true" }}
                        c="red.8"
                        fw={700}
                        aria-label={t("boards.overdueItemsOf", {
                          count: row.overdue,
                          organization: row.organization.name,
                        })}
                      >
                        {format.number(row.overdue)}
                      </TextLink>
                    ) : (
                      format.number(0)
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

/** The board's meetings (newest first, NGO consultations marked), then the board's open items. */
function MeetingsSection({ board }: { board: BoardDetail }) {
  const t = useT();
  const format = useFormat();
  const items = useActionItems({ boardId: board.id, pageSize: 200 });
  const openItems = useMemo(
    () => (items.data?.items ?? []).filter((item) => item.status === "open"),
    [items.data],
  );
  const meetings = board.meetings;

  return (
    <>
      <Paper withBorder p="md" component="section" aria-labelledby="meetings-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="meetings-heading">
            {t("boards.meetings")}
          </Title>
          <ButtonLink to="/events" search={{ kind: "board_meeting" }} variant="default" size="xs">
            {t("boards.allBoardMeetings")}
          </ButtonLink>
        </Group>
        {meetings.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("boards.noMeetings")}
          </Text>
        ) : (
          <List spacing={4}>
            {meetings.map((meeting) => (
              <List.Item key={meeting.eventId}>
                <TextLink to="/events/$eventId" params={{ eventId: meeting.eventId }}>
                  {meeting.title}
                </TextLink>{" "}
                <Text span size="sm" c="dimmed">
                  {t("boards.meetingLine", {
                    date: format.date(meeting.startsOn),
                    count: meeting.actionItems,
                  })}
                </Text>
                {meeting.isNgoConsultation && (
                  <Badge ml="xs" size="sm" variant="light" color="grape" tt="none">
                    {t("meeting.ngoConsultation")}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="open-items-heading">
        <Title order={2} size="h4" id="open-items-heading" mb="sm">
          {t("boards.openActionItems")}
        </Title>
        <ActionItemsTable
          caption={t("boards.openActionItems")}
          rows={items.data ? openItems : undefined}
          isLoading={items.isLoading}
          error={items.error}
          onRetry={() => items.refetch()}
          showMeeting
        />
      </Paper>
    </>
  );
}
