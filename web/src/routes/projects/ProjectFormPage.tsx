import { Group, NumberInput, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type Project, ProjectInput } from "../../../../common/schemas/projects.js";
import { useCreateProject, useProject, useUpdateProject } from "../../api/projects.js";
import { FormPage } from "../../components/forms/FormPage.js";
import { DescriptionField, PeriodFields, SourceField } from "../../components/forms/fields.js";
import { numberOrNull, orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { notifySuccess } from "../../components/notify.js";
import { FrameworkNodeSelect } from "../../components/selects/FrameworkNodeSelect.js";
import { knownOption, SearchMultiSelect, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { OutputTargetsEditor, type TargetRow } from "./OutputTargetsEditor.js";

export function ProjectFormPage({ id }: { id?: string }) {
  const query = useProject(id);
  if (!id) return <ProjectForm />;
  if (!query.data) return <RecordPending query={query} />;
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
    <FormPage
      title={project ? t("projects.editTitle") : t("projects.new")}
      back={
        project
          ? { to: "/projects/$projectId", params: { projectId: project.id }, label: project.title }
          : { to: "/projects", label: t("projects.title") }
      }
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
      maw={900}
    >
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
        knownOptions={knownOption(project?.donorOrganizationId, project?.donorName)}
        {...form.getInputProps("donorOrganizationId")}
      />
      <SearchMultiSelect
        label={t("projects.implementers")}
        useOptions={useOrganizationOptions}
        knownOptions={project?.implementers.map((org) => ({ value: org.id, label: org.name })) ?? []}
        {...form.getInputProps("implementerIds")}
      />
      <PeriodFields start={form.getInputProps("startsOn")} end={form.getInputProps("endsOn")} />
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
      <FrameworkNodeSelect label={t("projects.frameworkNodes")} {...form.getInputProps("frameworkNodeIds")} />
      <DescriptionField {...form.getInputProps("description")} />
      <SourceField {...form.getInputProps("source")} />
    </FormPage>
  );
}
