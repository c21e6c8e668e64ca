/**
 * Rows of the file that are likely one person (one name, an organisation missing or unknown on one
 * of them): the user says "same person" (the rows are merged) or "two people". Each answer is saved
 * at once and the preview is made again.
 */
import { Paper, Radio, Stack, Text, Title } from "@mantine/core";
import type { ImportPreview, InFileDuplicate } from "../../../../common/schemas/imports.js";
import { useChangeImport } from "../../api/imports.js";
import { notifyError } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

export function DuplicatesSection({
  preview,
  onPreview,
  showErrors,
}: {
  preview: ImportPreview;
  onPreview: (preview: ImportPreview) => void;
  showErrors: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const change = useChangeImport(preview.import.id);
  const decide = async (duplicate: InFileDuplicate, same: boolean) => {
    try {
      onPreview(await change.mutateAsync({ duplicates: [{ rowNumber: duplicate.rowNumber, same }] }));
    } catch (error) {
      notifyError(error, t);
    }
  };
  const who = (name: string, organisation: string | null) =>
    organisation
      ? t("imports.duplicates.nameAt", { name, organisation })
      : t("imports.duplicates.nameOnly", { name });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-duplicates-heading">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="import-duplicates-heading">
            {t("imports.duplicates.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("imports.duplicates.hint")}
          </Text>
        </div>
        {preview.duplicates.map((duplicate) => (
          <div key={duplicate.rowNumber} id={`duplicate-${duplicate.rowNumber}`} tabIndex={-1}>
            <Radio.Group
              label={t("imports.duplicates.rows", {
                row: format.number(duplicate.rowNumber),
                of: format.number(duplicate.ofRowNumber),
              })}
              description={`${who(duplicate.ofName, duplicate.ofOrganisation)} · ${who(duplicate.name, duplicate.organisation)}`}
              value={duplicate.decision}
              onChange={(value) => void decide(duplicate, value === "same")}
              error={showErrors && duplicate.decision === null ? t("imports.duplicates.choose") : undefined}
              required
            >
              <Stack gap={6} mt={6}>
                <Radio value="same" label={t("imports.duplicates.same")} disabled={change.isPending} />
                <Radio
                  value="different"
                  label={t("imports.duplicates.different")}
                  disabled={change.isPending}
                />
              </Stack>
            </Radio.Group>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
