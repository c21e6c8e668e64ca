import { Stack, Tabs, Text } from "@mantine/core";
import { ParticipationInput } from "../../../../common/schemas/events.js";
import { useAddParticipation } from "../../api/events.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { notifySuccess } from "../../components/notify.js";
import { SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions, usePersonOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";
import { PersonIdentityFields } from "../people/PersonIdentityFields.js";
import { ParticipationFields, participationDefaults, participationInput } from "./ParticipationFields.js";

interface Props {
  eventId: string;
  opened: boolean;
  onClose: () => void;
}

const initialValues = {
  mode: "existing" as "existing" | "new",
  personId: null as string | null,
  newPerson: { givenName: "", familyName: "", sex: "", organizationId: null as string | null },
  ...participationDefaults,
};

/** Adds a person from the registry, or registers a new one on the spot, to an event. */
export function AddParticipantModal({ eventId, opened, onClose }: Props) {
  const t = useT();
  const add = useAddParticipation(eventId);
  const { form, handleSubmit, submitError, setSubmitError } = useSchemaForm({
    initialValues,
    schema: ParticipationInput,
    toInput: (values) => ({
      ...(values.mode === "existing"
        ? { personId: values.personId ?? undefined }
        : { newPerson: { ...values.newPerson, organizationId: values.newPerson.organizationId } }),
      ...participationInput(values),
    }),
  });

  const close = () => {
    form.reset();
    setSubmitError(null);
    onClose();
  };

  const onSubmit = handleSubmit(async (input) => {
    await add.mutateAsync(input);
    notifySuccess(t("participation.added"));
    close();
  });

  return (
    <ModalForm
      opened={opened}
      onClose={close}
      title={t("events.addParticipant")}
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
    >
      <Tabs
        value={form.values.mode}
        onChange={(mode) => {
          form.setFieldValue("mode", mode === "new" ? "new" : "existing");
          form.clearErrors();
        }}
      >
        <Tabs.List grow>
          <Tabs.Tab value="existing">{t("participation.existingPerson")}</Tabs.Tab>
          <Tabs.Tab value="new">{t("participation.newPerson")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="existing" pt="md">
          <SearchSelect
            label={t("participation.person")}
            description={t("participation.personHint")}
            useOptions={usePersonOptions}
            {...form.getInputProps("personId")}
          />
        </Tabs.Panel>
        <Tabs.Panel value="new" pt="md">
          <Stack gap="sm">
            <PersonIdentityFields inputProps={(field) => form.getInputProps(`newPerson.${field}`)} />
            <SearchSelect
              label={t("common.organization")}
              useOptions={useOrganizationOptions}
              {...form.getInputProps("newPerson.organizationId")}
            />
          </Stack>
        </Tabs.Panel>
      </Tabs>
      {form.errors.personId && form.values.mode === "new" && (
        <Text c="red" size="sm">
          {form.errors.personId}
        </Text>
      )}
      <ParticipationFields inputProps={form.getInputProps} />
    </ModalForm>
  );
}
