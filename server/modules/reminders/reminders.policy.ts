import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/** Whose reminders a user gets: the agency reviews, a representative reports; other roles have none. */
export type ReminderScope = "review" | "report" | "none";

/** Every signed-in user reads their own reminders; what they hold depends on the role. */
export function reminderPolicy(_actor: Actor): Decision {
  return "allow";
}

export function reminderScope(actor: Actor): ReminderScope {
  if (isStaff(actor)) return "review";
  if (actor.role === "representative" && actor.organizationId) return "report";
  return "none";
}
