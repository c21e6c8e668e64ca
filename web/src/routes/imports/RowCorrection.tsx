/**
 * A row of the file corrected in the preview: every mapped field of the row as an input, the sex
 * as a choice; only the fields the user changed are sent, and the server checks the row again.
 */
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import type { ImportPreview } from "../../../../common/schemas/imports.js";
import { useChangeImport } from "../../api/imports.js";
import { notifyError } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { displayValue, fieldLabel } from "./import-text.js";

/** What a sex cell is corrected to: the letters every list uses. */
const sexCell = { female: "Ž", male: "M" } as const;

export function RowCorrection({
  preview,
  rowNumber,
  onPreview,
  onClose,
}: {
  preview: ImportPreview;
  rowNumber: number;
  onPreview: (preview: ImportPreview) => void;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const change = useChangeImport(preview.import.id);
  const row = preview.rows.find((candidate) => candidate.rowNumber === rowNumber);
  const fields = preview.mapping.flatMap((column) => (column.field ? [column.field] : []));
  const initial = Object.fromEntries(
    fields.map((field) => {
      const value = row?.values[field] ?? null;
      if (field === "sex")
        return [field, value === "female" || value === "male" ? sexCell[value] : (value ?? "")];
      return [field, displayValue(field, value, t)];
    }),
  );
  const [values, setValues] = useState<Record<string, string>>(initial);
  const changed = fields.filter((field) => values[field] !== initial[field]);

  const save = async () => {
    try {
      const next = await change.mutateAsync({
        cells: changed.map((field) => ({ rowNumber, field, value: values[field] || null })),
      });
      onPreview(next);
      onClose();
    } catch (error) {
      notifyError(error, t);
    }
  };

  return (
    <Stack
      gap="sm"
      component="form"
      aria-label={t("imports.correct.title", { row: format.number(rowNumber) })}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {fields.map((field) =>
          field === "sex" ? (
            <Select
              key={field}
              label={fieldLabel(field, t)}
              data={[
                { value: sexCell.female, label: t("imports.correct.female") },
                { value: sexCell.male, label: t("imports.correct.male") },
              ]}
              value={
                values[field] === sexCell.female || values[field] === sexCell.male ? values[field] : null
              }
              onChange={(value) => setValues((current) => ({ ...current, [field]: value ?? "" }))}
              allowDeselect={false}
            />
          ) : (
            <TextInput
              key={field}
              label={fieldLabel(field, t)}
              value={values[field] ?? ""}
              onChange={(event) => {
                const { value } = event.currentTarget;
                setValues((current) => ({ ...current, [field]: value }));
              }}
            />
          ),
        )}
      </SimpleGrid>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" loading={change.isPending} disabled={changed.length === 0}>
          {t("imports.correct.save")}
        </Button>
      </Group>
    </Stack>
  );
}
