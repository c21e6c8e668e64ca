import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import { useT } from "../../i18n/useT.js";

/**
 * A password input whose show/hide button is named in the reader's language, without the word
 * "password", so the field's own label stays the only one that names it.
 */
export function SecretInput(props: PasswordInputProps) {
  const t = useT();
  return (
    <PasswordInput visibilityToggleButtonProps={{ "aria-label": t("common.showCharacters") }} {...props} />
  );
}
