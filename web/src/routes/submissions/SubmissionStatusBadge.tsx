import { Badge } from "@mantine/core";
import type { CompletenessRow } from "../../../../common/schemas/submissions.js";
import { useT } from "../../i18n/useT.js";

const colors: Record<CompletenessRow["status"], string> = {
  not_started: "gray",
  draft: "blue",
  submitted: "yellow",
  returned: "orange",
  approved: "teal",
};

export function SubmissionStatusBadge({ status }: { status: CompletenessRow["status"] }) {
  const t = useT();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`submissionStatus.${status}`)}
    </Badge>
  );
}
