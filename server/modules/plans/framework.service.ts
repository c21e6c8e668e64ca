import type { z } from "zod";
import type {
  FrameworkNode,
  FrameworkNodeInput,
  FrameworkNodePatch,
  FrameworkTree,
} from "../../../common/schemas/plans.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { conflict, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import {
  bySiblingOrder,
  countActionReportsOfNodes,
  countIndicatorsOfNodes,
  deleteNodeRow,
  type FrameworkNodeRow,
  insertNodeRow,
  orderDepthFirst,
  selectFrameworkNode,
  selectFrameworkNodes,
  selectNodeOrganizationIds,
  selectNodeRows,
  setNodeOrganizations,
  setNodePositions,
  shiftNodeDepths,
  updateNodeRow,
} from "./framework.queries.js";
import { planPolicy } from "./plans.policy.js";
import { lockPlan } from "./plans.queries.js";
import { getPlan } from "./plans.service.js";

export type FrameworkNodeValues = z.output<typeof FrameworkNodeInput>;
export type FrameworkNodeChanges = z.output<typeof FrameworkNodePatch>;

const NODE = "Framework node";

/** Budget amounts are `numeric` columns: written as decimal strings, never through float rounding. */
const toDecimal = (value: number | null | undefined) =>
  value === null || value === undefined ? null : String(value);

export async function getFrameworkTree(db: Db, actor: Actor, planId: string): Promise<FrameworkTree> {
  const plan = await getPlan(db, actor, planId);
  return { plan, nodes: await selectFrameworkNodes(db, planId) };
}

/** Every change of a framework holds its plan's row lock, so sibling positions are worked out alone. */
async function lockPlanToEdit(tx: DbOrTx, actor: Actor, planId: string) {
  const plan = await lockPlan(tx, planId);
  if (!plan) throw notFound("Plan");
  enforce(planPolicy(actor, "update"), "Plan");
  return plan;
}

function checkTier(tierNames: string[], depth: number): void {
  if (depth >= tierNames.length) {
    throw invalid("parentId", "node_too_deep", { count: tierNames.length });
  }
}

/** The parent named by a request: null for the first tier, else a node of the same plan. */
function findParent(nodes: FrameworkNodeRow[], parentId: string | null): FrameworkNodeRow | null {
  if (parentId === null) return null;
  const parent = nodes.find((node) => node.id === parentId);
  if (!parent) throw invalid("parentId", "parent_not_in_plan");
  return parent;
}

const siblingsOf = (nodes: FrameworkNodeRow[], parentId: string | null, exceptId?: string) =>
  nodes.filter((node) => node.parentId === parentId && node.id !== exceptId).sort(bySiblingOrder);

/** Dense positions 0, 1, 2, … for siblings in `order`; answers only the ones that change. */
function renumber(order: (FrameworkNodeRow | undefined)[], into: Map<string, number>, exceptId?: string) {
  order.forEach((node, index) => {
    if (node && node.id !== exceptId && node.position !== index) into.set(node.id, index);
  });
}

export async function addFrameworkNode(
  db: Db,
  actor: Actor,
  planId: string,
  input: FrameworkNodeValues,
): Promise<FrameworkNode> {
  const id = await db.transaction(async (tx) => {
    const plan = await lockPlanToEdit(tx, actor, planId);
    const nodes = await selectNodeRows(tx, planId);
    const parent = findParent(nodes, input.parentId);
    const depth = parent ? parent.depth + 1 : 0;
    checkTier(plan.tierNames, depth);
    const siblings: (FrameworkNodeRow | undefined)[] = siblingsOf(nodes, input.parentId);
    const position = Math.min(input.position ?? siblings.length, siblings.length);
    siblings.splice(position, 0, undefined);
    const positions = new Map<string, number>();
    renumber(siblings, positions);
    await setNodePositions(tx, positions);
    const { coResponsibleOrganizationIds, budgetAmount, ...fields } = input;
    const row = await insertNodeRow(tx, {
      ...fields,
      budgetAmount: toDecimal(budgetAmount),
      planId,
      depth,
      position,
    });
    await setNodeOrganizations(tx, row.id, coResponsibleOrganizationIds);
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "framework_node",
      entityId: row.id,
      after: { ...row, coResponsibleOrganizationIds },
    });
    return row.id;
  });
  return (await selectFrameworkNode(db, id)) as FrameworkNode;
}

