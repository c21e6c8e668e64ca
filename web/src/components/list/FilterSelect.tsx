import { NativeSelect } from "@mantine/core";
import { useT } from "../../i18n/useT.js";

interface FilterSelectProps {
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}

/** A list filter: a native select (keyboard and screen-reader friendly) with "All" first. */
export function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  const t = useT();
  return (
    <NativeSelect
      label={label}
      value={value ?? ""}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      data={[{ value: "", label: t("common.all") }, ...options]}
      style={{ flex: "0 1 200px" }}
    />
  );
}
