import { Group, NativeSelect, Text, Textarea } from "@mantine/core";
import { type ActionItem, ActionItemInput, ActionItemPatch } from "../../../../common/schemas/boards.js";
import { actionItemStatuses } from "../../../../common/schemas/enums.js";
import { useAddActionItem, useBoard, useUpdateActionItem } from "../../api/boards.js";
import { DateField } from "../../components/forms/DateField.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { notifySuccess } from "../../components/notify.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";
import { NodeSelect } from "./shared.js";

type ActionItemModalProps =
  | { eventId: string; boardId: string; item?: never; onClose: () => void }
  | { item: ActionItem; eventId?: never; boardId?: never; onClose: () => void };

/**
 * For the agency: a new action item agreed at a meeting (description, owner organisation, due date,
 * linked result of the board's plan), or any change to one, its status included.
 */
export function ActionItemModal({ item, eventId, boardId, onClose }: ActionItemModalProps) {
  const t = useT();
  const board = useBoard(item?.boardId ?? boardId);
  const add = useAddActionItem(item?.eventId ?? eventId ?? "");
  const update = useUpdateActionItem();
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      description: item?.description ?? "",
      ownerOrganizationId: item?.ownerOrganization.id ?? (null as string | null),
      dueOn: item?.dueOn ?? (null as string | null),
      frameworkNodeId: item?.frameworkNodeId ?? (null as string | null),
      status: (item?.status ?? "open") as string,
      note: item?.note ?? "",
    },
    schema: item ? ActionItemPatch : ActionItemInput,
    toInput: (values) => ({
      description: values.description,
      ownerOrganizationId: values.ownerOrganizationId ?? "",
      dueOn: values.dueOn,
      frameworkNodeId: values.frameworkNodeId,
      ...(item ? { status: values.status, note: orNull(values.note) } : {}),
    }),
  });

  const onSubmit = handleSubmit(async (input) => {
    if (item) await update.mutateAsync({ id: item.id, patch: input });
    else await add.mutateAsync(input as ActionItemInput);
    notifySuccess(item ? t("common.saved") : t("actionItems.added"));
    onClose();
  });

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={item ? t("actionItems.editTitle") : t("actionItems.add")}
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
    >
      <Textarea
        label={t("actionItems.description")}
        required
        autosize
        minRows={2}
        {...form.getInputProps("description")}
      />
      <SearchSelect
        label={t("actionItems.owner")}
        required
        useOptions={useOrganizationOptions}
        knownOptions={knownOption(item?.ownerOrganization.id, item?.ownerOrganization.name)}
        {...form.getInputProps("ownerOrganizationId")}
      />
      <Group grow align="flex-start" wrap="wrap">
        <DateField label={t("actionItems.dueOn")} clearable {...form.getInputProps("dueOn")} />
        {item && (
          <NativeSelect
            label={t("common.status")}
            data={actionItemStatuses.map((value) => ({ value, label: t(`actionItemStatus.${value}`) }))}
            {...form.getInputProps("status")}
          />
        )}
      </Group>
      <NodeSelect
        label={t("actionItems.node")}
        planId={board.data?.planId}
        {...form.getInputProps("frameworkNodeId")}
      />
      {item && (
        <Textarea label={t("actionItems.note")} autosize minRows={2} {...form.getInputProps("note")} />
      )}
    </ModalForm>
  );
}

/** Marks an item done, with a note on what was done (representatives of the owner, and the agency). */
export function MarkDoneModal({ item, onClose }: { item: ActionItem; onClose: () => void }) {
  const t = useT();
  const update = useUpdateActionItem();
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: { note: item.note ?? "" },
    schema: ActionItemPatch,
    toInput: (values) => ({ status: "done", note: orNull(values.note) }),
  });

  const onSubmit = handleSubmit(async (patch) => {
    await update.mutateAsync({ id: item.id, patch });
    notifySuccess(t("actionItems.markedDone"));
    onClose();
  });

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={t("actionItems.markDoneTitle")}
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
    >
      <Text size="sm" fw={600}>
        {item.description}
      </Text>
      <Textarea
        label={t("actionItems.note")}
        description={t("actionItems.noteHint")}
        autosize
        minRows={3}
        {...form.getInputProps("note")}
      />
    </ModalForm>
  );
}
