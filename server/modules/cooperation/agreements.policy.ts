import { abilitiesFrom } from "../../http/abilities.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

export type AgreementAction = "read" | "create" | "update" | "archive";

/** What the policy needs of an agreement: the organisations that signed it. */
export interface AgreementFacts {
  partyIds: string[];
}

const isPartyRole = (actor: Actor) => actor.role === "representative" || actor.role === "partner";

/**
 * Agreements are institutional records without personal data: every signed-in role reads them.
 * Staff write any; a representative or partner writes only agreements their own organisation is a
 * party to (without an agreement, the answer is whether the role may write such agreements at all).
 * Another organisation's agreement stays readable, so writing it is refused (403), not hidden.
 * Trainers and viewers only read.
 */
export function agreementPolicy(actor: Actor, action: AgreementAction, agreement?: AgreementFacts): Decision {
  if (action === "read" || isStaff(actor)) return "allow";
  if (!isPartyRole(actor)) return "deny";
  if (!agreement) return "allow";
  return actor.organizationId !== null && agreement.partyIds.includes(actor.organizationId)
    ? "allow"
    : "deny";
}

/** What the reader may do with an agreement, sent with it. */
export const agreementAbilities = (actor: Actor, agreement: AgreementFacts) =>
  abilitiesFrom(["update", "archive"] as const, (action) => agreementPolicy(actor, action, agreement));
