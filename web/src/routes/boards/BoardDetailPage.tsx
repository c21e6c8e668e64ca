import { Badge, Grid, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import type { BoardDetail } from "../../../../common/schemas/boards.js";
import { useActionItems, useArchiveBoard, useBoard } from "../../api/boards.js";
import { DetailHeader } from "../../components/DetailHeader.js";
import { DetailList } from "../../components/DetailList.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { ActionItemsTable } from "./ActionItemsTable.js";
import { CompositionSection, HistorySection } from "./BoardMembershipSections.js";

/** A board: its composition today (by sex and level), its history, NGO consultations, follow-up and meetings. */
export function BoardDetailPage({ id }: { id: string }) {
  const t = useT();
  const query = useBoard(id);
  const archive = useArchiveBoard();

  if (!query.data) return <RecordPending query={query} />;
  const board = query.data;

  return (
    <>
      <DetailHeader
        back={{ to: "/boards", label: t("boards.title") }}
        title={board.name}
        record={board}
        name={board.name}
        editable={!board.isArchived}
        edit={{ to: "/boards/$boardId/edit", params: { boardId: board.id } }}
        archive={archive}
        archiveBody={t("boards.archiveBody")}
        archivedAlert={false}
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
        <CompositionSection board={board} canEdit={board.abilities.manageMembers && !board.isArchived} />
        <HistorySection boardId={board.id} canEdit={board.abilities.manageMembers && !board.isArchived} />
        <FollowUpSection board={board} />
        <MeetingsSection board={board} />
      </Stack>
    </>
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
