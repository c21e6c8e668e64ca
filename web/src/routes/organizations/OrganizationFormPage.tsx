import { Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { organizationLevels, organizationSectors } from "../../../../common/schemas/enums.js";
import { type Organization, OrganizationInput } from "../../../../common/schemas/organizations.js";
import { useCreateOrganization, useOrganization, useUpdateOrganization } from "../../api/organizations.js";
import { BackLink } from "../../components/BackLink.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { ButtonLink } from "../../components/links.js";
import { notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { SearchSelect } from "../../components/selects/SearchSelect.js";
import { useMunicipalityOptions } from "../../components/selects/sources.js";
import { LoadingState } from "../../components/states.js";
import { useT } from "../../i18n/useT.js";

export function OrganizationFormPage({ id }: { id?: string }) {
  const query = useOrganization(id);
  if (!id) return <OrganizationForm />;
  if (query.isLoading) return <LoadingState />;
  if (!query.data) return <LoadFailure error={query.error} />;
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

  const title = organization ? t("organizations.editTitle") : t("organizations.new");
  return (
    <>
      <PageHeader
        above={
          organization ? (
            <BackLink
              to="/organizations/$organizationId"
              params={{ organizationId: organization.id }}
              label={organization.name}
            />
          ) : (
            <BackLink to="/organizations" label={t("organizations.title")} />
          )
        }
        title={title}
      />
      <Paper withBorder p="md" maw={760}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {submitError && <ErrorAlert error={submitError} />}
            <TextInput label={t("common.name")} required {...form.getInputProps("name")} />
            <TextInput label={t("organizations.shortName")} {...form.getInputProps("shortName")} />
            <Group grow align="flex-start" wrap="wrap">
              <NativeSelect
                label={t("organizations.level")}
                required
                data={[
                  { value: "", label: t("common.choose") },
                  ...organizationLevels.map((value) => ({ value, label: t(`level.${value}`) })),
                ]}
                {...form.getInputProps("level")}
              />
              <NativeSelect
                label={t("organizations.sector")}
                required
                data={[
                  { value: "", label: t("common.choose") },
                  ...organizationSectors.map((value) => ({ value, label: t(`sector.${value}`) })),
                ]}
                {...form.getInputProps("sector")}
              />
            </Group>
            <SearchSelect
              label={t("common.municipality")}
              useOptions={useMunicipalityOptions}
              knownOptions={
                organization?.jurisdictionId && organization.jurisdictionName
                  ? [{ value: organization.jurisdictionId, label: organization.jurisdictionName }]
                  : []
              }
              {...form.getInputProps("jurisdictionId")}
            />
            <Textarea
              label={t("common.description")}
              autosize
              minRows={3}
              {...form.getInputProps("description")}
            />
            <Group justify="flex-end">
              {organization ? (
                <ButtonLink
                  variant="default"
                  to="/organizations/$organizationId"
                  params={{ organizationId: organization.id }}
                >
                  {t("common.cancel")}
                </ButtonLink>
              ) : (
                <ButtonLink variant="default" to="/organizations">
                  {t("common.cancel")}
                </ButtonLink>
              )}
              <Button type="submit" loading={form.submitting}>
                {t("common.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
