/**
 * An indicator's history: the changes of its definition (from the audit log, with the reason a
 * change needed) and the approved figures reported for it, each with the report it came in. The
 * figures listed are those of the reports the actor may read (a representative sees its own
 * organisation's, a viewer approved ones), so the history never shows more than the reports do.
 */
import type { IndicatorHistory } from "../../../common/schemas/indicators.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { listApprovedFigures } from "../submissions/submissions.service.js";
import { selectIndicatorAudits } from "./indicators.history.queries.js";
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
    selectIndicatorAudits(db, id),
    listApprovedFigures(db, actor, id),
  ]);
  return {
    changes: audits.map((entry) => ({
      at: entry.at.toISOString(),
      action: entry.action,
      actorName: entry.actorName,
      fields: changedFields(entry.before, entry.after),
      reason: entry.reason,
    })),
    values: reported.map((row) => ({
      periodId: row.periodId,
      periodName: row.periodName,
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      submissionId: row.submissionId,
      value: row.value,
      textValue: row.textValue,
      decidedAt: row.decidedAt?.toISOString() ?? null,
    })),
  };
}
