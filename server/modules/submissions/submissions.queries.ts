import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Submission, SubmissionComment } from "../../../common/schemas/submissions.js";
import type { DbOrTx } from "../../db/client.js";
import { organizations, reportingPeriods, submissionComments, submissions, users } from "../../db/schema.js";
import { toNumber } from "../../db/sql.js";

export type SubmissionRow = typeof submissions.$inferSelect;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export async function selectSubmission(db: DbOrTx, id: string): Promise<Stored<Submission> | undefined> {
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

/** A reporting period's row. */
export async function selectPeriodRow(db: DbOrTx, id: string) {
  const [row] = await db.select().from(reportingPeriods).where(eq(reportingPeriods.id, id));
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

export function selectOrganizationNames(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, ids));
}

/** A new draft; undefined when the organisation already has a submission for the period. */
export async function insertSubmissionRow(
  tx: DbOrTx,
  values: { reportingPeriodId: string; organizationId: string },
): Promise<SubmissionRow | undefined> {
  const [row] = await tx.insert(submissions).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateSubmissionRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<Omit<typeof submissions.$inferInsert, "id" | "createdAt" | "updatedAt">>,
): Promise<SubmissionRow | undefined> {
  const [row] = await tx
    .update(submissions)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(submissions.id, id))
    .returning();
  return row;
}

/** Marks the submission as changed (its values or action reports were written). */
export async function touchSubmission(tx: DbOrTx, id: string): Promise<void> {
  await tx.update(submissions).set({ updatedAt: sql`now()` }).where(eq(submissions.id, id));
}

/**
 * The figure of each approved submission that reports the indicator, by period and organisation:
 * the total, else the sum of the breakdown.
 */
export async function selectApprovedFigures(db: DbOrTx, indicatorId: string) {
  const rows = await db
    .select({
      periodId: reportingPeriods.id,
      periodName: reportingPeriods.name,
      organizationId: organizations.id,
      organizationName: organizations.name,
      submissionId: submissions.id,
      status: submissions.status,
      decidedAt: submissions.decidedAt,
      total: sql<string | null>`max(v.value) filter (where v.category_key = '')`,
      combined: sql<string | null>`sum(v.value) filter (where v.category_key <> '')`,
      textValue: sql<string | null>`max(v.text_value)`,
    })
    .from(sql`indicator_values v`)
    .innerJoin(submissions, sql`${submissions.id} = v.submission_id`)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, submissions.reportingPeriodId))
    .innerJoin(organizations, eq(organizations.id, submissions.organizationId))
    .where(and(sql`v.indicator_id = ${indicatorId}`, eq(submissions.status, "approved")))
    .groupBy(reportingPeriods.id, organizations.id, submissions.id)
    .orderBy(asc(reportingPeriods.startsOn), asc(organizations.name));
  return rows.map(({ total, combined, ...row }) => ({
    ...row,
    value: toNumber(total) ?? toNumber(combined),
  }));
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
