import { Button, FileInput, Group, Paper, Progress, Radio, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useMemo, useState } from "react";
import type { ImportKind, ImportPreview } from "../../../../common/schemas/imports.js";
import { useEvent, useEvents } from "../../api/events.js";
import { importExtensions, importMaxBytes, useUploadImport } from "../../api/imports.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { type Option, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { checkImportFile, kindLabel, wizardKinds } from "./import-text.js";

/** Events, newest first, named with their date so that two trainings of one title can be told apart. */
export function useEventOptions(query: string) {
  const format = useFormat();
  const result = useEvents({ q: query || undefined, pageSize: 50, sort: "startsOn", order: "desc" });
  const options = useMemo<Option[]>(
    () =>
      (result.data?.items ?? []).map((event) => ({
        value: event.id,
        label: `${event.title} (${format.dateRange(event.startsOn, event.endsOn)})`,
      })),
    [result.data, format],
  );
  return { options, isLoading: result.isFetching };
}

export const importLimits = { extensions: importExtensions, maxBytes: importMaxBytes };

interface UploadStepProps {
  kind: ImportKind;
  eventId: string | null;
  file: File | null;
  onKind: (kind: ImportKind) => void;
  onEvent: (eventId: string | null) => void;
  onFile: (file: File | null) => void;
  onUploaded: (preview: ImportPreview) => void;
}

/** Step 1: what the file holds (and for which event), the file itself, and the upload with progress. */
export function UploadStep({ kind, eventId, file, onKind, onEvent, onFile, onUploaded }: UploadStepProps) {
  const t = useT();
  const [progress, setProgress] = useState(0);
  const upload = useUploadImport(setProgress);
  const event = useEvent(eventId);
  const [fileError, setFileError] = useState<string | null>(null);
  const [eventError, setEventError] = useState<string | null>(null);

  const choose = (chosen: File | null) => {
    onFile(chosen);
    upload.reset();
    setFileError(chosen ? checkImportFile(chosen, importLimits, t) : null);
  };

  const onSubmit = async (submitEvent: FormEvent<HTMLFormElement>) => {
    submitEvent.preventDefault();
    const needsEvent = kind === "attendance" && !eventId;
    setEventError(needsEvent ? t("imports.upload.eventRequired") : null);
    const problem = file ? checkImportFile(file, importLimits, t) : t("imports.upload.chooseFile");
    setFileError(problem);
    if (needsEvent || problem || !file) return;
    setProgress(0);
    try {
      const preview = await upload.mutateAsync({
        kind,
        eventId: kind === "attendance" ? (eventId ?? undefined) : undefined,
        file,
      });
      onUploaded(preview);
    } catch {
      // Shown under the form.
    }
  };

  const percent = Math.round(progress * 100);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-file-heading">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="import-file-heading">
            {t("imports.step.file")}
          </Title>
          <Radio.Group
            label={t("imports.upload.kind")}
            value={kind}
            onChange={(value) => onKind(value as ImportKind)}
            required
          >
            <Group gap="lg" mt={6}>
              {wizardKinds.map((value) => (
                <Radio key={value} value={value} label={kindLabel(value, t)} />
              ))}
            </Group>
          </Radio.Group>
          {kind === "attendance" && (
            <div style={{ maxWidth: 560 }}>
              <SearchSelect
                label={t("imports.upload.event")}
                description={t("imports.upload.eventHint")}
                value={eventId}
                onChange={(value) => {
                  onEvent(value);
                  if (value) setEventError(null);
                }}
                useOptions={useEventOptions}
                knownOptions={event.data ? [{ value: event.data.id, label: event.data.title }] : []}
                error={eventError}
                required
              />
            </div>
          )}
          <FileInput
            label={t("imports.upload.file")}
            description={t("imports.upload.limits", {
              kinds: importExtensions.map((extension) => `.${extension}`).join(", "),
              max: importMaxBytes / 1024 / 1024,
            })}
            placeholder={t("imports.upload.chooseFile")}
            value={file}
            onChange={choose}
            accept={importExtensions.map((extension) => `.${extension}`).join(",")}
            error={fileError}
            clearable
            required
            style={{ maxWidth: 560 }}
          />
          {upload.isPending && (
            <Stack gap={4} style={{ maxWidth: 560 }}>
              <Progress
                value={percent}
                animated={percent >= 100}
                aria-label={t("imports.upload.progress")}
                size="lg"
              />
              <Text size="sm" aria-live="polite">
                {percent < 100
                  ? t("imports.upload.sending", { value: `${percent}` })
                  : t("imports.upload.reading")}
              </Text>
            </Stack>
          )}
          {upload.error && <ErrorAlert error={upload.error} withReasons />}
          <Group>
            <Button type="submit" loading={upload.isPending} disabled={Boolean(fileError)}>
              {t("imports.upload.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
