import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

export type BoardAction = "read" | "create" | "update" | "archive";
export type MembershipAction = "read" | "create" | "update" | "delete";

/**
 * Boards are the plan's, not any organisation's: every signed-in role reads them; only the agency
 * (administrators, coordinators) creates, changes and archives them.
 */
export function boardPolicy(actor: Actor, action: BoardAction): Decision {
  if (isStaff(actor)) return "allow";
  return action === "read" ? "allow" : "deny";
}

/** Memberships follow their board: every signed-in role reads the composition; the agency writes it. */
export function membershipPolicy(actor: Actor, action: MembershipAction): Decision {
  if (isStaff(actor)) return "allow";
  return action === "read" ? "allow" : "deny";
}
