import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/** The dashboard shows aggregates only (no names, no personal data): every signed-in role reads it. */
export function dashboardPolicy(_actor: Actor, _action: "read"): Decision {
  return "allow";
}
