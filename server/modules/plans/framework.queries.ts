import { eq, inArray, sql } from "drizzle-orm";
import type { FrameworkNode } from "../../../common/schemas/plans.js";
import type { DbOrTx } from "../../db/client.js";
import { replaceLinks } from "../../db/rows.js";
import {
  actionReports,
  frameworkNodeOrganizations,
  frameworkNodes,
  indicators,
  organizations,
} from "../../db/schema.js";
import { sortable, toNumber } from "../../db/sql.js";

export type FrameworkNodeRow = typeof frameworkNodes.$inferSelect;

type TreeNode = { id: string; parentId: string | null; position: number; code: string };

/** Siblings by position; the code breaks a tie so that the order never depends on the disk. */
export const bySiblingOrder = (a: TreeNode, b: TreeNode) =>
  a.position - b.position || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * The nodes under `rootId` (the whole tree for `null`) depth first, siblings by position: the
 * order in which a results framework is read.
 */
export function orderDepthFirst<T extends TreeNode>(nodes: T[], rootId: string | null = null): T[] {
  const childrenOf = new Map<string | null, T[]>();
  for (const node of nodes) {
    const children = childrenOf.get(node.parentId) ?? [];
    children.push(node);
    childrenOf.set(node.parentId, children);
  }
  const ordered: T[] = [];
  const visit = (parentId: string | null) => {
    for (const node of (childrenOf.get(parentId) ?? []).sort(bySiblingOrder)) {
      ordered.push(node);
      visit(node.id);
    }
  };
  visit(rootId);
  return ordered;
}

const selectBase = (db: DbOrTx) =>
  db
    .select({
      id: frameworkNodes.id,
      planId: frameworkNodes.planId,
      parentId: frameworkNodes.parentId,
      depth: frameworkNodes.depth,
      position: frameworkNodes.position,
      code: frameworkNodes.code,
      title: frameworkNodes.title,
      description: frameworkNodes.description,
      leadOrganizationId: frameworkNodes.leadOrganizationId,
      leadOrganizationName: organizations.name,
      deadline: frameworkNodes.deadline,
      status: frameworkNodes.status,
      budgetAmount: frameworkNodes.budgetAmount,
      budgetCurrency: frameworkNodes.budgetCurrency,
      fundingSource: frameworkNodes.fundingSource,
      pillars: frameworkNodes.pillars,
    })
    .from(frameworkNodes)
    .leftJoin(organizations, eq(organizations.id, frameworkNodes.leadOrganizationId))
    .$dynamic();

type NodeRow = Awaited<ReturnType<typeof selectBase>>[number];

/** Rows → API nodes, with each node's co-responsible organisations (one query for all of them). */
async function toFrameworkNodes(db: DbOrTx, rows: NodeRow[]): Promise<FrameworkNode[]> {
  const ids = rows.map((row) => row.id);
  const partners =
    ids.length === 0
      ? []
      : await db
          .select({
            nodeId: frameworkNodeOrganizations.frameworkNodeId,
            id: organizations.id,
            name: organizations.name,
          })
          .from(frameworkNodeOrganizations)
          .innerJoin(organizations, eq(organizations.id, frameworkNodeOrganizations.organizationId))
          .where(inArray(frameworkNodeOrganizations.frameworkNodeId, ids))
          .orderBy(sortable(organizations.name));
  return rows.map((row) => ({
    ...row,
    status: row.status as FrameworkNode["status"],
    fundingSource: row.fundingSource as FrameworkNode["fundingSource"],
    pillars: row.pillars as FrameworkNode["pillars"],
    budgetAmount: toNumber(row.budgetAmount),
    coResponsibleOrganizations: partners
      .filter((partner) => partner.nodeId === row.id)
      .map(({ id, name }) => ({ id, name })),
  }));
}

/** All nodes of a plan in one query, then put in tree order. */
export async function selectFrameworkNodes(db: DbOrTx, planId: string): Promise<FrameworkNode[]> {
  return orderDepthFirst(
    await toFrameworkNodes(db, await selectBase(db).where(eq(frameworkNodes.planId, planId))),
  );
}

