import { Button, Group, Paper, Text } from "@mantine/core";
import { useMemo, useState } from "react";
import { useDeleteNode, usePlanTree, useUpdateNode } from "../../api/plans.js";
import { BackLink } from "../../components/BackLink.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { confirmAction, notifyError } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/useT.js";
import { FrameworkNodeModal, type NodeDialog } from "./FrameworkNodeModal.js";
import { FrameworkTreeList, type TreeActions } from "./FrameworkTreeList.js";
import { buildTree } from "./tree.js";

export function FrameworkPage({ planId }: { planId: string }) {
  const t = useT();
  const query = usePlanTree(planId);
  const updateNode = useUpdateNode(planId);
  const deleteNode = useDeleteNode(planId);
  const [dialog, setDialog] = useState<NodeDialog | null>(null);
  const tree = useMemo(() => buildTree(query.data?.nodes ?? []), [query.data]);

  if (!query.data) return <RecordPending query={query} />;
  const { plan } = query.data;
  const tierName = (depth: number) => plan.tierNames[depth] ?? plan.tierNames.at(-1) ?? "";
  const editable = plan.abilities.update;

  const actions: TreeActions | null = editable
    ? {
        addChild: (node) =>
          setDialog({ mode: "create", parentId: node.id, tierName: tierName(node.depth + 1) }),
        canAddChild: (node) => node.depth + 1 < plan.tierNames.length,
        edit: (node) => setDialog({ mode: "edit", node, tierName: tierName(node.depth) }),
        remove: (node) =>
          confirmAction({
            t,
            title: t("framework.deleteTitle", { code: node.code, title: node.title }),
            body: t("framework.deleteBody"),
            confirmLabel: t("common.delete"),
            action: () => deleteNode.mutateAsync(node.id),
            successMessage: t("common.deleted"),
          }),
        move: async (node, position) => {
          try {
            await updateNode.mutateAsync({ id: node.id, patch: { position } });
          } catch (error) {
            notifyError(error, t);
          }
        },
      }
    : null;

  return (
    <>
      <PageHeader
        above={<BackLink to="/plans/$planId" params={{ planId }} label={plan.shortTitle || plan.title} />}
        title={t("framework.title", { plan: plan.shortTitle || plan.title })}
        actions={
          editable && (
            <Button onClick={() => setDialog({ mode: "create", parentId: null, tierName: tierName(0) })}>
              {t("framework.add", { tier: tierName(0) })}
            </Button>
          )
        }
      />
      {tree.length === 0 ? (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center">
            {t("framework.empty")}
          </Text>
        </Paper>
      ) : (
        <FrameworkTreeList items={tree} tierName={tierName} actions={actions} label={t("framework.tree")} />
      )}
      <Group mt="md" />
      {dialog && <FrameworkNodeModal planId={planId} dialog={dialog} onClose={() => setDialog(null)} />}
    </>
  );
}
