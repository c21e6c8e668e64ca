import { Button, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { SubmissionForm } from "../../../../common/schemas/submissions.js";
import { useSubmissionStep, type WorkflowStep } from "../../api/submissions.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import { useT } from "../../i18n/useT.js";

type Dialog = "return" | "unlock" | null;

/** Submit, return, approve and unlock: each shown when the server says this reader may do it now. */
export function WorkflowButtons({ form }: { form: SubmissionForm }) {
  const t = useT();
  const step = useSubmissionStep(form.submission.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { abilities } = form.submission;

  const run = async (input: WorkflowStep, done: MessageKey) => {
    try {
      await step.mutateAsync(input);
      notifySuccess(t(done));
      return true;
    } catch (error) {
      notifyError(error, t);
      return false;
    }
  };

  return (
    <>
      {abilities.submit && (
        <Button onClick={() => run({ step: "submit" }, "submission.submittedDone")} loading={step.isPending}>
          {t("submission.submit")}
        </Button>
      )}
      {abilities.return && (
        <Button variant="default" onClick={() => setDialog("return")}>
          {t("submission.return")}
        </Button>
      )}
      {abilities.approve && (
        <Button
          color="teal"
          onClick={() => run({ step: "approve" }, "submission.approvedDone")}
          loading={step.isPending}
        >
          {t("submission.approve")}
        </Button>
      )}
      {abilities.unlock && (
        <Button variant="default" onClick={() => setDialog("unlock")}>
          {t("submission.unlock")}
        </Button>
      )}
      {dialog && (
        <ReasonModal
          title={dialog === "return" ? t("submission.returnTitle") : t("submission.unlockTitle")}
          label={dialog === "return" ? t("submission.returnComment") : t("submission.unlockReason")}
          submitting={step.isPending}
          onClose={() => setDialog(null)}
          onSubmit={(text) =>
            step.mutateAsync(
              dialog === "return" ? { step: "return", comment: text } : { step: "unlock", reason: text },
            )
          }
          successMessage={dialog === "return" ? t("submission.returnedDone") : t("submission.unlockedDone")}
        />
      )}
    </>
  );
}

/** Return and unlock ask for a text: the comment to the organisation, or the reason kept in the audit. */
function ReasonModal(props: {
  title: string;
  label: string;
  submitting: boolean;
  onClose: () => void;
  onSubmit: (text: string) => Promise<unknown>;
  successMessage: string;
}) {
  const t = useT();
  const [text, setText] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (text.trim() === "") {
      setFieldError(t("validation.required"));
      return;
    }
    try {
      await props.onSubmit(text.trim());
      notifySuccess(props.successMessage);
      props.onClose();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <ModalForm
      opened
      onClose={props.onClose}
      title={props.title}
      onSubmit={submit}
      submitError={error}
      submitting={props.submitting}
    >
      <Textarea
        label={props.label}
        required
        autosize
        minRows={3}
        value={text}
        error={fieldError}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setFieldError(null);
        }}
      />
    </ModalForm>
  );
}
