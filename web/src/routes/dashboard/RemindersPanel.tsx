import { Badge, Box, Group, Stack, Text, Title } from "@mantine/core";
import type { Reminder, ReminderKind } from "../../../../common/schemas/reminders.js";
import { useReminders } from "../../api/reminders.js";
import { TextLink } from "../../components/links.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

const kindColors: Record<ReminderKind, string> = {
  overdue: "red",
  returned: "orange",
  due: "blue",
  to_review: "violet",
};

function ReminderLink({ reminder }: { reminder: Reminder }) {
  const label = `${reminder.organizationName} · ${reminder.periodName} · ${reminder.planTitle}`;
  return reminder.submissionId ? (
    <TextLink to="/submissions/$submissionId" params={{ submissionId: reminder.submissionId }} fw={500}>
      {label}
    </TextLink>
  ) : (
    <TextLink
      to="/plans/$planId/periods/$periodId/reports"
      params={{ planId: reminder.planId, periodId: reminder.periodId }}
      fw={500}
    >
      {label}
    </TextLink>
  );
}

/** "What needs doing": the signed-in user's reminders, shown only when there are any. */
export function RemindersPanel() {
  const t = useT();
  const format = useFormat();
  const items = useReminders().data?.items ?? [];
  if (items.length === 0) return null;

  return (
    <Box
      component="section"
      aria-labelledby="reminders-heading"
      p="md"
      mb="lg"
      bd="1px solid var(--mantine-color-default-border)"
      bdrs="md"
    >
      <Title order={2} size="h4" id="reminders-heading" mb="sm">
        {t("reminders.title")}
      </Title>
      <Stack gap="xs" component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {items.map((reminder) => (
          <li key={`${reminder.kind}-${reminder.periodId}-${reminder.organizationId}`}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Badge color={kindColors[reminder.kind]} variant="light" miw={96} style={{ flexShrink: 0 }}>
                {t(`reminders.kind.${reminder.kind}`)}
              </Badge>
              <Stack gap={2}>
                <Group gap="xs">
                  <ReminderLink reminder={reminder} />
                  <Text size="sm" c="dimmed">
                    {t("reminders.since", { date: format.date(reminder.since) })}
                  </Text>
                </Group>
                {reminder.kind === "returned" && reminder.note && (
                  <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                    {reminder.note}
                  </Text>
                )}
              </Stack>
            </Group>
          </li>
        ))}
      </Stack>
    </Box>
  );
}
