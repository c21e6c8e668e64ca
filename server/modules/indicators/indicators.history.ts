/**
 * An indicator's history: the changes of its definition (from the audit log, with the reason a
 * change needed) and the approved figures reported for it, each with the report it came in. The
 * figures listed are those of the reports the actor may read (a representative sees its own
 * organisation's, a viewer approved ones), so the history never shows more than the reports do.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { IndicatorHistory } from "../../../common/schemas/indicators.js";
import type { Db } from "../../db/client.js";
import { auditLog, organizations, reportingPeriods, submissions, users } from "../../db/schema.js";
import { toNumber } from "../../db/sql.js";
import type { Actor } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { submissionPolicy } from "../submissions/submissions.policy.js";
import { indicatorPolicy } from "./indicators.policy.js";
import { selectIndicatorRow } from "./indicators.queries.js";

/** The top-level fields whose JSON differs between two audit states. */
export function changedFields(before: unknown, after: unknown): string[] {
  const object = (value: unknown) =>
    value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  const [a, b] = [object(before), object(after)];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const ignored = new Set(["updatedAt", "createdAt", "id", "lineageId"]);
  return keys.filter((key) => !ignored.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

export async function getIndicatorHistory(db: Db, actor: Actor, id: string): Promise<IndicatorHistory> {
  enforce(indicatorPolicy(actor, "read"), "Indicator");
  if (!(await selectIndicatorRow(db, id))) throw notFound("Indicator");
  const [audits, reported] = await Promise.all([
    db
      .select({
        at: auditLog.at,
        action: auditLog.action,
        actorName: users.displayName,
        before: auditLog.before,
        after: auditLog.after,
        reason: auditLog.reason,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(and(eq(auditLog.entityType, "indicator"), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.at), desc(auditLog.id)),
    db
      .select({
        periodId: reportingPeriods.id,
        periodName: reportingPeriods.name,
        startsOn: reportingPeriods.startsOn,
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
      .where(and(sql`v.indicator_id = ${id}`, eq(submissions.status, "approved")))
      .groupBy(reportingPeriods.id, organizations.id, submissions.id)
      .orderBy(asc(reportingPeriods.startsOn), asc(organizations.name)),
  ]);
  return {
    changes: audits.map((entry) => ({
      at: entry.at.toISOString(),
      action: entry.action,
      actorName: entry.actorName,
      fields: changedFields(entry.before, entry.after),
      reason: entry.reason,
    })),
    values: reported
      .filter((row) => submissionPolicy(actor, "read", row) === "allow")
      .map((row) => ({
        periodId: row.periodId,
        periodName: row.periodName,
        organizationId: row.organizationId,
        organizationName: row.organizationName,
        submissionId: row.submissionId,
        value: toNumber(row.total) ?? toNumber(row.combined),
        textValue: row.textValue,
        decidedAt: row.decidedAt?.toISOString() ?? null,
      })),
  };
}
