import { NativeSelect, type NativeSelectProps } from "@mantine/core";
import { useT } from "../../i18n/useT.js";

interface ChooseSelectProps extends Omit<NativeSelectProps, "data"> {
  options: { value: string; label: string }[];
}

/** A native select that starts on "Choose…" (an empty value), so a required choice is a conscious one. */
export function ChooseSelect({ options, ...props }: ChooseSelectProps) {
  const t = useT();
  return <NativeSelect data={[{ value: "", label: t("common.choose") }, ...options]} {...props} />;
}
