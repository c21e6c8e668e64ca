import { Group, TextInput } from "@mantine/core";
import { sexes } from "../../../../common/schemas/enums.js";
import { ChooseSelect } from "../../components/forms/ChooseSelect.js";
import type { InputProps } from "../../components/forms/fields.js";
import { useT } from "../../i18n/useT.js";

type IdentityField = "givenName" | "familyName" | "sex";

/** Given and family name, then sex: what the registry needs of every person. */
export function PersonIdentityFields({ inputProps }: { inputProps: (field: IdentityField) => InputProps }) {
  const t = useT();
  return (
    <>
      <Group grow align="flex-start" wrap="wrap">
        <TextInput label={t("people.givenName")} required {...inputProps("givenName")} />
        <TextInput label={t("people.familyName")} required {...inputProps("familyName")} />
      </Group>
      <ChooseSelect
        label={t("people.sex")}
        required
        options={sexes.map((value) => ({ value, label: t(`sex.${value}`) }))}
        {...inputProps("sex")}
      />
    </>
  );
}
