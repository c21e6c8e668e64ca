import { Button, Group, Stack } from "@mantine/core";
import { type Participation, ParticipationPatch } from "../../../../common/schemas/events.js";
import { useUpdateParticipation } from "../../api/events.js";
import { AppModal } from "../../components/AppModal.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
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
    <AppModal
      opened
      onClose={onClose}
      title={t("participation.editTitle", { name: participantName(participation) })}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {submitError && <ErrorAlert error={submitError} />}
          <ParticipationFields inputProps={form.getInputProps} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
