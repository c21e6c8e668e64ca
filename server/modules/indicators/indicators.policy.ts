import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

export type IndicatorAction = "read" | "create" | "update" | "archive";
export type CategorySetAction = "read" | "create" | "update" | "delete";
export type PeriodAction = "read" | "create" | "update" | "delete";

/**
 * Indicator definitions are plan data: read by every signed-in role, written by the agency
 * (administrators, coordinators). Reported values, which institutions write, come with submissions.
 */
export function indicatorPolicy(actor: Actor, action: IndicatorAction): Decision {
  if (action === "read") return "allow";
  return isStaff(actor) ? "allow" : "deny";
}

/** Category sets are shared by every plan: read by every signed-in role, written by the agency. */
export function categorySetPolicy(actor: Actor, action: CategorySetAction): Decision {
  if (action === "read") return "allow";
  return isStaff(actor) ? "allow" : "deny";
}

/** Reporting periods belong to a plan: read by every signed-in role, written by the agency. */
export function periodPolicy(actor: Actor, action: PeriodAction): Decision {
  if (action === "read") return "allow";
  return isStaff(actor) ? "allow" : "deny";
}
