import { z } from "zod";
import { IsoDate, Uuid } from "./common.js";

/**
 * What is due for the signed-in user: a representative's reports to write (`due`, `overdue` once
 * the period has ended) or to correct (`returned`); the agency's reports to review (`to_review`).
 */
export const reminderKinds = ["overdue", "returned", "due", "to_review"] as const;
export const ReminderKind = z.enum(reminderKinds);
export type ReminderKind = z.infer<typeof ReminderKind>;

export const Reminder = z.object({
  kind: ReminderKind,
  periodId: Uuid,
  periodName: z.string(),
  planId: Uuid,
  planTitle: z.string(),
  organizationId: Uuid,
  organizationName: z.string(),
  /** Null while the organisation has not started its report. */
  submissionId: Uuid.nullable(),
  /** Due: the period's start; overdue: its end; returned: the day of the return; to review: of submission. */
  since: IsoDate,
  /** The latest return comment of a returned report. */
  note: z.string().nullable(),
});
export type Reminder = z.infer<typeof Reminder>;

/** Overdue first, then returned, due and to review; the oldest first within each kind. */
export const ReminderList = z.object({ items: z.array(Reminder) });
export type ReminderList = z.infer<typeof ReminderList>;
