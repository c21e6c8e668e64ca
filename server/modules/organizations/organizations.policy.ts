import { abilitiesFrom } from "../../http/abilities.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

export type OrganizationAction = "read" | "create" | "update" | "archive";

/** Organisations are public knowledge inside the platform; each writes only its own record. */
export function organizationPolicy(
  actor: Actor,
  action: OrganizationAction,
  organization?: { id: string },
): Decision {
  if (action === "read" || isStaff(actor)) return "allow";
  if (action === "update" && (actor.role === "representative" || actor.role === "partner")) {
    return organization?.id === actor.organizationId ? "allow" : "hide";
  }
  return "deny";
}

/** What the reader may do with an organisation, sent with it (representatives and partners edit their own). */
export const organizationAbilities = (actor: Actor, organization: { id: string }) =>
  abilitiesFrom(["update", "archive"] as const, (action) => organizationPolicy(actor, action, organization));
