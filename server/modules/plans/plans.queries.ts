import { and, eq, isNotNull, isNull, max, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Plan, PlanListQuery } from "../../../common/schemas/plans.js";
import type { DbOrTx } from "../../db/client.js";
import { archivable, lockById } from "../../db/rows.js";
import { frameworkNodes, plans } from "../../db/schema.js";
import { countAll, matchesSearch, ordered, pageOffset } from "../../db/sql.js";

const predecessors = alias(plans, "predecessor_plans");

const selectBase = (db: DbOrTx) =>
  db
    .select({
      id: plans.id,
      title: plans.title,
      shortTitle: plans.shortTitle,
      jurisdictionId: plans.jurisdictionId,
      startsOn: plans.startsOn,
      endsOn: plans.endsOn,
      predecessorId: plans.predecessorId,
      predecessorTitle: predecessors.title,
      tierNames: plans.tierNames,
      status: plans.status,
      description: plans.description,
      source: plans.source,
      nodeCount: db.$count(frameworkNodes, eq(frameworkNodes.planId, plans.id)),
      archivedAt: plans.archivedAt,
      createdAt: plans.createdAt,
      updatedAt: plans.updatedAt,
      total: countAll,
    })
    .from(plans)
    .leftJoin(predecessors, eq(predecessors.id, plans.predecessorId))
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

const toPlan = ({ total: _total, archivedAt, ...row }: Row): Stored<Plan> => ({
  ...row,
  status: row.status as Plan["status"],
  nodeCount: Number(row.nodeCount),
  isArchived: archivedAt !== null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const sortColumns = { startsOn: plans.startsOn, title: plans.title };

export async function selectPlans(db: DbOrTx, query: PlanListQuery) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(plans.searchText, query.q),
    query.status ? eq(plans.status, query.status) : undefined,
    query.archived === "exclude" ? isNull(plans.archivedAt) : undefined,
    query.archived === "only" ? isNotNull(plans.archivedAt) : undefined,
  ];
  const rows = await selectBase(db)
    .where(and(...conditions))
    .orderBy(ordered(sortColumns[query.sort], query.order, query.sort === "title"), plans.id)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: rows.map(toPlan), total: rows[0]?.total ?? 0 };
}

export async function selectPlan(db: DbOrTx, id: string): Promise<Stored<Plan> | undefined> {
  const [row] = await selectBase(db).where(eq(plans.id, id));
  return row ? toPlan(row) : undefined;
}

/**
 * The ids of a plan and of its predecessors, following `predecessor_id` upwards; empty when the
 * plan does not exist. `union` stops at a plan already seen, so a broken chain cannot loop.
 */
export async function selectPredecessorChain(db: DbOrTx, planId: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    with recursive chain (id, predecessor_id) as (
      select id, predecessor_id from plans where id = ${planId}
      union
      select p.id, p.predecessor_id from plans p join chain c on p.id = c.predecessor_id
    )
    select id from chain`);
  return result.rows.map((row) => row.id);
}

/** The deepest node of a plan's framework (0 = first tier), or null for an empty framework. */
export async function selectMaxNodeDepth(db: DbOrTx, planId: string): Promise<number | null> {
  const [row] = await db
    .select({ depth: max(frameworkNodes.depth) })
    .from(frameworkNodes)
    .where(eq(frameworkNodes.planId, planId));
  return row?.depth ?? null;
}

/** A plan as stored (the audit log's before → after). */
export type PlanRow = typeof plans.$inferSelect;
export type PlanRowValues = Omit<typeof plans.$inferInsert, "id" | "createdAt" | "updatedAt">;

/** Plans are archived, never deleted. */
export const planRecord = archivable(plans);

export const lockPlan = (tx: DbOrTx, id: string) => lockById(tx, plans, id);

export async function insertPlanRow(tx: DbOrTx, values: PlanRowValues): Promise<PlanRow> {
  const [row] = await tx.insert(plans).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updatePlanRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<PlanRowValues>,
): Promise<PlanRow | undefined> {
  const [row] = await tx
    .update(plans)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(plans.id, id))
    .returning();
  return row;
}
