import { Alert, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import type { ImportProgress } from "../../../../common/schemas/imports.js";
import { commitErrorOf, type ImportRecord, useImportStatus } from "../../api/imports.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

/**
 * How much of the work is done, 0–100: reading is quick (the table is kept), matching and writing
 * share the rest by how far each has come.
 */
export function progressPercent(progress: ImportProgress): number {
  const share = (done: number, total: number) => (total > 0 ? Math.min(1, done / total) : 0);
  if (progress.step === "reading") return 5 * share(progress.read, progress.rows);
  if (progress.step === "matching") return 5 + 45 * share(progress.matched, progress.records);
  return 50 + 50 * share(progress.written, progress.toWrite);
}

/** A commit being written: the step, a bar, the counts so far, and that the page may be left. */
export function CommitProgressPanel({ progress }: { progress: ImportProgress }) {
  const t = useT();
  const format = useFormat();
  const percent = Math.round(progressPercent(progress));
  const line = (key: "read" | "matched" | "written", done: number, total: number) =>
    t(`imports.progress.${key}`, { done: format.number(done), total: format.number(total) });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-progress-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="import-progress-heading">
          {t("imports.progress.title")}
        </Title>
        <Text size="sm" fw={500}>
          {t(`imports.progress.step.${progress.step}`)}
        </Text>
        <Progress
          value={percent}
          size="lg"
          animated
          aria-label={t("imports.progress.title")}
          aria-valuetext={`${format.number(percent)} % · ${t(`imports.progress.step.${progress.step}`)}`}
        />
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {line("read", progress.read, progress.rows)}
          {progress.records > 0 && ` · ${line("matched", progress.matched, progress.records)}`}
          {progress.toWrite > 0 && ` · ${line("written", progress.written, progress.toWrite)}`}
        </Text>
        <Text size="sm">{t("imports.progress.leave")}</Text>
      </Stack>
    </Paper>
  );
}

/** Why the last commit failed, when it failed after its request was answered. */
export function CommitFailure({ record }: { record: ImportRecord }) {
  const t = useT();
  const error = commitErrorOf(record);
  if (!error || record.status !== "previewed") return null;
  return (
    <Alert color="red" variant="light" title={t("imports.progress.failed")}>
      <Stack gap="xs">
        <ErrorAlert error={error} withReasons />
        <Text size="sm">{t("imports.progress.failedHint")}</Text>
      </Stack>
    </Alert>
  );
}

/**
 * Follows a commit written in the background until it ends: committed (`onCommitted`) or not
 * (`onFailed` with the record, which holds the error).
 */
export function FollowCommit(props: {
  id: string;
  onCommitted: (record: ImportRecord) => void;
  onFailed: (record: ImportRecord) => void;
}) {
  const query = useImportStatus(props.id);
  const record = query.data;
  const ended = useRef(false);
  const { onCommitted, onFailed } = props;
  useEffect(() => {
    if (!record || record.status === "committing" || ended.current) return;
    ended.current = true;
    if (record.status === "committed") onCommitted(record);
    else onFailed(record);
  }, [record, onCommitted, onFailed]);
  return record?.progress ? <CommitProgressPanel progress={record.progress} /> : null;
}
