import { abilitiesFrom } from "../../http/abilities.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/** `update` covers the plan's own fields and its results framework (adding, editing, moving nodes). */
export type PlanAction = "read" | "create" | "update" | "archive";

/** Plan data is read by every signed-in role; the agency (administrators, coordinators) writes it. */
export function planPolicy(actor: Actor, action: PlanAction): Decision {
  if (action === "read") return "allow";
  return isStaff(actor) ? "allow" : "deny";
}

/** What the reader may do with a plan, sent with it. */
export const planAbilities = (actor: Actor) =>
  abilitiesFrom(["update", "archive"] as const, (action) => planPolicy(actor, action));
