/**
 * The test's maximum, asked once when the file has pre/post scores but no maximum for them: the
 * form proposes one (the event's, else the highest score rounded up) and the scores are recorded
 * with the value the user confirms.
 */
import { Button, Group, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { ImportPreview } from "../../../../common/schemas/imports.js";
import { useChangeImport } from "../../api/imports.js";
import { notifyError } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

export function ScoreMaximumField({
  preview,
  onPreview,
  showError = false,
}: {
  preview: ImportPreview;
  onPreview: (preview: ImportPreview) => void;
  showError?: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const change = useChangeImport(preview.import.id);
  const question = preview.scoreMaximum;
  // Until the user types, the field follows the server's answer (the suggestion changes with the mapping).
  const [draft, setDraft] = useState<number | string | null>(null);
  if (!question) return null;
  const value = draft ?? question.value ?? question.suggested ?? "";
  const number = typeof value === "number" ? value : Number.NaN;
  const valid = Number.isFinite(number) && number > 0 && number < 100_000;
  const save = async () => {
    try {
      onPreview(await change.mutateAsync({ scoreMaximum: number }));
      setDraft(null);
    } catch (error) {
      notifyError(error, t);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-maximum-heading" id="import-maximum">
      <Stack gap="sm">
        <Title order={2} size="h4" id="import-maximum-heading">
          {t("imports.maximum.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {question.value === null
            ? t("imports.maximum.ask", { count: question.rows })
            : t("imports.maximum.given", { value: format.number(question.value) })}
        </Text>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t("imports.maximum.label")}
            description={
              question.suggested === null
                ? undefined
                : t("imports.maximum.suggested", { value: format.number(question.suggested) })
            }
            value={value}
            onChange={setDraft}
            min={0.01}
            max={99_999.99}
            decimalScale={2}
            decimalSeparator={format.decimalSeparator}
            error={
              (showError && question.value === null) || (value !== "" && !valid)
                ? t("imports.maximum.required")
                : undefined
            }
            w={200}
          />
          <Button
            onClick={() => void save()}
            disabled={!valid || number === question.value}
            loading={change.isPending}
          >
            {t("imports.maximum.save")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
