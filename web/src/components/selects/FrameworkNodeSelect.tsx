import { MultiSelect } from "@mantine/core";
import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import type { FrameworkTree } from "../../../../common/schemas/plans.js";
import { fetchPlanTree, usePlans } from "../../api/plans.js";
import { useT } from "../../i18n/useT.js";

interface FrameworkNodeSelectProps {
  label: string;
  description?: string;
  value?: string[];
  onChange: (value: string[]) => void;
  error?: React.ReactNode;
  /** When given, only the plans holding one of these nodes are offered (an event's project's plan). */
  restrictToPlansOf?: string[] | null;
}

/** Every plan's results framework, for linking events and projects to nodes; grouped by plan. */
export function useFrameworkTrees() {
  const plans = usePlans({ pageSize: 50, sort: "startsOn", order: "desc" });
  const trees = useQueries({
    queries: (plans.data?.items ?? []).map((plan) => ({
      queryKey: ["plans", "tree", plan.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchPlanTree(plan.id, signal),
      staleTime: 60_000,
    })),
  });
  const loaded = trees.map((tree) => tree.data).filter((tree): tree is FrameworkTree => Boolean(tree));
  const isLoading = plans.isLoading || trees.some((tree) => tree.isLoading);
  return { trees: loaded, isLoading };
}

export function FrameworkNodeSelect({ value = [], ...rest }: FrameworkNodeSelectProps) {
  const props = { ...rest, value };
  const t = useT();
  const { trees, isLoading } = useFrameworkTrees();
  const data = useMemo(() => {
    const restrict = props.restrictToPlansOf?.length ? new Set(props.restrictToPlansOf) : null;
    const chosen = new Set(props.value);
    return trees
      .filter((tree) => !restrict || tree.nodes.some((node) => restrict.has(node.id) || chosen.has(node.id)))
      .map((tree) => ({
        group: tree.plan.shortTitle || tree.plan.title,
        items: tree.nodes.map((node) => ({
          value: node.id,
          label: `${"  ".repeat(node.depth)}${node.code} ${node.title}`,
        })),
      }));
  }, [trees, props.restrictToPlansOf, props.value]);

  // Keep values whose plan is not loaded (yet) visible as their id rather than dropping them.
  const known = new Set(data.flatMap((group) => group.items.map((item) => item.value)));
  const missing = props.value.filter((id) => !known.has(id));
  const options =
    isLoading && missing.length ? [...data, ...missing.map((id) => ({ value: id, label: "…" }))] : data;

  return (
    <MultiSelect
      label={props.label}
      description={props.description}
      error={props.error}
      value={props.value}
      onChange={props.onChange}
      data={options}
      searchable
      clearable
      placeholder={props.value.length ? undefined : t("common.typeToSearch")}
      nothingFoundMessage={isLoading ? t("common.loading") : t("common.noResults")}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
