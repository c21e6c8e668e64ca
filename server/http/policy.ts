import { forbidden, notFound } from "./errors.js";

/**
 * A policy answers with a decision: `allow`; `deny` when the role may never do this (403);
 * `hide` when the row is not the actor's to see or touch, answered as if it did not exist (404).
 */
export type Decision = "allow" | "deny" | "hide";

export function enforce(decision: Decision, what: string): void {
  if (decision === "deny") throw forbidden();
  if (decision === "hide") throw notFound(what);
}
