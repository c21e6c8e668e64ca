import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/** The audit log is only read (its list and its export); entries are written by the services. */
export type AuditAction = "read";

/**
 * The audit log holds personal data before and after each change: only administrators read it,
 * every other role is refused.
 */
export function auditPolicy(actor: Actor, _action: AuditAction): Decision {
  return actor.role === "administrator" ? "allow" : "deny";
}
