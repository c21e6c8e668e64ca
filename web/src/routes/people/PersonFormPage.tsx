import { Checkbox, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type Person, PersonInput, PersonPatch } from "../../../../common/schemas/people.js";
import { useCreatePerson, usePerson, useUpdatePerson } from "../../api/people.js";
import { DateField } from "../../components/forms/DateField.js";
import { FormPage } from "../../components/forms/FormPage.js";
import { numberOrNull, orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { notifySuccess } from "../../components/notify.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";
import { personName } from "./PeopleListPage.js";
import { PersonIdentityFields } from "./PersonIdentityFields.js";

export function PersonFormPage({ id }: { id?: string }) {
  const query = usePerson(id);
  if (!id) return <PersonForm />;
  if (!query.data) return <RecordPending query={query} />;
  return <PersonForm person={query.data} />;
}

function PersonForm({ person }: { person?: Person }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreatePerson();
  const update = useUpdatePerson();
  // Personal data is edited only by those who may read it; otherwise it is left out of the update.
  const withPersonal = !person || person.personal !== null;
  const personal = person?.personal;

  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      givenName: person?.givenName ?? "",
      familyName: person?.familyName ?? "",
      sex: person?.sex ?? "",
      organizationId: person?.organizationId ?? null,
      position: person?.position ?? "",
      rank: person?.rank ?? "",
      isDecisionMaker: person?.isDecisionMaker ?? false,
      email: personal?.email ?? "",
      phone: personal?.phone ?? "",
      birthYear: (personal?.birthYear ?? "") as number | string,
      hasConsented: personal?.hasConsented ?? false,
      consentedOn: personal?.consentedOn ?? null,
    },
    schema: withPersonal ? PersonInput : PersonPatch,
    toInput: (values) => {
      const { email, phone, birthYear, hasConsented, consentedOn, ...rest } = values;
      const base = { ...rest, position: orNull(rest.position), rank: orNull(rest.rank) };
      if (!withPersonal) return base;
      return {
        ...base,
        email: orNull(email),
        phone: orNull(phone),
        birthYear: numberOrNull(birthYear),
        hasConsented,
        consentedOn: hasConsented ? consentedOn : null,
      };
    },
  });

  const onSubmit = handleSubmit(async (input) => {
    const saved = person
      ? await update.mutateAsync({ id: person.id, patch: input })
      : await create.mutateAsync(input as PersonInput);
    notifySuccess(person ? t("common.saved") : t("common.created"));
    await navigate({ to: "/people/$personId", params: { personId: saved.id } });
  });

  return (
    <FormPage
      title={person ? t("people.editTitle") : t("people.new")}
      back={
        person
          ? { to: "/people/$personId", params: { personId: person.id }, label: personName(person) }
          : { to: "/people", label: t("people.title") }
      }
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
      maw={760}
      sections
    >
      <Paper withBorder p="md">
        <Stack gap="md">
          <PersonIdentityFields inputProps={(field) => form.getInputProps(field)} />
          <SearchSelect
            label={t("common.organization")}
            useOptions={useOrganizationOptions}
            knownOptions={knownOption(person?.organizationId, person?.organizationName)}
            {...form.getInputProps("organizationId")}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t("people.position")} {...form.getInputProps("position")} />
            <TextInput label={t("people.rank")} {...form.getInputProps("rank")} />
          </Group>
          <Checkbox
            label={t("people.isDecisionMaker")}
            {...form.getInputProps("isDecisionMaker", { type: "checkbox" })}
          />
        </Stack>
      </Paper>
      {withPersonal && (
        <Paper withBorder p="md" component="section" aria-labelledby="personal-data-form">
          <Title order={2} size="h4" id="personal-data-form">
            {t("people.personalData")}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t("people.personalDataHint")}
          </Text>
          <Stack gap="md">
            <Group grow align="flex-start" wrap="wrap">
              <TextInput label={t("people.email")} type="email" {...form.getInputProps("email")} />
              <TextInput label={t("people.phone")} type="tel" {...form.getInputProps("phone")} />
            </Group>
            <NumberInput
              label={t("people.birthYear")}
              min={1900}
              max={2100}
              allowDecimal={false}
              thousandSeparator={false}
              w={200}
              {...form.getInputProps("birthYear")}
            />
            <Checkbox
              label={t("people.hasConsented")}
              {...form.getInputProps("hasConsented", { type: "checkbox" })}
            />
            {form.values.hasConsented && (
              <DateField label={t("people.consentedOn")} clearable {...form.getInputProps("consentedOn")} />
            )}
          </Stack>
        </Paper>
      )}
    </FormPage>
  );
}
