import { Button, Group, Paper, Stack, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { ActionReportStatus } from "../../../../common/schemas/enums.js";
import type { FormAction, SubmissionForm } from "../../../../common/schemas/submissions.js";
import { useSaveActionReports } from "../../api/submissions.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { useT } from "../../i18n/useT.js";
import { ActionAssessmentFields } from "./ActionAssessmentFields.js";

type ActionReport = { status: ActionReportStatus; narrative: string };

export function ActionsSection({ form, editable }: { form: SubmissionForm; editable: boolean }) {
  const t = useT();
  const save = useSaveActionReports(form.submission.id);
  const [reports, setReports] = useState<Record<string, ActionReport>>(() =>
    Object.fromEntries(
      form.actions.map((action) => [
        action.frameworkNodeId,
        { status: action.report?.status ?? "not_started", narrative: action.report?.narrative ?? "" },
      ]),
    ),
  );
  const [error, setError] = useState<unknown>(null);

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      await save.mutateAsync({
        reports: form.actions.map((action) => {
          const report = reports[action.frameworkNodeId] ?? { status: "not_started", narrative: "" };
          return {
            frameworkNodeId: action.frameworkNodeId,
            status: report.status,
            narrative: report.narrative.trim() === "" ? null : report.narrative,
          };
        }),
      });
      notifySuccess(t("submission.actionsSaved"));
    } catch (caught) {
      setError(caught);
      notifyError(caught, t);
    }
  };

  const update = (action: FormAction, patch: Partial<ActionReport>) =>
    setReports((current) => ({
      ...current,
      [action.frameworkNodeId]: {
        status: "not_started",
        narrative: "",
        ...current[action.frameworkNodeId],
        ...patch,
      },
    }));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="actions-heading">
      <form onSubmit={onSave} noValidate>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="actions-heading">
            {t("submission.actions")}
          </Title>
          {editable && (
            <Button type="submit" loading={save.isPending}>
              {t("submission.saveActions")}
            </Button>
          )}
        </Group>
        {error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Stack gap="md">
          {form.actions.map((action) => {
            const report = reports[action.frameworkNodeId];
            return (
              <ActionAssessmentFields
                key={action.frameworkNodeId}
                action={action}
                value={report}
                onChange={(patch) => update(action, patch)}
                disabled={!editable}
                statusLabel={t("submission.actionStatus", { code: action.code })}
                narrativeLabel={t("submission.narrative", { code: action.code })}
              />
            );
          })}
        </Stack>
      </form>
    </Paper>
  );
}
