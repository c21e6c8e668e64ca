import { Alert, Stack } from "@mantine/core";
import type { SubmissionForm } from "../../../../common/schemas/submissions.js";
import { useSubmission } from "../../api/submissions.js";
import { BackLink } from "../../components/BackLink.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { ActionsSection } from "./ActionsSection.js";
import { CommentsSection } from "./CommentsSection.js";
import { EvidenceSection } from "./EvidenceSection.js";
import { SubmissionStatusBadge } from "./SubmissionStatusBadge.js";
import { WorkflowButtons } from "./SubmissionWorkflow.js";
import { TemplateSection } from "./TemplateSection.js";
import { ValuesSection } from "./ValuesSection.js";

/** One organisation's report for a period: values, action progress, the thread and the workflow. */
export function SubmissionPage({ id }: { id: string }) {
  const t = useT();
  const query = useSubmission(id);
  if (!query.data) return <RecordPending query={query} />;
  const form = query.data;
  const { submission } = form;

  const editable = submission.abilities.edit;

  return (
    <>
      <PageHeader
        above={
          <BackLink
            to="/plans/$planId/periods/$periodId/reports"
            params={{ planId: submission.planId, periodId: submission.reportingPeriodId }}
            label={t("reports.title", { name: submission.periodName })}
          />
        }
        title={t("submission.title", {
          organization: submission.organizationName,
          period: submission.periodName,
        })}
        badges={<SubmissionStatusBadge status={submission.status} />}
        actions={<WorkflowButtons form={form} />}
      />
      <Stack gap="lg">
        <StateNotice form={form} />
        {/* Keyed by the workflow state, not by the last save: saving one section keeps the other's edits. */}
        <ValuesSection key={`values-${submission.status}`} form={form} editable={editable} />
        {form.actions.length > 0 && (
          <ActionsSection key={`actions-${submission.status}`} form={form} editable={editable} />
        )}
        {editable && <TemplateSection form={form} />}
        <EvidenceSection form={form} editable={editable} />
        <CommentsSection form={form} canComment={submission.abilities.comment} />
      </Stack>
    </>
  );
}

function StateNotice({ form }: { form: SubmissionForm }) {
  const t = useT();
  const format = useFormat();
  const { submission } = form;
  if (submission.status === "approved") {
    return (
      <Alert color="teal" variant="light" title={t("submission.lockedTitle")}>
        {t("error.LOCKED")}
      </Alert>
    );
  }
  if (submission.status === "submitted") {
    return (
      <Alert color="yellow" variant="light">
        {t("submission.submittedNotice", {
          date: submission.submittedAt ? format.date(submission.submittedAt) : "",
        })}
      </Alert>
    );
  }
  if (submission.status === "returned") {
    return (
      <Alert color="orange" variant="light">
        {t("submission.returnedNotice")}
      </Alert>
    );
  }
  if (submission.periodStatus === "closed") {
    return (
      <Alert color="gray" variant="light">
        {t("submission.periodClosed")}
      </Alert>
    );
  }
  return null;
}
