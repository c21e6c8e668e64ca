import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { planStatuses } from "../../../../common/schemas/enums.js";
import { type Plan, PlanInput } from "../../../../common/schemas/plans.js";
import { useCreatePlan, usePlan, useUpdatePlan } from "../../api/plans.js";
import { FormPage } from "../../components/forms/FormPage.js";
import { DescriptionField, PeriodFields, SourceField } from "../../components/forms/fields.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { TrashIcon } from "../../components/icons.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { notifySuccess } from "../../components/notify.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { usePlanOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";

const MAX_TIERS = 8;

export function PlanFormPage({ id }: { id?: string }) {
  const query = usePlan(id);
  if (!id) return <PlanForm />;
  if (!query.data) return <RecordPending query={query} />;
  return <PlanForm plan={query.data} />;
}

function PlanForm({ plan }: { plan?: Plan }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      title: plan?.title ?? "",
      shortTitle: plan?.shortTitle ?? "",
      jurisdictionId: plan?.jurisdictionId ?? null,
      startsOn: plan?.startsOn ?? null,
      endsOn: plan?.endsOn ?? null,
      predecessorId: plan?.predecessorId ?? null,
      tierNames: plan?.tierNames ?? [""],
      status: plan?.status ?? "draft",
      description: plan?.description ?? "",
      source: plan?.source ?? "",
    },
    schema: PlanInput,
    toInput: (values) => ({
      ...values,
      startsOn: values.startsOn ?? "",
      endsOn: values.endsOn ?? "",
      description: orNull(values.description),
      source: orNull(values.source),
    }),
  });

  const onSubmit = handleSubmit(async (input) => {
    const saved = plan
      ? await update.mutateAsync({ id: plan.id, patch: input })
      : await create.mutateAsync(input);
    notifySuccess(plan ? t("common.saved") : t("common.created"));
    await navigate({ to: "/plans/$planId", params: { planId: saved.id } });
  });

  const tiers = form.values.tierNames;

  return (
    <FormPage
      title={plan ? t("plans.editTitle") : t("plans.new")}
      back={
        plan
          ? { to: "/plans/$planId", params: { planId: plan.id }, label: plan.shortTitle || plan.title }
          : { to: "/plans", label: t("plans.title") }
      }
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
      maw={860}
    >
      <TextInput label={t("common.title")} required {...form.getInputProps("title")} />
      <Group grow align="flex-start" wrap="wrap">
        <TextInput label={t("plans.shortTitle")} required {...form.getInputProps("shortTitle")} />
        <NativeSelect
          label={t("common.status")}
          data={planStatuses.map((value) => ({ value, label: t(`planStatus.${value}`) }))}
          {...form.getInputProps("status")}
        />
      </Group>
      <PeriodFields start={form.getInputProps("startsOn")} end={form.getInputProps("endsOn")} />
      <SearchSelect
        label={t("plans.predecessor")}
        useOptions={usePlanOptions}
        exclude={plan ? [plan.id] : []}
        knownOptions={knownOption(plan?.predecessorId, plan?.predecessorTitle)}
        {...form.getInputProps("predecessorId")}
      />
      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={600} size="sm">
          {t("plans.tierNames")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("plans.tierNamesHint")}
        </Text>
        {tiers.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a tier is its place in the list
          <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              label={t("plans.tierName", { level: index + 1 })}
              required
              style={{ flex: 1 }}
              {...form.getInputProps(`tierNames.${index}`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              disabled={tiers.length <= 1}
              aria-label={t("plans.removeTier", { level: index + 1 })}
              onClick={() => form.removeListItem("tierNames", index)}
            >
              <TrashIcon />
            </ActionIcon>
          </Group>
        ))}
        {form.errors.tierNames && (
          <Text c="red" size="sm">
            {form.errors.tierNames}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="xs"
            disabled={tiers.length >= MAX_TIERS}
            onClick={() => form.insertListItem("tierNames", "")}
          >
            {t("plans.addTier")}
          </Button>
        </Group>
      </Stack>
      <DescriptionField {...form.getInputProps("description")} />
      <SourceField {...form.getInputProps("source")} />
    </FormPage>
  );
}
