import { Badge, type BadgeProps, Text } from "@mantine/core";
import type { z } from "zod";
import type {
  ExpectedBasis as ExpectedBasisSchema,
  IndicatorProgress,
  ProgressStatus,
} from "../../../../common/schemas/progress.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

export type Status = z.infer<typeof ProgressStatus>;
type ExpectedBasis = z.infer<typeof ExpectedBasisSchema>;
export const progressStatuses: Status[] = ["on_track", "at_risk", "off_track", "no_data"];

/** Green, orange, red and grey, always with the word: colour is never the only sign. */
export const progressColors: Record<Status, string> = {
  on_track: "green",
  at_risk: "orange",
  off_track: "red",
  no_data: "gray",
};

/** The same colours for charts. */
export const progressHex: Record<Status, string> = {
  on_track: "#2f9e44",
  at_risk: "#e8590c",
  off_track: "#e03131",
  no_data: "#868e96",
};

export function ProgressStatusBadge({ status, ...props }: { status: Status } & BadgeProps) {
  const t = useT();
  return (
    <Badge color={progressColors[status]} variant="light" tt="none" {...props}>
      {t(`progressStatus.${status}`)}
    </Badge>
  );
}

/** A figure in the unit of its indicator: percentages with %, yes/no in words. */
export function useProgressValue() {
  const t = useT();
  const format = useFormat();
  return (value: number | null, unit: IndicatorProgress["unit"]) => {
    if (value == null) return "—";
    if (unit === "percent") return t("progress.percent", { value: format.number(value) });
    if (unit === "yes_no" && (value === 0 || value === 1))
      return value === 1 ? t("common.yes") : t("common.no");
    return format.number(value);
  };
}

/** "Women 12 / men 8", or nothing when the figure is not split by sex. */
export function useBySex() {
  const t = useT();
  const format = useFormat();
  return (bySex: IndicatorProgress["bySex"]) =>
    bySex
      ? t("progress.bySexValue", {
          female: format.number(bySex.female) || "—",
          male: format.number(bySex.male) || "—",
        })
      : "";
}

/**
 * An expected value, marked when it is read off the path from the baseline to the end target
 * rather than set as the period's target (see `common/indicators/expected.ts`).
 */
export function ExpectedValue({
  value,
  basis,
  unit,
}: {
  value: number | null;
  basis: ExpectedBasis;
  unit: IndicatorProgress["unit"];
}) {
  const t = useT();
  const show = useProgressValue();
  return (
    <>
      {show(value, unit)}
      {basis === "path" && (
        <Text span size="xs" c="dimmed" ml={4}>
          {t("progress.onPath")}
        </Text>
      )}
    </>
  );
}

/** The note under a table that holds path values, saying what they are. */
export function PathNote({ shown }: { shown: boolean }) {
  const t = useT();
  if (!shown) return null;
  return (
    <Text size="xs" c="dimmed" mt="xs">
      {t("progress.pathNote")}
    </Text>
  );
}
