import type { SubmissionStatus } from "../../../common/schemas/enums.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/** `write` covers create, values, actions, submit and comment; `decide` covers return, approve, unlock. */
export type SubmissionAction = "list" | "read" | "write" | "decide";

/**
 * Submissions: the agency (administrators, coordinators) does everything; a representative reads and
 * writes its own organisation's submissions and never decides on them; another organisation's
 * submission is hidden from it; a viewer reads approved submissions only; partners and trainers
 * have no part in the cycle. The completeness list is not personal data: every reporting role reads it.
 */
export function submissionPolicy(
  actor: Actor,
  action: SubmissionAction,
  row?: { organizationId: string; status: SubmissionStatus | string },
): Decision {
  if (isStaff(actor)) return "allow";
  if (actor.role === "partner" || actor.role === "trainer") return "deny";
  if (action === "list") return "allow";
  if (actor.role === "viewer") {
    if (action !== "read") return "deny";
    return row && row.status !== "approved" ? "hide" : "allow";
  }
  // representative
  if (row && row.organizationId !== actor.organizationId) return "hide";
  if (action === "decide") return "deny";
  return "allow";
}
