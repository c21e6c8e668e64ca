import { Badge } from "@mantine/core";
import type { EventStatus } from "../../../../common/schemas/enums.js";
import { useT } from "../../i18n/useT.js";

const colors: Record<EventStatus, string> = { planned: "blue", held: "teal", cancelled: "gray" };

export function StatusBadge({ status }: { status: EventStatus }) {
  const t = useT();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`eventStatus.${status}`)}
    </Badge>
  );
}
