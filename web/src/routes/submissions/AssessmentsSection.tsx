import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { ActionAssessments, PeriodAssessments } from "../../../../common/schemas/assessments.js";
import type { ActionReportStatus } from "../../../../common/schemas/enums.js";
import { usePeriodAssessments, useSaveShadowAssessments } from "../../api/assessments.js";
import { useMe } from "../../api/auth.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { notifySuccess } from "../../components/notify.js";
import { useT } from "../../i18n/useT.js";
import { ActionAssessmentFields } from "./ActionAssessmentFields.js";

const colors: Record<ActionReportStatus, string> = {
  not_started: "gray",
  in_progress: "blue",
  completed: "teal",
  delayed: "red",
};

/** A status as a word and a colour, never a colour alone. */
function AssessmentBadge({ status }: { status: ActionReportStatus }) {
  const t = useT();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`actionReportStatus.${status}`)}
    </Badge>
  );
}

function Assessment({ status, narrative }: { status: ActionReportStatus; narrative: string | null }) {
  return (
    <Stack gap={4}>
      <AssessmentBadge status={status} />
      {narrative && <Text size="sm">{narrative}</Text>}
    </Stack>
  );
}

function ActionRow({ action }: { action: ActionAssessments }) {
  const t = useT();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {action.code} · {action.title}
        </Text>
        <Text size="xs" c="dimmed">
          {action.leadOrganizationName}
        </Text>
      </Table.Td>
      <Table.Td>
        {action.government ? (
          <Assessment {...action.government} />
        ) : (
          <Text size="sm" c="dimmed">
            {t("assessments.noGovernment")}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {action.shadow.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("assessments.noShadow")}
          </Text>
        ) : (
          <Stack gap="sm">
            {action.shadow.map((s) => (
              <Stack key={s.organizationId} gap={2}>
                <Text size="xs" fw={600}>
                  {s.organizationName}
                </Text>
                <Assessment status={s.status} narrative={s.narrative} />
              </Stack>
            ))}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

type Draft = { status: ActionReportStatus; narrative: string };

/** The partner's own shadow assessment of every action, saved at once. */
function OurAssessment({ data, organizationId }: { data: PeriodAssessments; organizationId: string }) {
  const t = useT();
  const save = useSaveShadowAssessments(data.periodId);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      data.actions.map((action) => {
        const own = action.shadow.find((s) => s.organizationId === organizationId);
        return [
          action.frameworkNodeId,
          { status: own?.status ?? "not_started", narrative: own?.narrative ?? "" },
        ];
      }),
    ),
  );
  const [error, setError] = useState<unknown>(null);
  const editable = data.periodStatus === "open";
  const update = (id: string, patch: Partial<Draft>) =>
    setDrafts((all) => ({
      ...all,
      [id]: { ...(all[id] ?? { status: "not_started", narrative: "" }), ...patch },
    }));

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      await save.mutateAsync({
        assessments: data.actions.map((action) => {
          const draft = drafts[action.frameworkNodeId] ?? { status: "not_started", narrative: "" };
          return {
            frameworkNodeId: action.frameworkNodeId,
            status: draft.status,
            narrative: draft.narrative,
          };
        }),
      });
      notifySuccess(t("assessments.saved"));
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Paper withBorder p="md" mt="md">
      <form onSubmit={onSave} noValidate>
        <Group justify="space-between" mb="sm">
          <Title order={3}>{t("assessments.ours")}</Title>
          {editable && (
            <Button type="submit" loading={save.isPending}>
              {t("assessments.save")}
            </Button>
          )}
        </Group>
        {error !== null && <ErrorAlert error={error} />}
        <Stack gap="md">
          {data.actions.map((action) => {
            const draft = drafts[action.frameworkNodeId];
            return (
              <ActionAssessmentFields
                key={action.frameworkNodeId}
                action={action}
                value={draft}
                onChange={(patch) => update(action.frameworkNodeId, patch)}
                disabled={!editable}
                statusLabel={t("assessments.status", { code: action.code })}
                narrativeLabel={t("assessments.narrative", { code: action.code })}
              />
            );
          })}
        </Stack>
      </form>
    </Paper>
  );
}

/** Government and civil-society assessments of every action of the period, side by side. */
export function AssessmentsSection({ periodId }: { periodId: string }) {
  const t = useT();
  const { data: me } = useMe();
  const query = usePeriodAssessments(periodId);
  const data = query.data;
  return (
    <Stack gap={0} mt="xl">
      <Title order={2} size="h3" mb="sm">
        {t("assessments.title")}
      </Title>
      {query.error ? (
        <ErrorAlert error={query.error} />
      ) : !data ? null : data.actions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("assessments.empty")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t("assessments.title")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("assessments.action")}</Table.Th>
                <Table.Th>{t("assessments.government")}</Table.Th>
                <Table.Th>{t("assessments.civilSociety")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.actions.map((action) => (
                <ActionRow key={action.frameworkNodeId} action={action} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && data.actions.length > 0 && me?.abilities.assessments && me.organizationId && (
        <OurAssessment key={data.periodId} data={data} organizationId={me.organizationId} />
      )}
    </Stack>
  );
}
