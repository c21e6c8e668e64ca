import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

export type AssessmentAction = "read" | "write";

/**
 * Dual-track assessments: the side-by-side view is aggregated public-interest content with no
 * personal data, so every signed-in role reads it. Shadow assessments are written by a partner for
 * its own (civil-society) organisation, or by the agency on behalf of a named civil-society
 * organisation; representatives, trainers and viewers never write them.
 */
export function assessmentPolicy(actor: Actor, action: AssessmentAction): Decision {
  if (action === "read") return "allow";
  if (isStaff(actor) || actor.role === "partner") return "allow";
  return "deny";
}

/**
 * Whether the actor writes shadow assessments as its own organisation (a partner); staff write them
 * on behalf of an organisation they name.
 */
export const assessesAsOwnOrganization = (actor: Actor): boolean =>
  assessmentPolicy(actor, "write") === "allow" && !isStaff(actor) && actor.organizationId !== null;
