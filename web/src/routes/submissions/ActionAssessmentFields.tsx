import { NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { type ActionReportStatus, actionReportStatuses } from "../../../../common/schemas/enums.js";
import { useT } from "../../i18n/useT.js";

export interface ActionAssessment {
  status: ActionReportStatus;
  narrative: string;
}

interface Props {
  action: { code: string; title: string };
  value: ActionAssessment | undefined;
  onChange: (patch: Partial<ActionAssessment>) => void;
  disabled: boolean;
  statusLabel: string;
  narrativeLabel: string;
}

/** Status and narrative of one action: the government's report and an NGO's shadow assessment alike. */
export function ActionAssessmentFields({
  action,
  value,
  onChange,
  disabled,
  statusLabel,
  narrativeLabel,
}: Props) {
  const t = useT();
  return (
    <Stack gap={6}>
      <Text fw={600}>
        {action.code} · {action.title}
      </Text>
      <NativeSelect
        label={statusLabel}
        value={value?.status ?? "not_started"}
        onChange={(event) => onChange({ status: event.currentTarget.value as ActionReportStatus })}
        data={actionReportStatuses.map((status) => ({
          value: status,
          label: t(`actionReportStatus.${status}`),
        }))}
        disabled={disabled}
        w={240}
      />
      <Textarea
        label={narrativeLabel}
        autosize
        minRows={2}
        value={value?.narrative ?? ""}
        onChange={(event) => onChange({ narrative: event.currentTarget.value })}
        disabled={disabled}
      />
    </Stack>
  );
}
