import { Button, Group, NumberInput, Paper, Stack, Textarea, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type Project, ProjectInput } from "../../../../common/schemas/projects.js";
import { useCreateProject, useProject, useUpdateProject } from "../../api/projects.js";
import { BackLink } from "../../components/BackLink.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { DateField } from "../../components/forms/DateField.js";
import { numberOrNull, orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { ButtonLink } from "../../components/links.js";
import { notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { FrameworkNodeSelect } from "../../components/selects/FrameworkNodeSelect.js";
import { SearchMultiSelect, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { OutputTargetsEditor, type TargetRow } from "./OutputTargetsEditor.js";

export function ProjectFormPage({ id }: { id?: string }) {
  const query = useProject(id);
  if (!id) return <ProjectForm />;
  if (query.isLoading) return <LoadingState />;
  if (!query.data) return <LoadFailure error={query.error} />;
  return <ProjectForm project={query.data} />;
}

function ProjectForm({ project }: { project?: Project }) {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const create = useCreateProject();
  const update = useUpdateProject();
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      title: project?.title ?? "",
      code: project?.code ?? "",
      donorOrganizationId: project?.donorOrganizationId ?? null,
      implementerIds: project?.implementers.map((org) => org.id) ?? [],
      startsOn: project?.startsOn ?? null,
      endsOn: project?.endsOn ?? null,
      budgetAmount: (project?.budgetAmount ?? "") as number | string,
      currency: project?.currency ?? "",
      description: project?.description ?? "",
      source: project?.source ?? "",
      outputTargets: (project?.outputTargets.map(({ eventKind, targetCount, label }) => ({
        eventKind,
        targetCount,
        label,
      })) ?? []) as TargetRow[],
      frameworkNodeIds: project?.frameworkNodeIds ?? [],
    },
    schema: ProjectInput,
    toInput: (values) => ({
      ...values,
      startsOn: values.startsOn ?? "",
      endsOn: values.endsOn ?? "",
      budgetAmount: numberOrNull(values.budgetAmount),
      currency: values.currency.trim() ? values.currency.trim().toUpperCase() : null,
      description: orNull(values.description),
      source: orNull(values.source),
      outputTargets: values.outputTargets.map((row) => ({
        ...row,
        targetCount: row.targetCount === "" ? Number.NaN : Number(row.targetCount),
      })),
    }),
  });

  const onSubmit = handleSubmit(async (input) => {
    const saved = project
      ? await update.mutateAsync({ id: project.id, patch: input })
      : await create.mutateAsync(input);
    notifySuccess(project ? t("common.saved") : t("common.created"));
    await navigate({ to: "/projects/$projectId", params: { projectId: saved.id } });
  });

  return (
    <>
      <PageHeader
        above={
          project ? (
            <BackLink to="/projects/$projectId" params={{ projectId: project.id }} label={project.title} />
          ) : (
            <BackLink to="/projects" label={t("projects.title")} />
          )
        }
        title={project ? t("projects.editTitle") : t("projects.new")}
      />
      <Paper withBorder p="md" maw={900}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            {submitError && <ErrorAlert error={submitError} />}
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                label={t("common.title")}
                required
                style={{ flex: "3 1 320px" }}
                {...form.getInputProps("title")}
              />
              <TextInput
                label={t("common.code")}
                required
                style={{ flex: "1 1 140px" }}
                {...form.getInputProps("code")}
              />
            </Group>
            <SearchSelect
              label={t("projects.donor")}
              useOptions={useOrganizationOptions}
              knownOptions={
                project?.donorOrganizationId && project.donorName
                  ? [{ value: project.donorOrganizationId, label: project.donorName }]
                  : []
              }
              {...form.getInputProps("donorOrganizationId")}
            />
            <SearchMultiSelect
              label={t("projects.implementers")}
              useOptions={useOrganizationOptions}
              knownOptions={project?.implementers.map((org) => ({ value: org.id, label: org.name })) ?? []}
              {...form.getInputProps("implementerIds")}
            />
            <Group grow align="flex-start" wrap="wrap">
              <DateField label={t("common.startsOn")} required {...form.getInputProps("startsOn")} />
              <DateField label={t("common.endsOn")} required {...form.getInputProps("endsOn")} />
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              <NumberInput
                label={t("projects.budget")}
                min={0}
                thousandSeparator={format.thousandSeparator}
                decimalSeparator={format.decimalSeparator}
                {...form.getInputProps("budgetAmount")}
              />
              <TextInput
                label={t("projects.currency")}
                maxLength={3}
                placeholder="BAM"
                {...form.getInputProps("currency")}
              />
            </Group>
            <OutputTargetsEditor form={form as never} />
            <FrameworkNodeSelect
              label={t("projects.frameworkNodes")}
              {...form.getInputProps("frameworkNodeIds")}
            />
            <Textarea
              label={t("common.description")}
              autosize
              minRows={3}
              {...form.getInputProps("description")}
            />
            <Textarea label={t("common.source")} autosize minRows={2} {...form.getInputProps("source")} />
            <Group justify="flex-end">
              {project ? (
                <ButtonLink variant="default" to="/projects/$projectId" params={{ projectId: project.id }}>
                  {t("common.cancel")}
                </ButtonLink>
              ) : (
                <ButtonLink variant="default" to="/projects">
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
