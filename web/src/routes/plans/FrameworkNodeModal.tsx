import { Group, Textarea, TextInput } from "@mantine/core";
import { type FrameworkNode, FrameworkNodeInput } from "../../../../common/schemas/plans.js";
import { useCreateNode, useUpdateNode } from "../../api/plans.js";
import { DateField } from "../../components/forms/DateField.js";
import { DescriptionField } from "../../components/forms/fields.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { notifySuccess } from "../../components/notify.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
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
      deadline: node?.deadline ?? null,
    },
    schema: FrameworkNodeInput,
    toInput: (values) => ({ ...values, description: orNull(values.description) }),
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
      </Group>
      <Textarea label={t("common.title")} required autosize minRows={2} {...form.getInputProps("title")} />
      <SearchSelect
        label={t("framework.lead")}
        useOptions={useOrganizationOptions}
        knownOptions={knownOption(node?.leadOrganizationId, node?.leadOrganizationName)}
        {...form.getInputProps("leadOrganizationId")}
      />
      <DescriptionField {...form.getInputProps("description")} />
    </ModalForm>
  );
}
