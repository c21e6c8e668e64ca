/** What a submission's form holds: the indicators and actions an organisation reports, their values and reports. */
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  actionReports,
  categories,
  categorySets,
  frameworkNodes,
  indicatorCategorySets,
  indicatorResponsibleOrganizations,
  indicators,
  indicatorValues,
} from "../../db/schema.js";
import { reportedIndicator } from "./submissions.scope.queries.js";

export type ValueRow = typeof indicatorValues.$inferSelect;

export function selectPlanResponsibilities(db: DbOrTx, planId: string) {
  return db
    .select({
      indicatorId: indicators.id,
      organizationId: indicatorResponsibleOrganizations.organizationId,
    })
    .from(indicatorResponsibleOrganizations)
    .innerJoin(indicators, eq(indicators.id, indicatorResponsibleOrganizations.indicatorId))
    .where(and(eq(indicators.planId, planId), reportedIndicator));
}

/** The plan's actions that an organisation leads (every node with a lead organisation). */
export function selectLedActions(db: DbOrTx, planId: string, organizationId?: string) {
  return db
    .select({
      frameworkNodeId: frameworkNodes.id,
      organizationId: frameworkNodes.leadOrganizationId,
      code: frameworkNodes.code,
      title: frameworkNodes.title,
    })
    .from(frameworkNodes)
    .where(
      and(
        eq(frameworkNodes.planId, planId),
        organizationId
          ? eq(frameworkNodes.leadOrganizationId, organizationId)
          : isNotNull(frameworkNodes.leadOrganizationId),
      ),
    )
    .orderBy(asc(frameworkNodes.code));
}

/** The plan's indicators (not archived) an organisation is responsible for, by code. */
/** The indicators an organisation reports values for in a plan: its own, not archived, not computed. */
export function selectResponsibleIndicators(db: DbOrTx, planId: string, organizationId: string) {
  return db
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      unit: indicators.unit,
      countsPeople: indicators.countsPeople,
    })
    .from(indicators)
    .innerJoin(
      indicatorResponsibleOrganizations,
      and(
        eq(indicatorResponsibleOrganizations.indicatorId, indicators.id),
        eq(indicatorResponsibleOrganizations.organizationId, organizationId),
      ),
    )
    .where(and(eq(indicators.planId, planId), reportedIndicator))
    .orderBy(asc(indicators.code));
}

/** The category sets of some indicators. */
export function selectIndicatorSets(db: DbOrTx, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      indicatorId: indicatorCategorySets.indicatorId,
      id: categorySets.id,
      code: categorySets.code,
      name: categorySets.name,
    })
    .from(indicatorCategorySets)
    .innerJoin(categorySets, eq(categorySets.id, indicatorCategorySets.categorySetId))
    .where(inArray(indicatorCategorySets.indicatorId, indicatorIds))
    .orderBy(asc(categorySets.code));
}

/** The categories of some sets, each set's in its order. */
export function selectSetCategories(db: DbOrTx, setIds: string[]) {
  if (setIds.length === 0) return Promise.resolve([]);
  return db
    .select({ categorySetId: categories.categorySetId, code: categories.code, name: categories.name })
    .from(categories)
    .where(inArray(categories.categorySetId, setIds))
    .orderBy(asc(categories.position), categories.code);
}

export function selectValues(db: DbOrTx, submissionIds: string[]): Promise<ValueRow[]> {
  if (submissionIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(indicatorValues)
    .where(inArray(indicatorValues.submissionId, submissionIds))
    .orderBy(asc(indicatorValues.indicatorId), asc(indicatorValues.categoryKey));
}

/** Stores values by (indicator, category key); answers the rows as they were before. */
export async function upsertValues(
  db: DbOrTx,
  submissionId: string,
  values: { indicatorId: string; categoryKey: string; value: string | null; textValue: string | null }[],
) {
  const before = (await selectValues(db, [submissionId])).filter((row) =>
    values.some((v) => v.indicatorId === row.indicatorId && v.categoryKey === row.categoryKey),
  );
  await db
    .insert(indicatorValues)
    .values(values.map((value) => ({ ...value, submissionId })))
    .onConflictDoUpdate({
      target: [indicatorValues.submissionId, indicatorValues.indicatorId, indicatorValues.categoryKey],
      set: { value: sql`excluded.value`, textValue: sql`excluded.text_value`, updatedAt: sql`now()` },
    });
  return before;
}

export function selectActionReports(db: DbOrTx, submissionId: string) {
  return db.select().from(actionReports).where(eq(actionReports.submissionId, submissionId));
}

/** Which actions some submissions report on. */
export function selectReportedActions(db: DbOrTx, submissionIds: string[]) {
  if (submissionIds.length === 0) return Promise.resolve([]);
  return db
    .select({ submissionId: actionReports.submissionId, frameworkNodeId: actionReports.frameworkNodeId })
    .from(actionReports)
    .where(inArray(actionReports.submissionId, submissionIds));
}

export async function upsertActionReports(
  db: DbOrTx,
  submissionId: string,
  reports: { frameworkNodeId: string; status: string; narrative: string | null }[],
) {
  await db
    .insert(actionReports)
    .values(reports.map((report) => ({ ...report, submissionId })))
    .onConflictDoUpdate({
      target: [actionReports.submissionId, actionReports.frameworkNodeId],
      set: { status: sql`excluded.status`, narrative: sql`excluded.narrative`, updatedAt: sql`now()` },
    });
}