/**
 * Edits a node; a new `parentId` or `position` moves it with its subtree. A node never moves under
 * itself or its descendants, never below the plan's last tier, and both the old and the new
 * siblings keep dense positions.
 */
export async function updateFrameworkNode(
  db: Db,
  actor: Actor,
  planId: string,
  nodeId: string,
  patch: FrameworkNodeChanges,
): Promise<FrameworkNode> {
  await db.transaction(async (tx) => {
    const plan = await lockPlanToEdit(tx, actor, planId);
    const nodes = await selectNodeRows(tx, planId);
    const before = nodes.find((node) => node.id === nodeId);
    if (!before) throw notFound(NODE);
    const {
      parentId: requestedParentId,
      position: requestedPosition,
      coResponsibleOrganizationIds,
      budgetAmount,
      ...fields
    } = patch;
    const amount = budgetAmount === undefined ? before.budgetAmount : toDecimal(budgetAmount);
    const currency = fields.budgetCurrency === undefined ? before.budgetCurrency : fields.budgetCurrency;
    if (amount !== null && !currency) throw invalid("budgetCurrency", "budget_needs_currency");
    const parentId = requestedParentId === undefined ? before.parentId : requestedParentId;
    const isNewParent = parentId !== before.parentId;
    let { depth, position } = before;
    if (isNewParent || requestedPosition !== undefined) {
      const parent = findParent(nodes, parentId);
      const subtree = [before, ...orderDepthFirst(nodes, before.id)];
      if (subtree.some((node) => node.id === parentId)) {
        throw invalid("parentId", "move_under_itself");
      }
      depth = parent ? parent.depth + 1 : 0;
      checkTier(plan.tierNames, depth + Math.max(...subtree.map((node) => node.depth)) - before.depth);
      const positions = new Map<string, number>();
      if (isNewParent) renumber(siblingsOf(nodes, before.parentId, before.id), positions);
      const order: FrameworkNodeRow[] = siblingsOf(nodes, parentId, before.id);
      position = Math.min(requestedPosition ?? order.length, order.length);
      order.splice(position, 0, before);
      renumber(order, positions, before.id);
      await setNodePositions(tx, positions);
      await shiftNodeDepths(
        tx,
        subtree.map((node) => node.id),
        depth - before.depth,
      );
    }
    const organizationsBefore = await selectNodeOrganizationIds(tx, nodeId);
    const after = await updateNodeRow(tx, nodeId, {
      ...fields,
      budgetAmount: amount,
      parentId,
      depth,
      position,
    });
    if (coResponsibleOrganizationIds) await setNodeOrganizations(tx, nodeId, coResponsibleOrganizationIds);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "framework_node",
      entityId: nodeId,
      before: { ...before, coResponsibleOrganizationIds: organizationsBefore },
      after: { ...after, coResponsibleOrganizationIds: coResponsibleOrganizationIds ?? organizationsBefore },
    });
  });
  return (await selectFrameworkNode(db, nodeId)) as FrameworkNode;
}

/**
 * Deletes a node with its whole subtree (and their links to events and projects); answers the
 * tree. A subtree that indicators measure stays: they are archived, never deleted with it.
 */
export async function deleteFrameworkNode(
  db: Db,
  actor: Actor,
  planId: string,
  nodeId: string,
): Promise<FrameworkTree> {
  await db.transaction(async (tx) => {
    await lockPlanToEdit(tx, actor, planId);
    const nodes = await selectNodeRows(tx, planId);
    const node = nodes.find((candidate) => candidate.id === nodeId);
    if (!node) throw notFound(NODE);
    const subtree = [node, ...orderDepthFirst(nodes, node.id)];
    const measured = await countIndicatorsOfNodes(
      tx,
      subtree.map((each) => each.id),
    );
    if (measured > 0) {
      throw conflict("node_has_indicators", { count: measured });
    }
    const reported = await countActionReportsOfNodes(
      tx,
      subtree.map((each) => each.id),
    );
    if (reported > 0) {
      throw conflict("node_has_reports", { count: reported });
    }
    await deleteNodeRow(tx, nodeId);
    const positions = new Map<string, number>();
    renumber(siblingsOf(nodes, node.parentId, node.id), positions);
    await setNodePositions(tx, positions);
    await recordAudit(tx, actor, {
      action: "delete",
      entityType: "framework_node",
      entityId: nodeId,
      before: subtree,
    });
  });
  return getFrameworkTree(db, actor, planId);
}
