/**
 * The rows a plan copy reads from the old cycle and writes into the new one: framework nodes with
 * their partner organisations, and indicators with their category sets and responsible
 * organisations.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  frameworkNodeOrganizations,
  frameworkNodes,
  indicatorCategorySets,
  indicatorResponsibleOrganizations,
  indicators,
  plans,
} from "../../db/schema.js";

export type IndicatorRow = typeof indicators.$inferSelect;
type IndicatorRowValues = Omit<typeof indicators.$inferInsert, "id" | "createdAt" | "updatedAt">;
type NodeRowValues = Omit<typeof frameworkNodes.$inferInsert, "id" | "createdAt" | "updatedAt">;

/** The plan copied from, held `for share` so that it does not change during the copy. */
export async function selectPlanForCopy(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(plans).where(eq(plans.id, id)).for("share");
  return row;
}

export async function insertNodeCopy(tx: DbOrTx, values: NodeRowValues): Promise<string> {
  const [copy] = await tx.insert(frameworkNodes).values(values).returning({ id: frameworkNodes.id });
  return (copy as { id: string }).id;
}

/** Copies the partner organisations of the old nodes onto their copies (`nodeIds`: old → new). */
export async function copyNodePartners(tx: DbOrTx, nodeIds: ReadonlyMap<string, string>): Promise<void> {
  if (nodeIds.size === 0) return;
  const partners = await tx
    .select()
    .from(frameworkNodeOrganizations)
    .where(inArray(frameworkNodeOrganizations.frameworkNodeId, [...nodeIds.keys()]));
  if (partners.length === 0) return;
  await tx.insert(frameworkNodeOrganizations).values(
    partners.map((partner) => ({
      frameworkNodeId: nodeIds.get(partner.frameworkNodeId) as string,
      organizationId: partner.organizationId,
    })),
  );
}

/** The plan's indicators that are not archived, by code. */
export function selectActiveIndicatorRows(tx: DbOrTx, planId: string): Promise<IndicatorRow[]> {
  return tx
    .select()
    .from(indicators)
    .where(and(eq(indicators.planId, planId), isNull(indicators.archivedAt)))
    .orderBy(asc(indicators.code));
}

export async function insertIndicatorCopy(tx: DbOrTx, values: IndicatorRowValues): Promise<string> {
  const [copy] = await tx.insert(indicators).values(values).returning({ id: indicators.id });
  return (copy as { id: string }).id;
}

export async function setIndicatorFormula(
  tx: DbOrTx,
  id: string,
  formula: NonNullable<IndicatorRow["formula"]>,
): Promise<void> {
  await tx.update(indicators).set({ formula }).where(eq(indicators.id, id));
}

/** Copies the category sets and responsible organisations of the old indicators (old → new ids). */
export async function copyIndicatorLinks(
  tx: DbOrTx,
  indicatorIds: ReadonlyMap<string, string>,
): Promise<void> {
  const oldIds = [...indicatorIds.keys()];
  if (oldIds.length === 0) return;
  const sets = await tx
    .select()
    .from(indicatorCategorySets)
    .where(inArray(indicatorCategorySets.indicatorId, oldIds));
  if (sets.length > 0) {
    await tx
      .insert(indicatorCategorySets)
      .values(sets.map((set) => ({ ...set, indicatorId: indicatorIds.get(set.indicatorId) as string })));
  }
  const responsible = await tx
    .select()
    .from(indicatorResponsibleOrganizations)
    .where(inArray(indicatorResponsibleOrganizations.indicatorId, oldIds));
  if (responsible.length > 0) {
    await tx
      .insert(indicatorResponsibleOrganizations)
      .values(
        responsible.map((row) => ({ ...row, indicatorId: indicatorIds.get(row.indicatorId) as string })),
      );
  }
}
