import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { type CurriculumDetail, CurriculumInput } from "../../../../common/schemas/training.js";
import { isApiError } from "../../api/client.js";
import { useCreateCurriculum, useCurriculum, useReplaceCurriculum } from "../../api/training.js";
import { FormPage } from "../../components/forms/FormPage.js";
import { DescriptionField } from "../../components/forms/fields.js";
import { numberOrNull, orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from "../../components/icons.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { notifySuccess } from "../../components/notify.js";
import { useT } from "../../i18n/useT.js";

export function CurriculumFormPage({ id }: { id?: string }) {
  const query = useCurriculum(id);
  if (!id) return <CurriculumForm />;
  if (!query.data) return <RecordPending query={query} />;
  return <CurriculumForm curriculum={query.data} />;
}

interface ModuleRow {
  /** The React key: the module's id once saved, a made-up one before. */
  key: string;
  /** The stored module's id: sent back so that the module (and its test scores) stays the same. */
  id: string | undefined;
  title: string;
  description: string;
  durationMinutes: number | string;
}

/** A curriculum's title and description, and its ordered modules (added, removed, moved, edited). */
function CurriculumForm({ curriculum }: { curriculum?: CurriculumDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateCurriculum();
  const replace = useReplaceCurriculum();
  const nextKey = useRef(0);
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      title: curriculum?.title ?? "",
      description: curriculum?.description ?? "",
      modules: (curriculum?.modules.map((m) => ({
        key: m.id,
        id: m.id,
        title: m.title,
        description: m.description ?? "",
        durationMinutes: m.durationMinutes ?? "",
      })) ?? []) as ModuleRow[],
    },
    schema: CurriculumInput,
    toInput: (values) => ({
      title: values.title,
      description: orNull(values.description),
      modules: values.modules.map((m) => ({
        ...(m.id ? { id: m.id } : {}),
        title: m.title,
        description: orNull(m.description),
        durationMinutes: numberOrNull(m.durationMinutes),
      })),
    }),
  });

  const onSubmit = handleSubmit(async (input) => {
    const saved = curriculum
      ? await replace.mutateAsync({ id: curriculum.id, input })
      : await create.mutateAsync(input);
    notifySuccess(curriculum ? t("common.saved") : t("common.created"));
    await navigate({ to: "/curricula/$curriculumId", params: { curriculumId: saved.id } });
  });

  const rows = form.values.modules;
  const keptIds = new Set(rows.flatMap((m) => (m.id ? [m.id] : [])));
  const removed = curriculum?.modules.filter((m) => !keptIds.has(m.id)) ?? [];
  // 409: a removed module already has test scores in a training; say so in words, not as a code.
  const scoredRemoved = isApiError(submitError) && submitError.status === 409;
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Save sits under the modules: bring the explanation (at the top of the form) into view.
    if (scoredRemoved) conflictRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [scoredRemoved]);

  const addModule = () => {
    nextKey.current += 1;
    form.insertListItem("modules", {
      key: `new-${nextKey.current}`,
      id: undefined,
      title: "",
      description: "",
      durationMinutes: "",
    } satisfies ModuleRow);
  };
  const putBack = () => {
    for (const m of removed) {
      form.insertListItem("modules", {
        key: m.id,
        id: m.id,
        title: m.title,
        description: m.description ?? "",
        durationMinutes: m.durationMinutes ?? "",
      } satisfies ModuleRow);
    }
  };

  return (
    <FormPage
      title={curriculum ? t("curricula.editTitle") : t("curricula.new")}
      back={
        curriculum
          ? {
              to: "/curricula/$curriculumId",
              params: { curriculumId: curriculum.id },
              label: curriculum.title,
            }
          : { to: "/curricula", label: t("curricula.title") }
      }
      onSubmit={onSubmit}
      submitError={scoredRemoved ? null : submitError}
      submitting={form.submitting}
      maw={900}
    >
      {scoredRemoved && (
        <Alert
          ref={conflictRef}
          color="red"
          variant="light"
          title={t("curricula.scoredModuleTitle")}
          role="alert"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("curricula.scoredModuleBody")}</Text>
            {removed.length > 0 && (
              <>
                <Text size="sm">
                  {t("curricula.removedModules", { items: removed.map((m) => m.title).join(", ") })}
                </Text>
                <Button size="xs" variant="default" onClick={putBack}>
                  {t("curricula.putBack")}
                </Button>
              </>
            )}
          </Stack>
        </Alert>
      )}
      <TextInput label={t("common.title")} required {...form.getInputProps("title")} />
      <DescriptionField {...form.getInputProps("description")} />
      <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Title order={2} size="h5" component="legend" mb="xs">
          {t("curricula.modules")}
        </Title>
        {rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("curricula.noModules")}
          </Text>
        )}
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <Paper
              key={row.key}
              withBorder
              p="sm"
              component="fieldset"
              aria-label={t("curricula.moduleNumber", { index: number })}
              style={{ margin: 0, minWidth: 0 }}
            >
              <Group justify="space-between" mb="xs" wrap="nowrap">
                <Text fw={600} size="sm" aria-hidden>
                  {t("curricula.moduleNumber", { index: number })}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t("curricula.moveUp", { index: number })}
                    disabled={index === 0}
                    onClick={() => form.reorderListItem("modules", { from: index, to: index - 1 })}
                  >
                    <ArrowUpIcon />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t("curricula.moveDown", { index: number })}
                    disabled={index === rows.length - 1}
                    onClick={() => form.reorderListItem("modules", { from: index, to: index + 1 })}
                  >
                    <ArrowDownIcon />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t("curricula.removeModule", { index: number })}
                    onClick={() => form.removeListItem("modules", index)}
                  >
                    <TrashIcon />
                  </ActionIcon>
                </Group>
              </Group>
              <Stack gap="xs">
                <Group align="flex-start" gap="xs" wrap="wrap">
                  <TextInput
                    label={t("curricula.moduleTitle")}
                    required
                    style={{ flex: "3 1 300px" }}
                    {...form.getInputProps(`modules.${index}.title`)}
                  />
                  <NumberInput
                    label={t("curricula.durationMinutes")}
                    min={1}
                    max={100_000}
                    allowDecimal={false}
                    allowNegative={false}
                    style={{ flex: "0 1 180px" }}
                    {...form.getInputProps(`modules.${index}.durationMinutes`)}
                  />
                </Group>
                <Textarea
                  label={t("curricula.moduleDescription")}
                  autosize
                  minRows={2}
                  maxRows={8}
                  {...form.getInputProps(`modules.${index}.description`)}
                />
              </Stack>
            </Paper>
          );
        })}
        {typeof form.errors.modules === "string" && (
          <Text c="red" size="sm" role="alert">
            {form.errors.modules}
          </Text>
        )}
        <Group>
          <Button variant="light" size="xs" onClick={addModule}>
            {t("curricula.addModule")}
          </Button>
        </Group>
      </Stack>
    </FormPage>
  );
}
