import { Alert, Anchor, Button, FileInput, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { FieldError } from "../../../../common/errors.js";
import type { SubmissionForm } from "../../../../common/schemas/submissions.js";
import { isApiError } from "../../api/client.js";
import {
  type TemplateImportResult,
  templateUrl,
  useCheckTemplate,
  useUploadTemplate,
} from "../../api/templates.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import type { Translate } from "../../i18n/useT.js";
import { useT } from "../../i18n/useT.js";

const rowFields = ["value", "textValue", "indicatorId", "categoryKey"] as const;

/** A row error of an upload (`rows.<row>.<field>`) in the reader's language. */
function rowErrorText({ path }: FieldError, t: Translate): string {
  const [head, row, field] = path.split(".");
  if (head !== "rows") return t("templates.notTemplate");
  const known = rowFields.find((f) => f === field);
  const key: MessageKey = known ? `templates.rowError.${known}` : "templates.rowError.other";
  return t(key, { index: Number(row) });
}

/** The errors of an upload, one line per row, or null when the error is of another kind. */
function rowErrors(error: unknown, t: Translate): string[] | null {
  if (!isApiError(error) || error.code !== "VALIDATION" || error.details.length === 0) return null;
  const rowOf = (e: FieldError) => Number(e.path.split(".")[1] ?? 0);
  return [...new Set([...error.details].sort((a, b) => rowOf(a) - rowOf(b)).map((e) => rowErrorText(e, t)))];
}

/**
 * "Work in Excel": the template of the report to download, and the filled template to upload; the
 * upload is checked first (a dry run) and saved once the user confirms how many values change.
 */
export function TemplateSection({ form }: { form: SubmissionForm }) {
  const t = useT();
  const id = form.submission.id;
  const check = useCheckTemplate(id);
  const save = useUploadTemplate(id);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<TemplateImportResult | null>(null);
  const [errors, setErrors] = useState<string[] | null>(null);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setErrors(null);
  };

  /** Shows row errors in place; anything else as a notification. */
  const report = (error: unknown) => {
    const rows = rowErrors(error, t);
    if (rows) setErrors(rows);
    else notifyError(error, t);
  };

  const onCheck = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    setErrors(null);
    try {
      setPreview(await check.mutateAsync(file));
    } catch (error) {
      report(error);
    }
  };

  const onSave = async () => {
    if (!file) return;
    try {
      const result = await save.mutateAsync(file);
      notifySuccess(t("templates.saved", { count: result.changes.length }));
      choose(null);
    } catch (error) {
      setPreview(null);
      report(error);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="template-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="template-heading">
          {t("templates.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("templates.intro")}
        </Text>
        <div>
          <Anchor href={templateUrl(id)} download size="sm">
            {t("templates.download")}
          </Anchor>
        </div>
        <form onSubmit={onCheck}>
          <Group align="flex-end" wrap="wrap">
            <FileInput
              label={t("templates.upload")}
              placeholder={t("templates.chooseFile")}
              accept=".xlsx"
              value={file}
              onChange={choose}
              clearable
              style={{ minWidth: 260 }}
            />
            <Button type="submit" variant="light" loading={check.isPending} disabled={!file}>
              {t("templates.check")}
            </Button>
          </Group>
        </form>
        {errors && (
          <Alert color="red" variant="light" title={t("templates.errors")}>
            <List size="sm">
              {errors.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {preview && (
          <Alert color="blue" variant="light" aria-live="polite">
            <Stack gap="xs">
              <Text size="sm">
                {preview.changes.length === 0
                  ? t("templates.noChanges")
                  : t("templates.changes", { count: preview.changes.length })}
              </Text>
              <Group>
                {preview.changes.length > 0 && (
                  <Button size="xs" onClick={onSave} loading={save.isPending}>
                    {t("templates.confirm")}
                  </Button>
                )}
                <Button size="xs" variant="default" onClick={() => choose(null)}>
                  {t("templates.cancel")}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
