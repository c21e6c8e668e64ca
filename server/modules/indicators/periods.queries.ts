import { and, asc, eq, gte, lte, ne, type SQL, sql } from "drizzle-orm";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { ReportingPeriod, ReportingPeriodDetail } from "../../../common/schemas/periods.js";
import type { DbOrTx } from "../../db/client.js";
import { indicatorTargets, plans, reportingPeriods, submissions } from "../../db/schema.js";

export type PeriodRow = typeof reportingPeriods.$inferSelect;

const selectBase = (db: DbOrTx) =>
  db
    .select({
      id: reportingPeriods.id,
      planId: reportingPeriods.planId,
      name: reportingPeriods.name,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
      status: reportingPeriods.status,
      targetCount: db.$count(indicatorTargets, eq(indicatorTargets.reportingPeriodId, reportingPeriods.id)),
      createdAt: reportingPeriods.createdAt,
      updatedAt: reportingPeriods.updatedAt,
    })
    .from(reportingPeriods)
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

const toPeriod = (row: Row): Stored<ReportingPeriod> => ({
  ...row,
  status: row.status as ReportingPeriod["status"],
  targetCount: Number(row.targetCount),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** A plan's periods by start date. */
export async function selectPeriods(db: DbOrTx, planId: string): Promise<Stored<ReportingPeriod>[]> {
  const rows = await selectBase(db)
    .where(eq(reportingPeriods.planId, planId))
    .orderBy(asc(reportingPeriods.startsOn));
  return rows.map(toPeriod);
}

export async function selectPeriod(db: DbOrTx, id: string): Promise<Stored<ReportingPeriod> | undefined> {
  const [row] = await selectBase(db).where(eq(reportingPeriods.id, id));
  return row ? toPeriod(row) : undefined;
}

/** The period with its plan's id and titles. */
export async function selectPeriodDetail(
  db: DbOrTx,
  id: string,
): Promise<Stored<ReportingPeriodDetail> | undefined> {
  const period = await selectPeriod(db, id);
  if (!period) return undefined;
  const [plan] = await db
    .select({ id: plans.id, title: plans.title, shortTitle: plans.shortTitle })
    .from(plans)
    .where(eq(plans.id, period.planId));
  return plan ? { ...period, plan } : undefined;
}

export async function selectPeriodRow(db: DbOrTx, id: string, forUpdate = false) {
  const query = db.select().from(reportingPeriods).where(eq(reportingPeriods.id, id)).$dynamic();
  const [row] = await (forUpdate ? query.for("update") : query);
  return row;
}

/** The plan's periods that share at least one day with `startsOn..endsOn`, except `exceptId`. */
export function selectOverlappingPeriods(
  db: DbOrTx,
  planId: string,
  range: { startsOn: string; endsOn: string },
  exceptId?: string,
): Promise<PeriodRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(reportingPeriods.planId, planId),
    lte(reportingPeriods.startsOn, range.endsOn),
    gte(reportingPeriods.endsOn, range.startsOn),
    exceptId ? ne(reportingPeriods.id, exceptId) : undefined,
  ];
  return db
    .select()
    .from(reportingPeriods)
    .where(and(...conditions))
    .orderBy(asc(reportingPeriods.startsOn));
}

export function selectPeriodRows(db: DbOrTx, planId: string): Promise<PeriodRow[]> {
  return db
    .select()
    .from(reportingPeriods)
    .where(eq(reportingPeriods.planId, planId))
    .orderBy(asc(reportingPeriods.startsOn));
}

export async function countTargetsOfPeriod(db: DbOrTx, periodId: string): Promise<number> {
  return Number(await db.$count(indicatorTargets, eq(indicatorTargets.reportingPeriodId, periodId)));
}

/**
 * A plan's row, locked so that changes of its periods and indicators (overlaps, codes, formula
 * chains) are checked one at a time; `no key update` still lets other rows point at the plan.
 */
export async function lockPlanRow(db: DbOrTx, planId: string) {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId)).for("no key update");
  return plan;
}

type PeriodRowValues = Omit<typeof reportingPeriods.$inferInsert, "id" | "createdAt" | "updatedAt">;

export async function insertPeriodRow(tx: DbOrTx, values: PeriodRowValues): Promise<PeriodRow> {
  const [row] = await tx.insert(reportingPeriods).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updatePeriodRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<PeriodRowValues>,
): Promise<PeriodRow | undefined> {
  const [row] = await tx
    .update(reportingPeriods)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(reportingPeriods.id, id))
    .returning();
  return row;
}

export async function deletePeriodRow(tx: DbOrTx, id: string): Promise<void> {
  await tx.delete(reportingPeriods).where(eq(reportingPeriods.id, id));
}

/** How many organisations have a submission for the period. */
export async function countSubmissionsOfPeriod(db: DbOrTx, periodId: string): Promise<number> {
  return Number(await db.$count(submissions, eq(submissions.reportingPeriodId, periodId)));
}

/** The period's row, `for share`: it cannot close while the caller's transaction writes for it. */
export async function selectPeriodRowForShare(db: DbOrTx, id: string): Promise<PeriodRow | undefined> {
  const [row] = await db.select().from(reportingPeriods).where(eq(reportingPeriods.id, id)).for("share");
  return row;
}
