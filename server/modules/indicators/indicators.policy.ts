import { abilitiesFrom } from "../../http/abilities.js";
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

/** What the reader may do with an indicator, sent with it. */
export const indicatorAbilities = (actor: Actor) =>
  abilitiesFrom(["update", "archive"] as const, (action) => indicatorPolicy(actor, action));

/**
 * What the reader may do with a category set: built-in sets are never changed. (Deleting a set that
 * indicators use is refused with its reason when tried, so the reader learns why.)
 */
export const categorySetAbilities = (actor: Actor, set: { isSystem: boolean }) =>
  abilitiesFrom(["update", "delete"] as const, (action) =>
    set.isSystem ? "deny" : categorySetPolicy(actor, action),
  );

/** What the reader may do with a reporting period. */
export const periodAbilities = (actor: Actor) =>
  abilitiesFrom(["update", "delete"] as const, (action) => periodPolicy(actor, action));
