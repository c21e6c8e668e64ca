/**
 * Reminders: what is due for the signed-in user, as of the app clock's date. A representative gets
 * the open periods its organisation reports in and has not submitted (due, or overdue once the
 * period has ended) and its returned reports; administrators and coordinators get the reports
 * waiting for their review.
 */
import type { Reminder, ReminderKind } from "../../../common/schemas/reminders.js";
import { reminderKinds } from "../../../common/schemas/reminders.js";
import type { DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { enforce } from "../../http/policy.js";
import { reminderPolicy, reminderScope } from "./reminders.policy.js";
import {
  selectLatestReturnNotes,
  selectOrganizationName,
  selectReportingPeriods,
  selectSubmittedReports,
} from "./reminders.queries.js";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Overdue first, then returned, due and to review; within a kind the oldest first. */
export function sortReminders(items: Reminder[]): Reminder[] {
  const rank = (kind: ReminderKind) => reminderKinds.indexOf(kind);
  return [...items].sort(
    (a, b) =>
      rank(a.kind) - rank(b.kind) ||
      a.since.localeCompare(b.since) ||
      a.planTitle.localeCompare(b.planTitle) ||
      a.periodName.localeCompare(b.periodName) ||
      a.organizationName.localeCompare(b.organizationName),
  );
}

async function reportReminders(db: DbOrTx, organizationId: string, today: string): Promise<Reminder[]> {
  const organizationName = (await selectOrganizationName(db, organizationId)) ?? "";
  const periods = await selectReportingPeriods(db, organizationId, today);
  const returnedIds = periods.filter((p) => p.status === "returned").map((p) => p.submissionId as string);
  const notes = await selectLatestReturnNotes(db, returnedIds);
  return periods.flatMap((p): Reminder[] => {
    const base = {
      periodId: p.periodId,
      periodName: p.periodName,
      planId: p.planId,
      planTitle: p.planTitle,
      organizationId,
      organizationName,
      submissionId: p.submissionId,
    };
    if (p.status === "returned" && p.submissionId) {
      const since = isoDay(p.decidedAt ?? (p.updatedAt as Date));
      return [{ ...base, kind: "returned", since, note: notes.get(p.submissionId) ?? null }];
    }
    if (p.status !== null && p.status !== "draft") return [];
    const hasEnded = p.endsOn < today;
    return [
      {
        ...base,
        kind: hasEnded ? "overdue" : "due",
        since: hasEnded ? p.endsOn : p.startsOn,
        note: null,
      },
    ];
  });
}

async function reviewReminders(db: DbOrTx): Promise<Reminder[]> {
  const rows = await selectSubmittedReports(db);
  return rows.map(({ submittedAt, updatedAt, ...row }) => ({
    ...row,
    kind: "to_review",
    since: isoDay(submittedAt ?? updatedAt),
    note: null,
  }));
}

export async function listReminders(db: DbOrTx, actor: Actor, now: Date): Promise<Reminder[]> {
  enforce(reminderPolicy(actor), "Reminders");
  const scope = reminderScope(actor);
  if (scope === "review") return sortReminders(await reviewReminders(db));
  if (scope === "report" && actor.organizationId) {
    return sortReminders(await reportReminders(db, actor.organizationId, isoDay(now)));
  }
  return [];
}
