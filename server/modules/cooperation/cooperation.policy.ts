import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/**
 * Every signed-in reader may see the cooperation network; what it is drawn from follows the read
 * rules of each source (a partner's network holds the ties of the events it may read, and every
 * agreement). The public sees only what is published.
 */
export function cooperationPolicy(_actor: Actor, _action: "read"): Decision {
  return "allow";
}
