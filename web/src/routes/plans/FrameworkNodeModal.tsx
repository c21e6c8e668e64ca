import { Checkbox, Group, NativeSelect, NumberInput, Textarea, TextInput } from "@mantine/core";
import {
  type ActionStatus,
  actionStatuses,
  type FundingSource,
  fundingSources,
  type Pillar,
  pillars,
} from "../../../../common/schemas/enums.js";
import { type FrameworkNode, FrameworkNodeInput } from "../../../../common/schemas/plans.js";
import { useCreateNode, useUpdateNode } from "../../api/plans.js";
import { DateField } from "../../components/forms/DateField.js";
import { DescriptionField } from "../../components/forms/fields.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { numberOrNull, orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { notifySuccess } from "../../components/notify.js";
import { knownOption, SearchMultiSelect, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

export type NodeDialog =
  | { mode: "create"; parentId: string | null; tierName: string }
  | { mode: "edit"; node: FrameworkNode; tierName: string };

/** Adds a node under a parent (or at the top), or edits one. */
export function FrameworkNodeModal({
  planId,
  dialog,
  onClose,
}: {
  planId: string;
  dialog: NodeDialog;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const create = useCreateNode(planId);
  const update = useUpdateNode(planId);
  const node = dialog.mode === "edit" ? dialog.node : null;
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      parentId: dialog.mode === "create" ? dialog.parentId : (node?.parentId ?? null),
      code: node?.code ?? "",
      title: node?.title ?? "",
      description: node?.description ?? "",
      leadOrganizationId: node?.leadOrganizationId ?? null,
      coResponsibleOrganizationIds: node?.coResponsibleOrganizations.map((org) => org.id) ?? [],
      deadline: node?.deadline ?? null,
      status: (node?.status ?? "") as ActionStatus | "",
      budgetAmount: (node?.budgetAmount ?? "") as number | string,
      budgetCurrency: node?.budgetCurrency ?? "",
      fundingSource: (node?.fundingSource ?? "") as FundingSource | "",
      pillars: (node?.pillars ?? []) as Pillar[],
    },
    schema: FrameworkNodeInput,
    toInput: (values) => {
      const currency = values.budgetCurrency.trim().toUpperCase();
      return {
        ...values,
        description: orNull(values.description),
        status: values.status || null,
        budgetAmount: numberOrNull(values.budgetAmount),
        budgetCurrency: currency || null,
        fundingSource: values.fundingSource || null,
      };
    },
  });

  const onSubmit = handleSubmit(async (input) => {
    if (node) {
      const { parentId: _unchanged, ...patch } = input;
      await update.mutateAsync({ id: node.id, patch });
    } else {
      await create.mutateAsync(input);
    }
    notifySuccess(node ? t("common.saved") : t("common.created"));
    onClose();
  });

  const title = node
    ? t("framework.editTitle", { tier: dialog.tierName, code: node.code })
    : t("framework.newTitle", { tier: dialog.tierName });

  const notSet = { value: "", label: t("common.notSet") };
  const leadId = form.values.leadOrganizationId;

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={title}
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
    >
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          label={t("framework.code")}
          required
          style={{ flex: "0 1 140px" }}
          {...form.getInputProps("code")}
        />
        <DateField label={t("framework.deadline")} clearable {...form.getInputProps("deadline")} />
        <NativeSelect
          label={t("framework.status")}
          data={[notSet, ...actionStatuses.map((value) => ({ value, label: t(`actionStatus.${value}`) }))]}
          {...form.getInputProps("status")}
        />
      </Group>
      <Textarea label={t("common.title")} required autosize minRows={2} {...form.getInputProps("title")} />
      <SearchSelect
        label={t("framework.lead")}
        useOptions={useOrganizationOptions}
        knownOptions={knownOption(node?.leadOrganizationId, node?.leadOrganizationName)}
        {...form.getInputProps("leadOrganizationId")}
      />
      <SearchMultiSelect
        label={t("framework.coResponsible")}
        useOptions={useOrganizationOptions}
        knownOptions={
          node?.coResponsibleOrganizations.map((org) => ({ value: org.id, label: org.name })) ?? []
        }
        exclude={leadId ? [leadId] : []}
        {...form.getInputProps("coResponsibleOrganizationIds")}
      />
      <Group grow align="flex-start" wrap="wrap">
        <NumberInput
          label={t("framework.budgetAmount")}
          min={0}
          thousandSeparator={format.thousandSeparator}
          decimalSeparator={format.decimalSeparator}
          style={{ flex: "2 1 160px" }}
          {...form.getInputProps("budgetAmount")}
        />
        <TextInput
          label={t("framework.budgetCurrency")}
          maxLength={3}
          placeholder="BAM"
          style={{ flex: "0 1 110px" }}
          {...form.getInputProps("budgetCurrency")}
        />
        <NativeSelect
          label={t("framework.fundingSource")}
          data={[notSet, ...fundingSources.map((value) => ({ value, label: t(`fundingSource.${value}`) }))]}
          style={{ flex: "1 1 160px" }}
          {...form.getInputProps("fundingSource")}
        />
      </Group>
      <Checkbox.Group label={t("framework.pillars")} {...form.getInputProps("pillars")}>
        <Group gap="md" mt={6} wrap="wrap">
          {pillars.map((value) => (
            <Checkbox key={value} value={value} label={t(`pillar.${value}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <DescriptionField {...form.getInputProps("description")} />
    </ModalForm>
  );
}
