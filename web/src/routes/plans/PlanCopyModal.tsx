import { Text, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type Plan, PlanCopyInput } from "../../../../common/schemas/plans.js";
import { useCopyPlan } from "../../api/plans.js";
import { PeriodFields } from "../../components/forms/fields.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { notifySuccess } from "../../components/notify.js";
import { useT } from "../../i18n/useT.js";
import { nextCycle } from "./cycle.js";

/** Copies a plan into its next cycle (framework and indicators), then opens the new plan. */
export function PlanCopyModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const copy = useCopyPlan(plan.id);
  const dates = nextCycle(plan.startsOn, plan.endsOn);
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      title: t("plans.copyDefaultTitle", { title: plan.title }),
      shortTitle: plan.shortTitle,
      startsOn: dates.startsOn as string | null,
      endsOn: dates.endsOn as string | null,
    },
    schema: PlanCopyInput,
    toInput: (values) => ({ ...values, startsOn: values.startsOn ?? "", endsOn: values.endsOn ?? "" }),
  });

  const onSubmit = handleSubmit(async (input) => {
    const created = await copy.mutateAsync(input);
    notifySuccess(t("plans.copied"));
    onClose();
    await navigate({ to: "/plans/$planId", params: { planId: created.id } });
  });

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={t("plans.copyTitle", { title: plan.shortTitle || plan.title })}
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
    >
      <Text size="sm">{t("plans.copyHint")}</Text>
      <TextInput label={t("common.title")} required {...form.getInputProps("title")} />
      <TextInput label={t("plans.shortTitle")} required {...form.getInputProps("shortTitle")} />
      <PeriodFields start={form.getInputProps("startsOn")} end={form.getInputProps("endsOn")} />
    </ModalForm>
  );
}
