import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useMemo, useRef, useState } from "react";
import type { ColumnMapping, ImportField, ImportPreview } from "../../../../common/schemas/imports.js";
import { useUpdateMapping } from "../../api/imports.js";
import { type DetailItem, DetailList } from "../../components/DetailList.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { useFormat } from "../../i18n/format.js";
import { type Translate, useT } from "../../i18n/useT.js";
import { useFileSize } from "../submissions/EvidenceSection.js";
import {
  delimiterLabel,
  displayValue,
  encodingLabel,
  fieldLabel,
  sourceColor,
  sourceLabel,
} from "./import-text.js";
import { ScoreMaximumField } from "./ScoreMaximumField.js";

type Draft = Record<number, ImportField | null>;

/** The header as shown: the file's own text, or "Column 3" when the cell was empty. */
export const columnName = (column: Pick<ColumnMapping, "column" | "header">, t: Translate) =>
  column.header.trim() || t("imports.columns.unnamed", { index: column.column + 1 });

/** Up to three distinct values the column gives, as they will be written. */
function samples(preview: ImportPreview, field: string | null, t: Translate): string[] {
  if (!field) return [];
  const seen = new Set<string>();
  for (const row of preview.rows) {
    const value = displayValue(field, row.values[field] ?? null, t);
    if (value) seen.add(value);
    if (seen.size >= 3) break;
  }
  return [...seen];
}

