import { Checkbox, Group, NativeSelect, NumberInput, Stack } from "@mantine/core";
import type { useForm } from "@mantine/form";
import { participationRoles } from "../../../../common/schemas/enums.js";
import { numberOrNull } from "../../components/forms/useSchemaForm.js";
import { useT } from "../../i18n/useT.js";

export type ParticipationField = "role" | "attended" | "preTestScore" | "postTestScore" | "testMaxScore";

export interface ParticipationValues {
  role: string;
  attended: boolean;
  preTestScore: number | string;
  postTestScore: number | string;
  testMaxScore: number | string;
  [key: string]: unknown;
}

export const participationDefaults = {
  role: "participant",
  attended: true,
  preTestScore: "" as number | string,
  postTestScore: "" as number | string,
  testMaxScore: "" as number | string,
};

export const participationInput = (values: ParticipationValues) => ({
  role: values.role,
  attended: values.attended,
  preTestScore: numberOrNull(values.preTestScore),
  postTestScore: numberOrNull(values.postTestScore),
  testMaxScore: numberOrNull(values.testMaxScore),
});

type InputPropsResult = ReturnType<ReturnType<typeof useForm<ParticipationValues>>["getInputProps"]>;
type InputProps = (path: ParticipationField, options?: { type?: "checkbox" }) => InputPropsResult;

/** Role, attendance and the pre/post test scores of one person at one event. */
export function ParticipationFields({ inputProps }: { inputProps: InputProps }) {
  const t = useT();
  return (
    <Stack gap="sm">
      <Group grow align="flex-end" wrap="wrap">
        <NativeSelect
          label={t("participation.role")}
          data={participationRoles.map((value) => ({ value, label: t(`participationRole.${value}`) }))}
          {...inputProps("role")}
        />
        <Checkbox
          label={t("participation.attended")}
          mb={8}
          {...inputProps("attended", { type: "checkbox" })}
        />
      </Group>
      <Group grow align="flex-start" wrap="wrap">
        <NumberInput label={t("participation.preTest")} min={0} {...inputProps("preTestScore")} />
        <NumberInput label={t("participation.postTest")} min={0} {...inputProps("postTestScore")} />
        <NumberInput label={t("participation.maxScore")} min={0} {...inputProps("testMaxScore")} />
      </Group>
    </Stack>
  );
}
