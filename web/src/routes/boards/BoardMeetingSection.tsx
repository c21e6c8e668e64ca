import { Badge, Box, Button, Group, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { BoardMeeting } from "../../../../common/schemas/boards.js";
import type { BoardAttendanceKind } from "../../../../common/schemas/enums.js";
import { useMe } from "../../api/auth.js";
import { useMeeting, useMeetingActionItems } from "../../api/boards.js";
import { DetailList } from "../../components/DetailList.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { TextLink } from "../../components/links.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { ActionItemModal } from "./ActionItemModals.js";
import { ActionItemsTable } from "./ActionItemsTable.js";
import { MeetingFormModal } from "./MeetingFormModal.js";
import { useNodeLabel } from "./shared.js";

/**
 * The record of a board meeting on its event's page: board, NGO-consultation flag, agenda,
 * attendance, minutes and decisions; the action items agreed at it; and the follow-up of the items
 * of earlier meetings. The agency records and edits it; representatives mark their items done.
 */
export function BoardMeetingSection({ eventId }: { eventId: string }) {
  const t = useT();
  const { data: me } = useMe();
  const query = useMeeting(eventId);
  const [editing, setEditing] = useState(false);
  const staff = me?.abilities.create.meetingRecords ?? false;

  let body: React.ReactNode;
  if (query.isLoading) body = <LoadingState />;
  else if (query.error) body = <ErrorAlert error={query.error} onRetry={() => query.refetch()} />;
  else if (!query.data)
    body = (
      <Text size="sm" c="dimmed">
        {staff ? t("meeting.noRecordStaff") : t("meeting.noRecord")}
      </Text>
    );
  else body = <MeetingRecord meeting={query.data} />;

  return (
    <>
      <Paper withBorder p="md" component="section" aria-labelledby="meeting-record-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="meeting-record-heading">
            {t("meeting.title")}
          </Title>
          <Group gap="xs">
            {query.data && (
              <Button component="a" href={`/api/events/${eventId}/meeting.pdf`} variant="default">
                {t("meeting.downloadPdf")}
              </Button>
            )}
            {staff && query.data !== undefined && !query.error && (
              <Button onClick={() => setEditing(true)}>
                {query.data ? t("meeting.edit") : t("meeting.record")}
              </Button>
            )}
          </Group>
        </Group>
        {body}
      </Paper>
      {query.data && (
        <MeetingActionItems meeting={query.data} canAdd={me?.abilities.create.actionItems ?? false} />
      )}
      {query.data && <FollowUpSection meeting={query.data} />}
      {editing && query.data !== undefined && (
        <MeetingFormModal eventId={eventId} meeting={query.data} onClose={() => setEditing(false)} />
      )}
    </>
  );
}

const attendanceOrder: BoardAttendanceKind[] = ["present", "represented", "absent", "guest"];

function MeetingRecord({ meeting }: { meeting: BoardMeeting }) {
  const t = useT();
  const format = useFormat();
  const nodeLabel = useNodeLabel();
  const attendance = [...meeting.attendance].sort(
    (a, b) =>
      attendanceOrder.indexOf(a.attendance) - attendanceOrder.indexOf(b.attendance) ||
      a.name.localeCompare(b.name),
  );
  const counts = attendanceOrder
    .map((kind) => {
      const rows = meeting.attendance.filter((a) => a.attendance === kind);
      return {
        kind,
        female: rows.filter((a) => a.sex === "female").length,
        male: rows.filter((a) => a.sex === "male").length,
        total: rows.length,
      };
    })
    .filter((row) => row.total > 0);

  return (
    <Stack gap="lg">
      <DetailList
        items={[
          {
            label: t("meeting.board"),
            value: (
              <TextLink to="/boards/$boardId" params={{ boardId: meeting.boardId }}>
                {meeting.boardName}
              </TextLink>
            ),
          },
          {
            label: t("meeting.isNgoConsultation"),
            value: meeting.isNgoConsultation ? (
              <Badge color="grape" variant="light">
                {t("meeting.ngoConsultation")}
              </Badge>
            ) : (
              t("common.no")
            ),
          },
        ]}
      />

      <Box component="section" aria-labelledby="meeting-agenda-heading">
        <Title order={3} size="h5" id="meeting-agenda-heading" mb="xs">
          {t("meeting.agenda")}
        </Title>
        {meeting.agendaItems.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("meeting.noAgenda")}
          </Text>
        ) : (
          <List type="ordered" spacing={6}>
            {meeting.agendaItems.map((item) => (
              <List.Item key={item.id}>
                <Text size="sm" fw={600} span>
                  {item.title}
                </Text>
                {item.presenterName && (
                  <Text size="sm" c="dimmed" span>
                    {" "}
                    · {t("meeting.presentedBy", { name: item.presenterName })}
                  </Text>
                )}
                {item.frameworkNodeId && (
                  <Text size="xs" c="dimmed">
                    {nodeLabel(item.frameworkNodeId)}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Box>

      <Box component="section" aria-labelledby="meeting-attendance-heading">
        <Title order={3} size="h5" id="meeting-attendance-heading" mb="xs">
          {t("meeting.attendance")}
        </Title>
        {attendance.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("meeting.noAttendance")}
          </Text>
        ) : (
          <Stack gap="xs">
            <Group gap="xs" wrap="wrap">
              {counts.map((row) => (
                <Badge key={row.kind} variant="light" color="gray" size="lg" tt="none">
                  {t("meeting.attendanceCount", {
                    kind: t(`attendanceKind.${row.kind}`),
                    total: format.number(row.total),
                    female: format.number(row.female),
                    male: format.number(row.male),
                  })}
                </Badge>
              ))}
            </Group>
            <Table.ScrollContainer minWidth={560}>
              <Table striped verticalSpacing={4}>
                <Table.Caption className="visually-hidden">{t("meeting.attendance")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("boards.person")}</Table.Th>
                    <Table.Th scope="col">{t("people.sex")}</Table.Th>
                    <Table.Th scope="col">{t("meeting.attendanceKindColumn")}</Table.Th>
                    <Table.Th scope="col">{t("meeting.deputyColumn")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {attendance.map((a) => (
                    <Table.Tr key={a.personId}>
                      <Table.Th scope="row" fw={600}>
                        <TextLink to="/people/$personId" params={{ personId: a.personId }}>
                          {a.name}
                        </TextLink>
                      </Table.Th>
                      <Table.Td>{t(`sex.${a.sex}`)}</Table.Td>
                      <Table.Td>{t(`attendanceKind.${a.attendance}`)}</Table.Td>
                      <Table.Td>
                        {a.deputyPersonId && (
                          <TextLink to="/people/$personId" params={{ personId: a.deputyPersonId }}>
                            {a.deputyName}
                          </TextLink>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </Box>

      <Box component="section" aria-labelledby="meeting-minutes-heading">
        <Title order={3} size="h5" id="meeting-minutes-heading" mb="xs">
          {t("meeting.minutes")}
        </Title>
        {meeting.minutes ? (
          <Box
            className="meeting-minutes"
            fz="sm"
            style={{ overflowWrap: "anywhere" }}
            // The server sanitises the minutes on save and again when it sends them (sanitize-html,
            // a short list of tags, links to http/https/mailto only), so this HTML is safe to insert.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server, see above
            dangerouslySetInnerHTML={{ __html: meeting.minutes }}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t("meeting.noMinutes")}
          </Text>
        )}
      </Box>

      <Box component="section" aria-labelledby="meeting-decisions-heading">
        <Title order={3} size="h5" id="meeting-decisions-heading" mb="xs">
          {t("meeting.decisions")}
        </Title>
        {meeting.decisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("meeting.noDecisions")}
          </Text>
        ) : (
          <List type="ordered" spacing={6}>
            {meeting.decisions.map((decision) => (
              <List.Item key={decision.id}>
                <Text size="sm" span style={{ whiteSpace: "pre-line" }}>
                  {decision.text}
                </Text>
                {decision.frameworkNodeId && (
                  <Text size="xs" c="dimmed">
                    {nodeLabel(decision.frameworkNodeId)}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Box>
    </Stack>
  );
}

/** The action items agreed at this meeting; the agency adds them. */
function MeetingActionItems({ meeting, canAdd }: { meeting: BoardMeeting; canAdd: boolean }) {
  const t = useT();
  const query = useMeetingActionItems(meeting.eventId);
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="meeting-items-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="meeting-items-heading">
          {t("meeting.actionItems")}
        </Title>
        {canAdd && <Button onClick={() => setAdding(true)}>{t("actionItems.add")}</Button>}
      </Group>
      {query.data?.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("meeting.noActionItems")}
        </Text>
      ) : (
        <ActionItemsTable
          caption={t("meeting.actionItems")}
          rows={query.data?.items}
          isLoading={query.isLoading}
          error={query.error}
          onRetry={() => query.refetch()}
        />
      )}
      {adding && (
        <ActionItemModal
          eventId={meeting.eventId}
          boardId={meeting.boardId}
          onClose={() => setAdding(false)}
        />
      )}
    </Paper>
  );
}

/** Items of earlier meetings still open on this meeting's date (or closed since): what it follows up. */
function FollowUpSection({ meeting }: { meeting: BoardMeeting }) {
  const t = useT();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="meeting-follow-up-heading">
      <Title order={2} size="h4" id="meeting-follow-up-heading" mb="sm">
        {t("meeting.followUp")}
      </Title>
      {meeting.followUp.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("meeting.noFollowUp")}
        </Text>
      ) : (
        <ActionItemsTable caption={t("meeting.followUp")} rows={meeting.followUp} showMeeting />
      )}
    </Paper>
  );
}
