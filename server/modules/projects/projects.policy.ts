import { abilitiesFrom } from "../../http/abilities.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

export type ProjectAction = "read" | "create" | "update" | "archive";

/** Projects are read by every signed-in role; the agency (administrators, coordinators) writes them. */
export function projectPolicy(actor: Actor, action: ProjectAction): Decision {
  if (action === "read") return "allow";
  return isStaff(actor) ? "allow" : "deny";
}

/** What the reader may do with a project, sent with it. */
export const projectAbilities = (actor: Actor) =>
  abilitiesFrom(["update", "archive"] as const, (action) => projectPolicy(actor, action));
