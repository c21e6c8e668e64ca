import { Group, Textarea, type TextareaProps } from "@mantine/core";
import type { useForm } from "@mantine/form";
import { useT } from "../../i18n/useT.js";
import { DateField } from "./DateField.js";

type FieldProps = Omit<TextareaProps, "label">;
/** What `form.getInputProps(path)` gives an input. */
export type InputProps = ReturnType<ReturnType<typeof useForm>["getInputProps"]>;

/** A record's free-text description. */
export function DescriptionField(props: FieldProps) {
  const t = useT();
  return <Textarea label={t("common.description")} autosize minRows={3} {...props} />;
}

/** Where a record's figures come from (a document, a report). */
export function SourceField(props: FieldProps) {
  const t = useT();
  return <Textarea label={t("common.source")} autosize minRows={2} {...props} />;
}

interface PeriodFieldsProps {
  start: InputProps;
  end: InputProps;
  /** The end date may be left empty (a one-day event ends when it starts). */
  optionalEnd?: boolean;
}

/** Start and end dates side by side. */
export function PeriodFields({ start, end, optionalEnd }: PeriodFieldsProps) {
  const t = useT();
  return (
    <Group grow align="flex-start" wrap="wrap">
      <DateField label={t("common.startsOn")} required {...start} />
      {optionalEnd ? (
        <DateField label={t("common.endsOn")} clearable {...end} />
      ) : (
        <DateField label={t("common.endsOn")} required {...end} />
      )}
    </Group>
  );
}
