import { Button, Group, NativeSelect, Stack, Tabs, Text, TextInput } from "@mantine/core";
import { sexes } from "../../../../common/schemas/enums.js";
import { ParticipationInput } from "../../../../common/schemas/events.js";
import { useAddParticipation } from "../../api/events.js";
import { AppModal } from "../../components/AppModal.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { notifySuccess } from "../../components/notify.js";
import { SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions, usePersonOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";
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
    <AppModal opened={opened} onClose={close} title={t("events.addParticipant")} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {submitError && <ErrorAlert error={submitError} />}
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
                <Group grow align="flex-start" wrap="wrap">
                  <TextInput
                    label={t("people.givenName")}
                    required
                    {...form.getInputProps("newPerson.givenName")}
                  />
                  <TextInput
                    label={t("people.familyName")}
                    required
                    {...form.getInputProps("newPerson.familyName")}
                  />
                </Group>
                <NativeSelect
                  label={t("people.sex")}
                  required
                  data={[
                    { value: "", label: t("common.choose") },
                    ...sexes.map((value) => ({ value, label: t(`sex.${value}`) })),
                  ]}
                  {...form.getInputProps("newPerson.sex")}
                />
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
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
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
