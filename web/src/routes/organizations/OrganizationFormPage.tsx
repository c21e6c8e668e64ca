import { Group, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { organizationLevels, organizationSectors } from "../../../../common/schemas/enums.js";
import { type Organization, OrganizationInput } from "../../../../common/schemas/organizations.js";
import { useCreateOrganization, useOrganization, useUpdateOrganization } from "../../api/organizations.js";
import { ChooseSelect } from "../../components/forms/ChooseSelect.js";
import { FormPage } from "../../components/forms/FormPage.js";
import { DescriptionField } from "../../components/forms/fields.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { notifySuccess } from "../../components/notify.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useMunicipalityOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";

export function OrganizationFormPage({ id }: { id?: string }) {
  const query = useOrganization(id);
  if (!id) return <OrganizationForm />;
  if (!query.data) return <RecordPending query={query} />;
  return <OrganizationForm organization={query.data} />;
}

function OrganizationForm({ organization }: { organization?: Organization }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      name: organization?.name ?? "",
      shortName: organization?.shortName ?? "",
      level: organization?.level ?? "",
      sector: organization?.sector ?? "",
      jurisdictionId: organization?.jurisdictionId ?? null,
      description: organization?.description ?? "",
    },
    schema: OrganizationInput,
    toInput: (values) => ({
      ...values,
      shortName: orNull(values.shortName),
      description: orNull(values.description),
    }),
  });

  const onSubmit = handleSubmit(async (input) => {
    const saved = organization
      ? await update.mutateAsync({ id: organization.id, patch: input })
      : await create.mutateAsync(input);
    notifySuccess(organization ? t("common.saved") : t("common.created"));
    await navigate({ to: "/organizations/$organizationId", params: { organizationId: saved.id } });
  });

  return (
    <FormPage
      title={organization ? t("organizations.editTitle") : t("organizations.new")}
      back={
        organization
          ? {
              to: "/organizations/$organizationId",
              params: { organizationId: organization.id },
              label: organization.name,
            }
          : { to: "/organizations", label: t("organizations.title") }
      }
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
      maw={760}
    >
      <TextInput label={t("common.name")} required {...form.getInputProps("name")} />
      <TextInput label={t("organizations.shortName")} {...form.getInputProps("shortName")} />
      <Group grow align="flex-start" wrap="wrap">
        <ChooseSelect
          label={t("organizations.level")}
          required
          options={organizationLevels.map((value) => ({ value, label: t(`level.${value}`) }))}
          {...form.getInputProps("level")}
        />
        <ChooseSelect
          label={t("organizations.sector")}
          required
          options={organizationSectors.map((value) => ({ value, label: t(`sector.${value}`) }))}
          {...form.getInputProps("sector")}
        />
      </Group>
      <SearchSelect
        label={t("common.municipality")}
        useOptions={useMunicipalityOptions}
        knownOptions={knownOption(organization?.jurisdictionId, organization?.jurisdictionName)}
        {...form.getInputProps("jurisdictionId")}
      />
      <DescriptionField {...form.getInputProps("description")} />
    </FormPage>
  );
}
