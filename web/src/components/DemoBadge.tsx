import { Badge, Tooltip } from "@mantine/core";
import { useT } from "../i18n/useT.js";

/** Marks demo records: the people and attendance of the embedded dataset are fictional. */
export function DemoBadge() {
  const t = useT();
  return (
    <Tooltip label={t("common.demoDataExplanation")} multiline w={280} withArrow>
      <Badge color="orange" variant="light" tabIndex={0}>
        {t("common.demoData")}
      </Badge>
    </Tooltip>
  );
}
