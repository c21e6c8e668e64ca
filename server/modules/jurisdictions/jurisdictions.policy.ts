import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/** Jurisdictions are reference data: they are only read. */
export type JurisdictionAction = "read";

/**
 * Jurisdictions (state, entities, cantons, municipalities) are public reference data: every
 * signed-in user, whatever the role, reads all of them; nobody changes them through the API.
 */
export function jurisdictionPolicy(_actor: Actor, _action: JurisdictionAction): Decision {
  return "allow";
}