export async function selectFrameworkNode(db: DbOrTx, nodeId: string): Promise<FrameworkNode | undefined> {
  const [node] = await toFrameworkNodes(db, await selectBase(db).where(eq(frameworkNodes.id, nodeId)));
  return node;
}

/** Replaces the organisations that share the responsibility for a node. */
export async function setNodeOrganizations(
  db: DbOrTx,
  nodeId: string,
  organizationIds: string[],
): Promise<void> {
  await replaceLinks(
    db,
    frameworkNodeOrganizations,
    frameworkNodeOrganizations.frameworkNodeId,
    nodeId,
    organizationIds.map((organizationId) => ({ frameworkNodeId: nodeId, organizationId })),
  );
}

/** The co-responsible organisation ids of a node, for the audit trail. */
export async function selectNodeOrganizationIds(db: DbOrTx, nodeId: string): Promise<string[]> {
  const rows = await db
    .select({ id: frameworkNodeOrganizations.organizationId })
    .from(frameworkNodeOrganizations)
    .where(eq(frameworkNodeOrganizations.frameworkNodeId, nodeId));
  return rows.map((row) => row.id).sort();
}

/** The stored rows of a plan's nodes: what moves and deletions are worked out from. */
export function selectNodeRows(db: DbOrTx, planId: string): Promise<FrameworkNodeRow[]> {
  return db.select().from(frameworkNodes).where(eq(frameworkNodes.planId, planId));
}

/** Sets many sibling positions in one statement. */
export async function setNodePositions(db: DbOrTx, positions: ReadonlyMap<string, number>): Promise<void> {
  if (positions.size === 0) return;
  const cases = [...positions].map(
    ([id, position]) => sql`when ${frameworkNodes.id} = ${id} then cast(${position} as integer)`,
  );
  await db
    .update(frameworkNodes)
    .set({ position: sql`case ${sql.join(cases, sql` `)} end` })
    .where(inArray(frameworkNodes.id, [...positions.keys()]));
}

/** Moves a subtree up or down the tiers. */
export async function shiftNodeDepths(db: DbOrTx, ids: string[], delta: number): Promise<void> {
  if (ids.length === 0 || delta === 0) return;
  await db
    .update(frameworkNodes)
    .set({ depth: sql`${frameworkNodes.depth} + ${delta}` })
    .where(inArray(frameworkNodes.id, ids));
}

/** How many indicators (archived ones included) measure one of the nodes. */
export async function countIndicatorsOfNodes(db: DbOrTx, nodeIds: string[]): Promise<number> {
  if (nodeIds.length === 0) return 0;
  return Number(await db.$count(indicators, inArray(indicators.frameworkNodeId, nodeIds)));
}

/** Progress reports that organisations submitted on these actions. */
export async function countActionReportsOfNodes(db: DbOrTx, nodeIds: string[]): Promise<number> {
  if (nodeIds.length === 0) return 0;
  return Number(await db.$count(actionReports, inArray(actionReports.frameworkNodeId, nodeIds)));
}

export type FrameworkNodeRowValues = Omit<
  typeof frameworkNodes.$inferInsert,
  "id" | "createdAt" | "updatedAt"
>;

export async function insertNodeRow(tx: DbOrTx, values: FrameworkNodeRowValues): Promise<FrameworkNodeRow> {
  const [row] = await tx.insert(frameworkNodes).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateNodeRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<FrameworkNodeRowValues>,
): Promise<FrameworkNodeRow | undefined> {
  const [row] = await tx
    .update(frameworkNodes)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(frameworkNodes.id, id))
    .returning();
  return row;
}

/** Deletes a node; its subtree and links go with it (the foreign keys cascade). */
export async function deleteNodeRow(tx: DbOrTx, id: string): Promise<void> {
  await tx.delete(frameworkNodes).where(eq(frameworkNodes.id, id));
}
