import { type Participation, ParticipationPatch } from "../../../../common/schemas/events.js";
import { useUpdateParticipation } from "../../api/events.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { notifySuccess } from "../../components/notify.js";
import { useT } from "../../i18n/useT.js";
import { participantName } from "./ParticipantsSection.js";
import { ParticipationFields, participationInput } from "./ParticipationFields.js";

interface Props {
  eventId: string;
  participation: Participation;
  onClose: () => void;
}

export function EditParticipantModal({ eventId, participation, onClose }: Props) {
  const t = useT();
  const update = useUpdateParticipation(eventId);
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      role: participation.role as string,
      attended: participation.attended,
      preTestScore: (participation.preTestScore ?? "") as number | string,
      postTestScore: (participation.postTestScore ?? "") as number | string,
      testMaxScore: (participation.testMaxScore ?? "") as number | string,
    },
    schema: ParticipationPatch,
    toInput: participationInput,
  });

  const onSubmit = handleSubmit(async (patch) => {
    await update.mutateAsync({ id: participation.id, patch });
    notifySuccess(t("common.saved"));
    onClose();
  });

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={t("participation.editTitle", { name: participantName(participation) })}
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
    >
      <ParticipationFields inputProps={form.getInputProps} />
    </ModalForm>
  );
}
