import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { useForm } from "@mantine/form";
import { eventKinds } from "../../../../common/schemas/enums.js";
import { TrashIcon } from "../../components/icons.js";
import { useT } from "../../i18n/useT.js";

export interface TargetRow {
  eventKind: string;
  targetCount: number | string;
  label: string;
}

type Form = ReturnType<typeof useForm<{ outputTargets: TargetRow[]; [key: string]: unknown }>>;

/** Rows of kind + count + label: the events a project promises (e.g. 10 workshops). */
export function OutputTargetsEditor({ form }: { form: Form }) {
  const t = useT();
  const rows = form.values.outputTargets;
  const listError = form.errors.outputTargets;
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={2} size="h5" component="legend">
        {t("projects.outputTargets")}
      </Title>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("projects.noTargets")}
        </Text>
      )}
      {rows.map((_, index) => (
        // Rows have no identity of their own until saved; their place is their key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Group key={index} align="flex-start" gap="xs" wrap="wrap">
          <NativeSelect
            label={t("projects.targetKind")}
            data={[
              { value: "", label: t("common.choose") },
              ...eventKinds.map((value) => ({ value, label: t(`eventKind.${value}`) })),
            ]}
            style={{ flex: "1 1 200px" }}
            {...form.getInputProps(`outputTargets.${index}.eventKind`)}
          />
          <NumberInput
            label={t("projects.targetCount")}
            min={0}
            allowDecimal={false}
            style={{ flex: "0 0 120px" }}
            {...form.getInputProps(`outputTargets.${index}.targetCount`)}
          />
          <TextInput
            label={t("projects.targetLabel")}
            style={{ flex: "2 1 240px" }}
            {...form.getInputProps(`outputTargets.${index}.label`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            size="lg"
            aria-label={t("projects.removeTarget", { index: index + 1 })}
            onClick={() => form.removeListItem("outputTargets", index)}
          >
            <TrashIcon />
          </ActionIcon>
        </Group>
      ))}
      {listError && (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => form.insertListItem("outputTargets", { eventKind: "", targetCount: 1, label: "" })}
        >
          {t("projects.addTarget")}
        </Button>
      </Group>
    </Stack>
  );
}
