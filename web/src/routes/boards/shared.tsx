import { Badge, Group, Select } from "@mantine/core";
import { useMemo } from "react";
import type { ActionItem } from "../../../../common/schemas/boards.js";
import type { ActionItemStatus } from "../../../../common/schemas/enums.js";
import { useFrameworkTrees } from "../../components/selects/FrameworkNodeSelect.js";
import { useT } from "../../i18n/useT.js";

export const personName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`;

/** Today's date as "YYYY-MM-DD" in the reader's time zone. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const statusColors: Record<ActionItemStatus, string> = { open: "blue", done: "teal", dropped: "gray" };

/** An action item's status, and "Overdue" beside it when its due date has passed while open. */
export function ActionItemStatusBadges({ item }: { item: Pick<ActionItem, "status" | "isOverdue"> }) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={statusColors[item.status]} variant="light">
        {t(`actionItemStatus.${item.status}`)}
      </Badge>
      {item.isOverdue && (
        <Badge color="red" variant="filled">
          {t("actionItems.overdue")}
        </Badge>
      )}
    </Group>
  );
}

interface NodeSelectProps {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
  /** The board's plan: only its results framework is offered (the server accepts no other). */
  planId: string | null | undefined;
}

/** One node of the board's plan's results framework (or none). */
export function NodeSelect({ label, value, onChange, error, planId }: NodeSelectProps) {
  const t = useT();
  const { trees, isLoading } = useFrameworkTrees();
  const data = useMemo(
    () =>
      trees
        .filter((tree) => !planId || tree.plan.id === planId)
        .flatMap((tree) =>
          tree.nodes.map((node) => ({
            value: node.id,
            label: `${"  ".repeat(node.depth)}${node.code} ${node.title}`,
          })),
        ),
    [trees, planId],
  );
  const options =
    value && !data.some((option) => option.value === value) ? [...data, { value, label: "…" }] : data;
  return (
    <Select
      label={label}
      value={value ?? null}
      onChange={onChange}
      error={error}
      data={options}
      searchable
      clearable
      placeholder={t("common.typeToSearch")}
      nothingFoundMessage={isLoading ? t("common.loading") : t("common.noResults")}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      clearButtonProps={{ "aria-label": t("common.clear") }}
    />
  );
}

/** "1.2 Title" of a framework node, looked up in the loaded plans; "" when not (yet) known. */
export function useNodeLabel() {
  const { trees } = useFrameworkTrees();
  return useMemo(() => {
    const byId = new Map(
      trees.flatMap((tree) => tree.nodes.map((node) => [node.id, `${node.code} ${node.title}`] as const)),
    );
    return (id: string | null) => (id ? (byId.get(id) ?? "…") : "");
  }, [trees]);
}
