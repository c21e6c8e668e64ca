import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/** Accounts are managed by administrators only. */
export function userPolicy(actor: Actor, _action: "read" | "create" | "update"): Decision {
  return actor.role === "administrator" ? "allow" : "deny";
}
