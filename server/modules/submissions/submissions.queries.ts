import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Submission, SubmissionComment } from "../../../common/schemas/submissions.js";
import type { DbOrTx } from "../../db/client.js";
import {
  actionReports,
  categorySets,
  frameworkNodes,
  indicatorCategorySets,
  indicatorResponsibleOrganizations,
  indicators,
  indicatorValues,
  organizations,
  reportingPeriods,
  submissionComments,
  submissions,
  users,
} from "../../db/schema.js";

export type SubmissionRow = typeof submissions.$inferSelect;
export type ValueRow = typeof indicatorValues.$inferSelect;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export async function selectSubmission(db: DbOrTx, id: string): Promise<Submission | undefined> {
  const [row] = await db
    .select({
      submission: submissions,
      periodName: reportingPeriods.name,
      periodStatus: reportingPeriods.status,
      planId: reportingPeriods.planId,
      organizationName: organizations.name,
    })
    .from(submissions)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, submissions.reportingPeriodId))
    .innerJoin(organizations, eq(organizations.id, submissions.organizationId))
    .where(eq(submissions.id, id));
  if (!row) return undefined;
  const { submission: s, ...rest } = row;
  return {
    ...rest,
    id: s.id,
    reportingPeriodId: s.reportingPeriodId,
    periodStatus: rest.periodStatus as Submission["periodStatus"],
    organizationId: s.organizationId,
    status: s.status as Submission["status"],
    submittedAt: iso(s.submittedAt),
    submittedBy: s.submittedBy,
    decidedAt: iso(s.decidedAt),
    decidedBy: s.decidedBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export async function selectSubmissionRow(db: DbOrTx, id: string, forUpdate = false) {
  const query = db.select().from(submissions).where(eq(submissions.id, id)).$dynamic();
  const [row] = await (forUpdate ? query.for("update") : query);
  return row;
}

/** The period's row; `for share` holds off its closing while a submission of it is written. */
export async function selectPeriodForShare(db: DbOrTx, id: string) {
  const [row] = await db.select().from(reportingPeriods).where(eq(reportingPeriods.id, id)).for("share");
  return row;
}

export function selectSubmissionsOfPeriod(db: DbOrTx, periodId: string): Promise<SubmissionRow[]> {
  return db.select().from(submissions).where(eq(submissions.reportingPeriodId, periodId));
}

/** Who is responsible for which of the plan's indicators that are not archived. */
/**
 * An indicator organisations report values for: not archived, and neither a formula nor fed by
 * activities (those are computed, never typed in).
 */
export const reportedIndicator = and(
  isNull(indicators.archivedAt),
  isNull(indicators.formula),
  isNull(indicators.activitySource),
);

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

export function selectOrganizationNames(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids));
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

export async function selectComments(db: DbOrTx, submissionId: string): Promise<SubmissionComment[]> {
  const rows = await db
    .select({
      id: submissionComments.id,
      authorUserId: submissionComments.authorUserId,
      authorName: users.displayName,
      body: submissionComments.body,
      kind: submissionComments.kind,
      createdAt: submissionComments.createdAt,
    })
    .from(submissionComments)
    .leftJoin(users, eq(users.id, submissionComments.authorUserId))
    .where(eq(submissionComments.submissionId, submissionId))
    .orderBy(asc(submissionComments.createdAt), asc(submissionComments.id));
  return rows.map((row) => ({
    ...row,
    authorName: row.authorName ?? null,
    kind: row.kind as SubmissionComment["kind"],
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function insertComment(
  db: DbOrTx,
  values: { submissionId: string; authorUserId: string; body: string; kind: SubmissionComment["kind"] },
) {
  const [row] = await db.insert(submissionComments).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The addresses of active users with a role, of one organisation when given. */
export async function selectActiveAddresses(db: DbOrTx, role: string, organizationId?: string) {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(
      and(
        eq(users.role, role),
        eq(users.isActive, true),
        organizationId ? eq(users.organizationId, organizationId) : undefined,
      ),
    )
    .orderBy(asc(users.email));
  return rows.map((row) => row.email);
}
