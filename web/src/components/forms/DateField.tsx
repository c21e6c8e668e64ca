import { DateInput } from "@mantine/dates";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { parseTypedDate } from "./dates.js";

interface DateFieldProps {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
  required?: boolean;
  clearable?: boolean;
  description?: string;
  onBlur?: () => void;
}

/** A date input showing the locale's format, with a calendar, holding "YYYY-MM-DD". */
export function DateField({
  label,
  value,
  onChange,
  error,
  required,
  clearable,
  description,
  onBlur,
}: DateFieldProps) {
  const format = useFormat();
  const t = useT();
  return (
    <DateInput
      label={label}
      description={description}
      value={value || null}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      required={required}
      clearable={clearable}
      valueFormat={format.dateInputFormat}
      dateParser={(text) => parseTypedDate(text) ?? (null as never)}
      placeholder={format.locale === "en" ? "15 Mar 2012" : "15.03.2012"}
      popoverProps={{ withinPortal: true }}
      clearButtonProps={{ "aria-label": t("common.clear") }}
      ariaLabels={{
        nextMonth: t("calendar.nextMonth"),
        previousMonth: t("calendar.previousMonth"),
        nextYear: t("calendar.nextYear"),
        previousYear: t("calendar.previousYear"),
        nextDecade: t("calendar.nextDecade"),
        previousDecade: t("calendar.previousDecade"),
        monthLevelControl: t("calendar.monthLevel"),
        yearLevelControl: t("calendar.yearLevel"),
      }}
    />
  );
}
