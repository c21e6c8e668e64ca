import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { actionReports, organizations, shadowAssessments, submissions } from "../../db/schema.js";

export type ShadowRow = typeof shadowAssessments.$inferSelect;

/** Self-assessments of the period from submissions that are submitted or approved. */
export function selectGovernmentReports(db: DbOrTx, periodId: string) {
  return db
    .select({
      organizationId: submissions.organizationId,
      submissionStatus: submissions.status,
      frameworkNodeId: actionReports.frameworkNodeId,
      status: actionReports.status,
      narrative: actionReports.narrative,
    })
    .from(actionReports)
    .innerJoin(submissions, eq(submissions.id, actionReports.submissionId))
    .where(
      and(
        eq(submissions.reportingPeriodId, periodId),
        inArray(submissions.status, ["submitted", "approved"]),
      ),
    );
}

export function selectShadowAssessments(db: DbOrTx, periodId: string) {
  return db
    .select({
      organizationId: shadowAssessments.organizationId,
      organizationName: organizations.name,
      frameworkNodeId: shadowAssessments.frameworkNodeId,
      status: shadowAssessments.status,
      narrative: shadowAssessments.narrative,
      updatedAt: shadowAssessments.updatedAt,
    })
    .from(shadowAssessments)
    .innerJoin(organizations, eq(organizations.id, shadowAssessments.organizationId))
    .where(eq(shadowAssessments.reportingPeriodId, periodId))
    .orderBy(asc(organizations.name));
}

export function selectOrganizationSector(db: DbOrTx, id: string) {
  return db
    .select({ id: organizations.id, sector: organizations.sector })
    .from(organizations)
    .where(eq(organizations.id, id))
    .then((rows) => rows[0]);
}

export function selectOwnShadowRows(db: DbOrTx, periodId: string, organizationId: string) {
  return db
    .select()
    .from(shadowAssessments)
    .where(
      and(
        eq(shadowAssessments.reportingPeriodId, periodId),
        eq(shadowAssessments.organizationId, organizationId),
      ),
    );
}

export async function upsertShadowAssessments(
  db: DbOrTx,
  keys: { reportingPeriodId: string; organizationId: string; updatedBy: string },
  rows: { frameworkNodeId: string; status: string; narrative: string | null }[],
) {
  await db
    .insert(shadowAssessments)
    .values(rows.map((row) => ({ ...row, ...keys })))
    .onConflictDoUpdate({
      target: [
        shadowAssessments.reportingPeriodId,
        shadowAssessments.frameworkNodeId,
        shadowAssessments.organizationId,
      ],
      set: {
        status: sql`excluded.status`,
        narrative: sql`excluded.narrative`,
        updatedBy: sql`excluded.updated_by`,
        updatedAt: sql`now()`,
      },
    });
}

export function selectOrganizationNames(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids));
}