interface ColumnsStepProps {
  preview: ImportPreview;
  onPreview: (preview: ImportPreview) => void;
  /** Reads another sheet of the workbook (the file is sent again with the sheet named). */
  onSheet: (sheet: string) => void;
  sheetPending: boolean;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: how the file was read, and which field each column fills (corrections are saved as made). */
export function ColumnsStep({ preview, onPreview, onSheet, sheetPending, onBack, onNext }: ColumnsStepProps) {
  const t = useT();
  const format = useFormat();
  const size = useFileSize();
  const update = useUpdateMapping(preview.import.id);
  const [draft, setDraft] = useState<Draft>({});
  const version = useRef(0);
  const continueAfterSave = useRef(false);

  const save = useDebouncedCallback(async (next: Draft, at: number) => {
    try {
      const answer = await update.mutateAsync({
        mapping: preview.mapping.map((column) => ({
          column: column.column,
          field: column.column in next ? (next[column.column] ?? null) : column.field,
        })),
      });
      onPreview(answer);
      // A later change is still on its way: keep showing it.
      if (version.current === at) {
        setDraft({});
        if (continueAfterSave.current) onNext();
      }
    } catch {
      continueAfterSave.current = false;
      // Shown above the table; the draft stays so that the choice is not lost.
    }
  }, 500);

  const choose = (column: number, value: string) => {
    const next = { ...draft, [column]: value ? (value as ImportField) : null };
    version.current += 1;
    setDraft(next);
    save(next, version.current);
  };

  const fieldOf = (column: ColumnMapping) => (column.column in draft ? draft[column.column] : column.field);
  const options = useMemo(
    () => [
      { value: "", label: t("imports.columns.ignore") },
      ...preview.fields.map((field) => ({ value: field, label: fieldLabel(field, t) })),
    ],
    [preview.fields, t],
  );
  const twice = useMemo(() => {
    const counts = new Map<string, number>();
    for (const column of preview.mapping) {
      const field = column.column in draft ? draft[column.column] : column.field;
      if (field) counts.set(field, (counts.get(field) ?? 0) + 1);
    }
    return [...counts].filter(([, count]) => count > 1).map(([field]) => fieldLabel(field, t));
  }, [preview.mapping, draft, t]);
  const unsaved = Object.keys(draft).length > 0;
  const saving = update.isPending || (unsaved && !update.isError);

  const readItems: DetailItem[] = [
    {
      label: t("imports.read.file"),
      value: `${preview.import.fileName} (${size(preview.import.sizeBytes)})`,
    },
  ];
  const encoding = encodingLabel(preview.encoding, t);
  if (encoding) readItems.push({ label: t("imports.read.encoding"), value: encoding });
  const delimiter = delimiterLabel(preview.delimiter, t);
  if (delimiter) readItems.push({ label: t("imports.read.delimiter"), value: delimiter });
  if (preview.sheetNames.length > 1) {
    readItems.push({
      label: t("imports.read.sheet"),
      value: (
        <NativeSelect
          aria-label={t("imports.read.sheet")}
          data={preview.sheetNames}
          value={preview.sheetName ?? preview.sheetNames[0] ?? ""}
          onChange={(event) => onSheet(event.currentTarget.value)}
          disabled={sheetPending}
          size="xs"
          style={{ maxWidth: 280 }}
        />
      ),
    });
  } else if (preview.sheetName) {
    readItems.push({ label: t("imports.read.sheet"), value: preview.sheetName });
  }
  readItems.push({
    label: t("imports.read.headerRow"),
    value: t("imports.read.headerRowValue", { index: format.number(preview.headerRow) }),
  });
  readItems.push({ label: t("imports.count.rows"), value: format.number(preview.import.counts.rows) });

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="import-read-heading">
        <Title order={2} size="h4" id="import-read-heading" mb="xs">
          {t("imports.read.title")}
        </Title>
        <DetailList items={readItems} />
        {sheetPending && (
          <Text size="sm" c="dimmed" mt="xs" aria-live="polite">
            {t("imports.read.readingSheet")}
          </Text>
        )}
        {preview.notices.includes("noRows") && (
          <Alert color="orange" variant="light" role="status" mt="sm">
            {preview.sheetName
              ? t("imports.notice.noRowsSheet", { sheet: preview.sheetName })
              : t("imports.notice.noRows")}
          </Alert>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="import-columns-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="import-columns-heading">
            {t("imports.step.columns")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("imports.columns.hint")}
          </Text>
          {update.error && <ErrorAlert error={update.error} />}
          {twice.length > 0 && (
            <Alert color="orange" variant="light" role="status">
              {t("imports.columns.twice", { items: twice.join(", ") })}
            </Alert>
          )}
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="xs" fz="sm">
              <Table.Caption className="visually-hidden">{t("imports.columns.caption")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("imports.columns.header")}</Table.Th>
                  <Table.Th scope="col">{t("imports.columns.field")}</Table.Th>
                  <Table.Th scope="col">{t("imports.columns.source")}</Table.Th>
                  <Table.Th scope="col">{t("imports.columns.samples")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.mapping.map((column) => {
                  const name = columnName(column, t);
                  const field = fieldOf(column);
                  const changed = column.column in draft;
                  const values = samples(preview, changed ? null : column.field, t);
                  return (
                    <Table.Tr key={column.column}>
                      <Table.Th scope="row" fw={600}>
                        {name}
                      </Table.Th>
                      <Table.Td>
                        <NativeSelect
                          aria-label={t("imports.columns.fieldFor", { name })}
                          data={options}
                          value={field ?? ""}
                          onChange={(event) => choose(column.column, event.currentTarget.value)}
                          size="xs"
                          style={{ minWidth: 200 }}
                        />
                      </Table.Td>
                      <Table.Td>
                        {changed ? (
                          <Badge variant="light" color="gray">
                            {t("imports.columns.saving")}
                          </Badge>
                        ) : (
                          <Badge variant="light" color={sourceColor[column.source] ?? "gray"}>
                            {sourceLabel(column.source, t)}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {values.length > 0 ? (
                          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                            {values.join(" · ")}
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {field ? "…" : t("imports.columns.ignored")}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" c="dimmed" aria-live="polite">
            {saving ? t("imports.columns.savingAll") : ""}
          </Text>
          <ScoreMaximumField preview={preview} onPreview={onPreview} />
          <Group justify="space-between">
            <Button variant="default" onClick={onBack}>
              {t("imports.columns.back")}
            </Button>
            <Button
              onClick={() => {
                if (!unsaved) return onNext();
                continueAfterSave.current = true;
                if (!update.isPending) {
                  save(draft, version.current);
                  save.flush();
                }
              }}
              loading={update.isPending}
            >
              {t("imports.columns.next")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
