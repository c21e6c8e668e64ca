import { and, asc, desc, eq, exists, inArray, isNull, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import {
  frameworkNodes,
  indicatorResponsibleOrganizations,
  indicators,
  organizations,
  plans,
  reportingPeriods,
  submissionComments,
  submissions,
} from "../../db/schema.js";
import { reportedIndicator } from "../submissions/submissions.scope.queries.js";

/**
 * The open periods, started by `today`, of plans that are not archived, in which the organisation
 * reports (responsible for an indicator it reports values for, or leading an action), with its
 * submission when it has one.
 */
export function selectReportingPeriods(db: DbOrTx, organizationId: string, today: string) {
  const responsible = db
    .select({ one: sql`1` })
    .from(indicatorResponsibleOrganizations)
    .innerJoin(indicators, eq(indicators.id, indicatorResponsibleOrganizations.indicatorId))
    .where(
      and(
        eq(indicators.planId, reportingPeriods.planId),
        reportedIndicator,
        eq(indicatorResponsibleOrganizations.organizationId, organizationId),
      ),
    );
  const leading = db
    .select({ one: sql`1` })
    .from(frameworkNodes)
    .where(
      and(
        eq(frameworkNodes.planId, reportingPeriods.planId),
        eq(frameworkNodes.leadOrganizationId, organizationId),
      ),
    );
  return db
    .select({
      periodId: reportingPeriods.id,
      periodName: reportingPeriods.name,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
      planId: plans.id,
      planTitle: plans.title,
      submissionId: submissions.id,
      status: submissions.status,
      decidedAt: submissions.decidedAt,
      updatedAt: submissions.updatedAt,
    })
    .from(reportingPeriods)
    .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
    .leftJoin(
      submissions,
      and(
        eq(submissions.reportingPeriodId, reportingPeriods.id),
        eq(submissions.organizationId, organizationId),
      ),
    )
    .where(
      and(
        eq(reportingPeriods.status, "open"),
        lte(reportingPeriods.startsOn, today),
        isNull(plans.archivedAt),
        sql`(${exists(responsible)} or ${exists(leading)})`,
      ),
    )
    .orderBy(asc(reportingPeriods.endsOn), asc(plans.title));
}

/** The submitted reports, of plans that are not archived, waiting for a decision. */
export function selectSubmittedReports(db: DbOrTx) {
  return db
    .select({
      submissionId: submissions.id,
      submittedAt: submissions.submittedAt,
      updatedAt: submissions.updatedAt,
      periodId: reportingPeriods.id,
      periodName: reportingPeriods.name,
      planId: plans.id,
      planTitle: plans.title,
      organizationId: organizations.id,
      organizationName: organizations.name,
    })
    .from(submissions)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, submissions.reportingPeriodId))
    .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
    .innerJoin(organizations, eq(organizations.id, submissions.organizationId))
    .where(and(eq(submissions.status, "submitted"), isNull(plans.archivedAt)))
    .orderBy(asc(submissions.submittedAt), asc(organizations.name));
}

export async function selectOrganizationName(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return row?.name;
}

/** The latest comment that sent each submission back (a return or an unlock), by submission. */
export async function selectLatestReturnNotes(db: DbOrTx, submissionIds: string[]) {
  const notes = new Map<string, string>();
  if (submissionIds.length === 0) return notes;
  const rows = await db
    .select({ submissionId: submissionComments.submissionId, body: submissionComments.body })
    .from(submissionComments)
    .where(
      and(
        inArray(submissionComments.submissionId, submissionIds),
        inArray(submissionComments.kind, ["return", "unlock"]),
      ),
    )
    .orderBy(desc(submissionComments.createdAt), desc(submissionComments.id));
  for (const row of rows) if (!notes.has(row.submissionId)) notes.set(row.submissionId, row.body);
  return notes;
}
