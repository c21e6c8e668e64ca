import { ActionIcon, Button, Group, Paper, Text, Title, Tooltip } from "@mantine/core";
import { useState } from "react";
import type { Participation } from "../../../../common/schemas/events.js";
import { useParticipations, useRemoveParticipation } from "../../api/events.js";
import { PencilIcon, TrashIcon } from "../../components/icons.js";
import { ButtonLink } from "../../components/links.js";
import { type Column, DataTable, wholeList } from "../../components/list/DataTable.js";
import { confirmAction } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { AddParticipantModal } from "./AddParticipantModal.js";
import { EditParticipantModal } from "./EditParticipantModal.js";

export const participantName = (p: Participation) => `${p.person.givenName} ${p.person.familyName}`;

export function ParticipantsSection({ eventId, canEdit }: { eventId: string; canEdit: boolean }) {
  const t = useT();
  const format = useFormat();
  const query = useParticipations(eventId);
  const remove = useRemoveParticipation(eventId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Participation | null>(null);

  const score = (value: number | null, max: number | null) => (
    <span style={{ whiteSpace: "nowrap" }}>{scoreText(value, max)}</span>
  );
  const scoreText = (value: number | null, max: number | null) =>
    value == null
      ? ""
      : max == null
        ? format.number(value)
        : t("participation.score", { score: format.number(value), max: format.number(max) });

  const columns: Column<Participation>[] = [
    {
      key: "name",
      header: t("participation.name"),
      render: (p) => (
        <Text fw={600} size="sm">
          {participantName(p)}
        </Text>
      ),
    },
    { key: "sex", header: t("people.sex"), render: (p) => t(`sex.${p.person.sex}`) },
    { key: "organization", header: t("common.organization"), render: (p) => p.person.organizationName },
    { key: "role", header: t("participation.role"), render: (p) => t(`participationRole.${p.role}`) },
    {
      key: "attended",
      header: t("participation.attended"),
      render: (p) => (p.attended ? t("common.yes") : t("common.no")),
    },
    { key: "pre", header: t("participation.preTest"), render: (p) => score(p.preTestScore, p.testMaxScore) },
    {
      key: "post",
      header: t("participation.postTest"),
      render: (p) => score(p.postTestScore, p.testMaxScore),
    },
  ];
  if (canEdit) {
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: (p) => {
        const name = participantName(p);
        return (
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t("participation.edit", { name })}>
              <ActionIcon
                variant="subtle"
                aria-label={t("participation.edit", { name })}
                onClick={() => setEditing(p)}
              >
                <PencilIcon />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t("participation.remove", { name })}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t("participation.remove", { name })}
                onClick={() =>
                  confirmAction({
                    t,
                    title: t("participation.removeTitle", { name }),
                    body: t("participation.removeBody"),
                    confirmLabel: t("common.delete"),
                    action: () => remove.mutateAsync(p.id),
                    successMessage: t("participation.removed"),
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

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="participants-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="participants-heading">
          {t("events.participants")}
        </Title>
        {canEdit && (
          <Group gap="xs">
            <ButtonLink variant="default" to="/imports/new" search={{ kind: "attendance", eventId }}>
              {t("imports.fromEvent")}
            </ButtonLink>
            <Button onClick={() => setAdding(true)}>{t("events.addParticipant")}</Button>
          </Group>
        )}
      </Group>
      <DataTable
        caption={t("events.participants")}
        columns={columns}
        {...wholeList(query)}
        rowKey={(p) => p.id}
        minWidth={720}
        empty={t("events.noParticipants")}
      />
      <AddParticipantModal eventId={eventId} opened={adding} onClose={() => setAdding(false)} />
      {editing && (
        <EditParticipantModal eventId={eventId} participation={editing} onClose={() => setEditing(null)} />
      )}
    </Paper>
  );
}
