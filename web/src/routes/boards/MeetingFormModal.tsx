import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMemo } from "react";
import { type BoardMeeting, BoardMeetingInput } from "../../../../common/schemas/boards.js";
import { boardAttendanceKinds } from "../../../../common/schemas/enums.js";
import { useBoard, useSaveMeeting } from "../../api/boards.js";
import { AppModal } from "../../components/AppModal.js";
import { FormActions, FormFrame } from "../../components/forms/FormFrame.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from "../../components/icons.js";
import { notifySuccess } from "../../components/notify.js";
import { knownOption, type Option, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useT } from "../../i18n/useT.js";
import {
  type AgendaRow,
  type AttendanceRow,
  type DecisionRow,
  fieldset,
  MembersContext,
  noMembers,
  useAttendeeOptions,
  useBoardOptions,
} from "./meeting-form-options.js";
import { NodeSelect, personName } from "./shared.js";

interface MeetingFormModalProps {
  eventId: string;
  /** The record as it stands; none when the meeting is recorded for the first time. */
  meeting: BoardMeeting | null;
  onClose: () => void;
}

/**
 * The agency records a board meeting: board, NGO-consultation flag, agenda (ordered), attendance,
 * minutes (simple HTML, sanitised by the server) and decisions. Saving replaces the whole record.
 */
