import { ActionIcon, Badge, Box, Group, Paper, Stack, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import type { ActionStatus } from "../../../../common/schemas/enums.js";
import type { FrameworkNode } from "../../../../common/schemas/plans.js";
import {
  ArrowDownIcon,
  ArrowUpIcon,
  ChevronIcon,
  PencilIcon,
  PlusIcon,
  TrashIcon,
} from "../../components/icons.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import type { TreeNode } from "./tree.js";

export interface TreeActions {
  addChild: (node: FrameworkNode) => void;
  canAddChild: (node: FrameworkNode) => boolean;
  edit: (node: FrameworkNode) => void;
  remove: (node: FrameworkNode) => void;
  /** Moves a node to another place among its siblings (0 = first). */
  move: (node: FrameworkNode, position: number) => void;
}

interface Props {
  items: TreeNode[];
  tierName: (depth: number) => string;
  actions: TreeActions | null;
  label: string;
}

const tierColors = ["grape", "indigo", "teal", "orange", "cyan", "pink", "lime", "gray"];
const statusColors: Record<ActionStatus, string> = {
  not_started: "gray",
  in_progress: "blue",
  completed: "green",
  delayed: "orange",
  cancelled: "red",
};

function IconAction({
  label,
  onClick,
  disabled,
  children,
  color,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  children: React.ReactNode;
  color?: string;
}) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick} disabled={disabled}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * The results framework as nested lists: tier, code, status and 1325 pillars, title, lead and
 * co-responsible organisations, deadline and budget line, with node actions.
 */
export function FrameworkTreeList({ items, tierName, actions, label }: Props) {
  return (
    <Box component="ul" aria-label={label} p={0} m={0} style={{ listStyle: "none" }}>
      {items.map((item, index) => (
        <TreeItem
          key={item.node.id}
          item={item}
          index={index}
          count={items.length}
          tierName={tierName}
          actions={actions}
        />
      ))}
    </Box>
  );
}

function TreeItem({
  item,
  index,
  count,
  tierName,
  actions,
}: {
  item: TreeNode;
  index: number;
  count: number;
  tierName: (depth: number) => string;
  actions: TreeActions | null;
}) {
  const t = useT();
  const format = useFormat();
  const [expanded, setExpanded] = useState(true);
  const { node, children } = item;
  const childListId = `children-${node.id}`;
  const coResponsible = node.coResponsibleOrganizations.map((org) => org.name).join(", ");
  const details = [
    node.leadOrganizationName && `${t("framework.lead")}: ${node.leadOrganizationName}`,
    coResponsible && `${t("framework.coResponsibleShort")}: ${coResponsible}`,
    node.deadline && `${t("framework.deadline")}: ${format.date(node.deadline)}`,
  ].filter(Boolean);

  return (
    <Box component="li" mb={6}>
      <Paper
        withBorder
        p="sm"
        style={{
          borderLeft: `4px solid var(--mantine-color-${tierColors[node.depth % tierColors.length]}-6)`,
        }}
      >
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="xs" align="flex-start" wrap="nowrap" style={{ flex: "1 1 320px", minWidth: 0 }}>
            {children.length > 0 ? (
              <UnstyledButton
                onClick={() => setExpanded((open) => !open)}
                aria-expanded={expanded}
                aria-controls={childListId}
                aria-label={`${node.code} ${node.title}`}
                w={22}
                ta="center"
                fz="sm"
              >
                <ChevronIcon open={expanded} />
              </UnstyledButton>
            ) : (
              <Box w={22} />
            )}
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Group gap={6} wrap="wrap">
                <Badge size="sm" variant="light" color={tierColors[node.depth % tierColors.length]}>
                  {tierName(node.depth)}
                </Badge>
                <Text fw={700} size="sm">
                  {node.code}
                </Text>
                {node.status && (
                  <Badge size="sm" variant="dot" color={statusColors[node.status]} tt="none">
                    {t(`actionStatus.${node.status}`)}
                  </Badge>
                )}
                {node.pillars.map((pillar) => (
                  <Badge key={pillar} size="xs" variant="outline" color="violet" tt="none">
                    {t(`pillar.${pillar}`)}
                  </Badge>
                ))}
              </Group>
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {node.title}
              </Text>
              {details.length > 0 && (
                <Text size="xs" c="dimmed">
                  {details.join(" · ")}
                </Text>
              )}
              {node.budgetAmount != null && (
                <Text size="xs" c="dimmed">
                  {[
                    `${t("framework.budgetAmount")}: ${format.money(node.budgetAmount, node.budgetCurrency)}`,
                    node.fundingSource && t(`fundingSource.${node.fundingSource}`),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Text>
              )}
            </Stack>
          </Group>
          {actions && (
            <Group gap={2} wrap="nowrap">
              {actions.canAddChild(node) && (
                <IconAction
                  label={t("framework.addChild", { tier: tierName(node.depth + 1), code: node.code })}
                  onClick={() => actions.addChild(node)}
                >
                  <PlusIcon />
                </IconAction>
              )}
              <IconAction
                label={t("framework.moveUp", { code: node.code })}
                onClick={() => actions.move(node, index - 1)}
                disabled={index === 0}
              >
                <ArrowUpIcon />
              </IconAction>
              <IconAction
                label={t("framework.moveDown", { code: node.code })}
                onClick={() => actions.move(node, index + 1)}
                disabled={index === count - 1}
              >
                <ArrowDownIcon />
              </IconAction>
              <IconAction label={t("framework.edit", { code: node.code })} onClick={() => actions.edit(node)}>
                <PencilIcon />
              </IconAction>
              <IconAction
                label={t("framework.delete", { code: node.code })}
                onClick={() => actions.remove(node)}
                color="red"
              >
                <TrashIcon />
              </IconAction>
            </Group>
          )}
        </Group>
      </Paper>
      {children.length > 0 && expanded && (
        <Box
          component="ul"
          id={childListId}
          pl={{ base: 12, sm: 28 }}
          mt={6}
          m={0}
          style={{ listStyle: "none" }}
        >
          {children.map((child, childIndex) => (
            <TreeItem
              key={child.node.id}
              item={child}
              index={childIndex}
              count={children.length}
              tierName={tierName}
              actions={actions}
            />
          ))}
        </Box>
      )}
    </Box>
  );
}
