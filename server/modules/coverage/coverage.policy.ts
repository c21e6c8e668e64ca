import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/**
 * Coverage shows aggregates per municipality and the events there the reader may read (the events'
 * own read rule applies in SQL): every signed-in role reads it.
 */
export function coveragePolicy(_actor: Actor, _action: "read"): Decision {
  return "allow";
}