export function MeetingFormModal({ eventId, meeting, onClose }: MeetingFormModalProps) {
  const t = useT();
  const save = useSaveMeeting(eventId);
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      boardId: meeting?.boardId ?? (null as string | null),
      isNgoConsultation: meeting?.isNgoConsultation ?? false,
      minutes: meeting?.minutes ?? "",
      agendaItems: (meeting?.agendaItems.map(({ title, presenterPersonId, frameworkNodeId }) => ({
        title,
        presenterPersonId,
        frameworkNodeId,
      })) ?? []) as AgendaRow[],
      attendance: (meeting?.attendance.map(({ personId, attendance, deputyPersonId }) => ({
        personId,
        attendance,
        deputyPersonId,
      })) ?? []) as AttendanceRow[],
      decisions: (meeting?.decisions.map(({ text, frameworkNodeId }) => ({ text, frameworkNodeId })) ??
        []) as DecisionRow[],
    },
    schema: BoardMeetingInput,
    toInput: (values) => ({
      boardId: values.boardId ?? "",
      isNgoConsultation: values.isNgoConsultation,
      minutes: orNull(values.minutes),
      agendaItems: values.agendaItems,
      attendance: values.attendance.map((row) => ({
        personId: row.personId ?? "",
        attendance: row.attendance,
        deputyPersonId: row.attendance === "represented" ? row.deputyPersonId : null,
      })),
      decisions: values.decisions,
    }),
  });
  const board = useBoard(form.values.boardId);
  const members = board.data?.composition.members;
  const planId = board.data?.planId;

  // Labels of the people already named in the record.
  const knownPeople = useMemo<Option[]>(
    () => [
      ...(meeting?.attendance ?? []).flatMap((a) => [
        { value: a.personId, label: a.name },
        ...knownOption(a.deputyPersonId, a.deputyName),
      ]),
      ...(meeting?.agendaItems ?? []).flatMap((item) =>
        knownOption(item.presenterPersonId, item.presenterName),
      ),
      ...(members ?? []).map((m) => ({ value: m.personId, label: personName(m.person) })),
    ],
    [meeting, members],
  );

  const listed = form.values.attendance.map((row) => row.personId);
  const twice = new Set(listed.filter((id, i) => id && listed.indexOf(id) !== i));

  const addCurrentMembers = () => {
    const present = new Set(listed);
    for (const m of members ?? []) {
      if (present.has(m.personId)) continue;
      present.add(m.personId);
      form.insertListItem("attendance", {
        personId: m.personId,
        attendance: "present",
        deputyPersonId: null,
      });
    }
  };

  const onSubmit = handleSubmit(async (input) => {
    await save.mutateAsync(input);
    notifySuccess(t("meeting.saved"));
    onClose();
  });

  const moveButtons = (list: "agendaItems", index: number, count: number, label: string) => (
    <Group gap={2} wrap="nowrap" mt={24}>
      <ActionIcon
        variant="subtle"
        aria-label={t("meeting.moveUp", { title: label })}
        disabled={index === 0}
        onClick={() => form.reorderListItem(list, { from: index, to: index - 1 })}
      >
        <ArrowUpIcon />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        aria-label={t("meeting.moveDown", { title: label })}
        disabled={index === count - 1}
        onClick={() => form.reorderListItem(list, { from: index, to: index + 1 })}
      >
        <ArrowDownIcon />
      </ActionIcon>
    </Group>
  );

  return (
    <AppModal
      opened
      onClose={onClose}
      title={meeting ? t("meeting.editTitle") : t("meeting.recordTitle")}
      size="xl"
    >
      <MembersContext value={members ?? noMembers}>
        <FormFrame onSubmit={onSubmit} error={submitError} gap="lg">
          <Stack gap="sm">
            <SearchSelect
              label={t("meeting.board")}
              required
              useOptions={useBoardOptions}
              knownOptions={knownOption(meeting?.boardId, meeting?.boardName)}
              {...form.getInputProps("boardId")}
            />
            <Checkbox
              label={t("meeting.isNgoConsultation")}
              description={t("meeting.isNgoConsultationHint")}
              {...form.getInputProps("isNgoConsultation", { type: "checkbox" })}
            />
          </Stack>

          <Stack gap="xs" component="fieldset" style={fieldset}>
            <Title order={3} size="h5" component="legend">
              {t("meeting.agenda")}
            </Title>
            {form.values.agendaItems.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("meeting.noAgenda")}
              </Text>
            )}
            {form.values.agendaItems.map((_, index) => {
              const number = index + 1;
              return (
                // Rows have no identity of their own until saved; their place is their key.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <Paper key={index} withBorder p="xs">
                  <Group align="flex-start" gap="xs" wrap="wrap">
                    <TextInput
                      label={t("meeting.agendaTitle", { index: number })}
                      required
                      style={{ flex: "2 1 260px" }}
                      {...form.getInputProps(`agendaItems.${index}.title`)}
                    />
                    <div style={{ flex: "1 1 220px" }}>
                      <SearchSelect
                        label={t("meeting.presenter")}
                        useOptions={useAttendeeOptions}
                        knownOptions={knownPeople}
                        {...form.getInputProps(`agendaItems.${index}.presenterPersonId`)}
                      />
                    </div>
                    <div style={{ flex: "1 1 220px" }}>
                      <NodeSelect
                        label={t("meeting.node")}
                        planId={planId}
                        {...form.getInputProps(`agendaItems.${index}.frameworkNodeId`)}
                      />
                    </div>
                    {moveButtons("agendaItems", index, form.values.agendaItems.length, String(number))}
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={24}
                      aria-label={t("meeting.removeAgendaItem", { index: number })}
                      onClick={() => form.removeListItem("agendaItems", index)}
                    >
                      <TrashIcon />
                    </ActionIcon>
                  </Group>
                </Paper>
              );
            })}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() =>
                  form.insertListItem("agendaItems", {
                    title: "",
                    presenterPersonId: null,
                    frameworkNodeId: null,
                  })
                }
              >
                {t("meeting.addAgendaItem")}
              </Button>
            </Group>
          </Stack>

          <Stack gap="xs" component="fieldset" style={fieldset}>
            <Title order={3} size="h5" component="legend">
              {t("meeting.attendance")}
            </Title>
            {form.values.attendance.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("meeting.noAttendance")}
              </Text>
            )}
            {form.values.attendance.map((row, index) => {
              const number = index + 1;
              const deputyError = form.errors[`attendance.${index}.deputyPersonId`];
              const personError = form.errors[`attendance.${index}.personId`];
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
                <Group key={index} align="flex-start" gap="xs" wrap="wrap">
                  <div style={{ flex: "2 1 240px" }}>
                    <SearchSelect
                      label={t("meeting.attendee", { index: number })}
                      required
                      useOptions={useAttendeeOptions}
                      knownOptions={knownPeople}
                      {...form.getInputProps(`attendance.${index}.personId`)}
                      error={row.personId && twice.has(row.personId) ? t("meeting.listedTwice") : personError}
                    />
                  </div>
                  <NativeSelect
                    label={t("meeting.attendanceKind", { index: number })}
                    data={boardAttendanceKinds.map((value) => ({
                      value,
                      label: t(`attendanceKind.${value}`),
                    }))}
                    style={{ flex: "1 1 160px" }}
                    {...form.getInputProps(`attendance.${index}.attendance`)}
                    onChange={(event) => {
                      const kind = event.currentTarget.value;
                      form.setFieldValue(`attendance.${index}.attendance`, kind);
                      if (kind !== "represented")
                        form.setFieldValue(`attendance.${index}.deputyPersonId`, null);
                    }}
                  />
                  {row.attendance === "represented" && (
                    <div style={{ flex: "2 1 240px" }}>
                      <SearchSelect
                        label={t("meeting.deputy", { index: number })}
                        required
                        useOptions={useAttendeeOptions}
                        knownOptions={knownPeople}
                        exclude={row.personId ? [row.personId] : []}
                        {...form.getInputProps(`attendance.${index}.deputyPersonId`)}
                        // The shared rule's message is English; say it in the reader's language.
                        error={deputyError ? t("meeting.deputyRule") : undefined}
                      />
                    </div>
                  )}
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={24}
                    aria-label={t("meeting.removeAttendee", { index: number })}
                    onClick={() => form.removeListItem("attendance", index)}
                  >
                    <TrashIcon />
                  </ActionIcon>
                </Group>
              );
            })}
            <Group gap="xs">
              <Button
                variant="light"
                size="xs"
                onClick={() =>
                  form.insertListItem("attendance", {
                    personId: null,
                    attendance: "present",
                    deputyPersonId: null,
                  })
                }
              >
                {t("meeting.addAttendee")}
              </Button>
              {(members?.length ?? 0) > 0 && (
                <Button variant="default" size="xs" onClick={addCurrentMembers}>
                  {t("meeting.addCurrentMembers")}
                </Button>
              )}
            </Group>
          </Stack>

          <Textarea
            label={t("meeting.minutes")}
            description={t("meeting.minutesHint")}
            autosize
            minRows={6}
            maxRows={20}
            styles={{ input: { fontFamily: "monospace" } }}
            {...form.getInputProps("minutes")}
          />

          <Stack gap="xs" component="fieldset" style={fieldset}>
            <Title order={3} size="h5" component="legend">
              {t("meeting.decisions")}
            </Title>
            {form.values.decisions.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("meeting.noDecisions")}
              </Text>
            )}
            {form.values.decisions.map((_, index) => {
              const number = index + 1;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
                <Group key={index} align="flex-start" gap="xs" wrap="wrap">
                  <Textarea
                    label={t("meeting.decisionText", { index: number })}
                    required
                    autosize
                    minRows={1}
                    style={{ flex: "3 1 300px" }}
                    {...form.getInputProps(`decisions.${index}.text`)}
                  />
                  <div style={{ flex: "1 1 220px" }}>
                    <NodeSelect
                      label={t("meeting.node")}
                      planId={planId}
                      {...form.getInputProps(`decisions.${index}.frameworkNodeId`)}
                    />
                  </div>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={24}
                    aria-label={t("meeting.removeDecision", { index: number })}
                    onClick={() => form.removeListItem("decisions", index)}
                  >
                    <TrashIcon />
                  </ActionIcon>
                </Group>
              );
            })}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => form.insertListItem("decisions", { text: "", frameworkNodeId: null })}
              >
                {t("meeting.addDecision")}
              </Button>
            </Group>
          </Stack>

          <FormActions submitting={form.submitting} onCancel={onClose} />
        </FormFrame>
      </MembersContext>
    </AppModal>
  );
}
