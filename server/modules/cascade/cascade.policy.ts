import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";
import { type EventFacts, eventPolicy } from "../events/events.policy.js";

/**
 * The cascade of a TOT is read by those who may read the TOT (`eventPolicy` read). It names the
 * trainers and the sessions they delivered; the people reached are only counted, never named, so
 * reading it needs no right to the sessions' participants. Without an event the answer is for the
 * role. Lists use `readableEvents` in events.scope.queries.ts, the same rule in SQL.
 */
export function cascadePolicy(actor: Actor, tot?: EventFacts): Decision {
  return eventPolicy(actor, "read", tot);
}
