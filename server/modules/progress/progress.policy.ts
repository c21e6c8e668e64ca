import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/**
 * Progress (actuals, targets, statuses, the CSV export) is aggregates of a plan, with no personal
 * data: every signed-in role reads it.
 */
export function progressPolicy(_actor: Actor, _action: "read"): Decision {
  return "allow";
}
