import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { type CategorySet, CategorySetInput } from "../../../../common/schemas/category-sets.js";
import { useMe } from "../../api/auth.js";
import {
  useCategorySets,
  useCreateCategorySet,
  useDeleteCategorySet,
  useUpdateCategorySet,
} from "../../api/indicators.js";
import { EditDeleteActions } from "../../components/EditDeleteActions.js";
import { DescriptionField } from "../../components/forms/fields.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from "../../components/icons.js";
import { type Column, DataTable, wholeList } from "../../components/list/DataTable.js";
import { notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

type Dialog = { mode: "create" } | { mode: "edit"; set: CategorySet } | null;

/** Disaggregations defined once and reused by indicators; system sets are read-only. */
export function CategorySetsPage() {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const query = useCategorySets();
  const remove = useDeleteCategorySet();
  const [dialog, setDialog] = useState<Dialog>(null);
  const staff = me?.abilities.create.categorySets ?? false;

  const columns: Column<CategorySet>[] = [
    {
      key: "name",
      header: t("common.name"),
      render: (set) => (
        <Group gap={6} wrap="nowrap">
          <Text fw={600} size="sm">
            {set.name}
          </Text>
          {set.isSystem && (
            <Badge size="sm" variant="light" color="gray">
              {t("categorySets.system")}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: "code", header: t("common.code"), render: (set) => set.code },
    {
      key: "categories",
      header: t("categorySets.categories"),
      render: (set) => set.categories.map((category) => category.name).join(", "),
    },
    {
      key: "indicators",
      header: t("categorySets.indicatorCount"),
      render: (set) => format.number(set.indicatorCount),
    },
  ];
  if (staff) {
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: (set) =>
        !set.abilities.update ? (
          <Text size="xs" c="dimmed">
            {t("categorySets.readOnly")}
          </Text>
        ) : (
          <Group gap={4} wrap="nowrap">
            <EditDeleteActions
              editLabel={t("categorySets.edit", { name: set.name })}
              onEdit={() => setDialog({ mode: "edit", set })}
              deleteLabel={t("categorySets.delete", { name: set.name })}
              deleteTitle={t("categorySets.deleteTitle", { name: set.name })}
              deleteBody={t("categorySets.deleteBody")}
              onDelete={() => remove.mutateAsync(set.id)}
            />
          </Group>
        ),
    });
  }

  return (
    <>
      <PageHeader
        title={t("categorySets.title")}
        actions={
          staff && <Button onClick={() => setDialog({ mode: "create" })}>{t("categorySets.new")}</Button>
        }
      />
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed" mb="sm">
          {t("categorySets.intro")}
        </Text>
        <DataTable
          caption={t("categorySets.title")}
          columns={columns}
          {...wholeList(query)}
          rowKey={(set) => set.id}
          minWidth={720}
        />
      </Paper>
      {dialog && (
        <CategorySetModal
          set={dialog.mode === "edit" ? dialog.set : undefined}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}

function CategorySetModal({ set, onClose }: { set?: CategorySet; onClose: () => void }) {
  const t = useT();
  const create = useCreateCategorySet();
  const update = useUpdateCategorySet();
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      code: set?.code ?? "",
      name: set?.name ?? "",
      description: set?.description ?? "",
      categories: set?.categories.map(({ code, name }) => ({ code, name })) ?? [{ code: "", name: "" }],
    },
    schema: CategorySetInput,
    toInput: (values) => ({ ...values, description: orNull(values.description) }),
  });

  const onSubmit = handleSubmit(async (input) => {
    if (set) await update.mutateAsync({ id: set.id, patch: input });
    else await create.mutateAsync(input);
    notifySuccess(set ? t("common.saved") : t("common.created"));
    onClose();
  });

  const rows = form.values.categories;
  return (
    <ModalForm
      opened
      onClose={onClose}
      title={set ? t("categorySets.editTitle", { name: set.name }) : t("categorySets.new")}
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
    >
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          label={t("common.code")}
          required
          style={{ flex: "0 1 160px" }}
          {...form.getInputProps("code")}
        />
        <TextInput
          label={t("common.name")}
          required
          style={{ flex: "2 1 240px" }}
          {...form.getInputProps("name")}
        />
      </Group>
      <DescriptionField {...form.getInputProps("description")} />
      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Title order={2} size="h5" component="legend">
          {t("categorySets.categories")}
        </Title>
        {rows.map((_, index) => (
          // Rows have no identity until saved; their place is their key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label={t("categorySets.categoryCode", { index: index + 1 })}
              required
              style={{ flex: "1 1 120px" }}
              {...form.getInputProps(`categories.${index}.code`)}
            />
            <TextInput
              label={t("categorySets.categoryName", { index: index + 1 })}
              required
              style={{ flex: "2 1 200px" }}
              {...form.getInputProps(`categories.${index}.name`)}
            />
            <Group gap={0} mt={28} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                size="lg"
                disabled={index === 0}
                aria-label={t("categorySets.moveUp", { index: index + 1 })}
                onClick={() => form.reorderListItem("categories", { from: index, to: index - 1 })}
              >
                <ArrowUpIcon />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                size="lg"
                disabled={index === rows.length - 1}
                aria-label={t("categorySets.moveDown", { index: index + 1 })}
                onClick={() => form.reorderListItem("categories", { from: index, to: index + 1 })}
              >
                <ArrowDownIcon />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t("categorySets.removeCategory", { index: index + 1 })}
                onClick={() => form.removeListItem("categories", index)}
              >
                <TrashIcon />
              </ActionIcon>
            </Group>
          </Group>
        ))}
        {typeof form.errors.categories === "string" && (
          <Text c="red" size="sm" role="alert">
            {form.errors.categories}
          </Text>
        )}
        <Group>
          <Button variant="light" onClick={() => form.insertListItem("categories", { code: "", name: "" })}>
            {t("categorySets.addCategory")}
          </Button>
        </Group>
      </Stack>
    </ModalForm>
  );
}
