import {
  Anchor,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { EvidenceFile, EvidenceLimits } from "../../../../common/schemas/evidence.js";
import type { SubmissionForm } from "../../../../common/schemas/submissions.js";
import { evidenceFileUrl, useDeleteEvidence, useEvidence, useUploadEvidence } from "../../api/evidence.js";
import { DeleteButton } from "../../components/EditDeleteActions.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { SimpleTable } from "../../components/list/SimpleTable.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import type { Translate } from "../../i18n/useT.js";
import { useT } from "../../i18n/useT.js";

/** "2,4 MB", "830 KB": sizes as people read them, in the locale's number format. */
export function useFileSize() {
  const format = useFormat();
  return (bytes: number) => {
    if (bytes >= 1024 * 1024) return `${format.number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
    return `${format.number(Math.max(1, Math.round(bytes / 1024)))} KB`;
  };
}

/** What is wrong with a chosen file before it is sent, in the reader's language; null when fine. */
export function checkChosenFile(file: File, limits: EvidenceLimits, t: Translate): string | null {
  const extension = file.name.includes(".") ? (file.name.split(".").at(-1) ?? "").toLowerCase() : "";
  if (!limits.extensions.includes(extension))
    return t("evidence.wrongKind", { kinds: limits.extensions.join(", ") });
  if (file.size === 0) return t("evidence.empty");
  if (file.size > limits.maxBytes) return t("evidence.tooLarge", { max: limits.maxBytes / 1024 / 1024 });
  return null;
}

/** What a file is evidence for: the whole report, one of its indicators, or one of its actions. */
function linkOptions(form: SubmissionForm, t: Translate) {
  return [
    { value: "", label: t("evidence.wholeReport") },
    ...form.indicators.map((i) => ({ value: `indicator:${i.id}`, label: `${i.code} ${i.name}` })),
    ...form.actions.map((a) => ({ value: `action:${a.frameworkNodeId}`, label: `${a.code} ${a.title}` })),
  ];
}

function linkLabel(item: EvidenceFile, form: SubmissionForm, t: Translate) {
  if (item.indicatorId) {
    const indicator = form.indicators.find((i) => i.id === item.indicatorId);
    return indicator ? `${indicator.code} ${indicator.name}` : t("evidence.wholeReport");
  }
  if (item.frameworkNodeId) {
    const action = form.actions.find((a) => a.frameworkNodeId === item.frameworkNodeId);
    return action ? `${action.code} ${action.title}` : t("evidence.wholeReport");
  }
  return t("evidence.wholeReport");
}

/** The files that back a report up: listed for every reader, added and removed while it can be edited. */
export function EvidenceSection({ form, editable }: { form: SubmissionForm; editable: boolean }) {
  const t = useT();
  const format = useFormat();
  const size = useFileSize();
  const query = useEvidence(form.submission.id);
  const remove = useDeleteEvidence();

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="evidence-heading">
      <Title order={2} size="h4" id="evidence-heading" mb="xs">
        {t("evidence.title")}
      </Title>
      {query.error && <LoadFailure error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <Stack gap="md">
          <SimpleTable
            isEmpty={query.data.items.length === 0}
            empty={t("evidence.none")}
            minWidth={640}
            head={
              <>
                <Table.Th scope="col">{t("evidence.file")}</Table.Th>
                <Table.Th scope="col">{t("evidence.for")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("evidence.size")}
                </Table.Th>
                <Table.Th scope="col">{t("evidence.added")}</Table.Th>
                {editable && (
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t("common.actions")}</span>
                  </Table.Th>
                )}
              </>
            }
          >
            {query.data.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Anchor href={evidenceFileUrl(item.id)} download={item.fileName} size="sm">
                    {item.fileName}
                  </Anchor>
                  {item.description && (
                    <Text size="xs" c="dimmed">
                      {item.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{linkLabel(item, form, t)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {size(item.sizeBytes)}
                </Table.Td>
                <Table.Td>
                  {item.uploadedByName ?? t("submission.unknownAuthor")} · {format.dateTime(item.createdAt)}
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <DeleteButton
                      label={t("evidence.delete", { name: item.fileName })}
                      title={t("evidence.deleteTitle")}
                      body={t("evidence.deleteBody", { name: item.fileName })}
                      onDelete={() => remove.mutateAsync(item.id)}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </SimpleTable>
          {editable && <UploadForm form={form} limits={query.data.limits} count={query.data.items.length} />}
        </Stack>
      )}
    </Paper>
  );
}

function UploadForm({
  form,
  limits,
  count,
}: {
  form: SubmissionForm;
  limits: EvidenceLimits;
  count: number;
}) {
  const t = useT();
  const upload = useUploadEvidence(form.submission.id);
  const [file, setFile] = useState<File | null>(null);
  const [link, setLink] = useState("");
  const [description, setDescription] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const full = count >= limits.maxFiles;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setFileError(chosen ? checkChosenFile(chosen, limits, t) : null);
  };

  const onUpload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setFileError(t("evidence.chooseFile"));
      return;
    }
    const problem = checkChosenFile(file, limits, t);
    if (problem) {
      setFileError(problem);
      return;
    }
    const [kind, id] = link.split(":");
    try {
      await upload.mutateAsync({
        file,
        indicatorId: kind === "indicator" ? id : undefined,
        frameworkNodeId: kind === "action" ? id : undefined,
        description: description.trim() || undefined,
      });
      notifySuccess(t("evidence.uploaded", { name: file.name }));
      setFile(null);
      setDescription("");
    } catch (error) {
      notifyError(error, t);
    }
  };

  return (
    <form onSubmit={onUpload} aria-labelledby="evidence-upload-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="evidence-upload-heading">
          {t("evidence.add")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("evidence.limits", {
            kinds: limits.extensions.join(", "),
            max: limits.maxBytes / 1024 / 1024,
            files: limits.maxFiles,
          })}
        </Text>
        {full ? (
          <Text size="sm" c="orange">
            {t("evidence.full", { files: limits.maxFiles })}
          </Text>
        ) : (
          <>
            <Group grow align="flex-start" wrap="wrap">
              <FileInput
                label={t("evidence.file")}
                placeholder={t("evidence.chooseFile")}
                value={file}
                onChange={choose}
                accept={limits.extensions.map((extension) => `.${extension}`).join(",")}
                error={fileError}
                clearable
                required
              />
              <NativeSelect
                label={t("evidence.for")}
                data={linkOptions(form, t)}
                value={link}
                onChange={(event) => setLink(event.currentTarget.value)}
              />
            </Group>
            <TextInput
              label={t("evidence.description")}
              maxLength={500}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
            />
            <Group>
              <Button type="submit" loading={upload.isPending} disabled={Boolean(fileError)}>
                {t("evidence.upload")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
