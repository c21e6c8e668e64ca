import type { SubmissionStatus } from "../../../common/schemas/enums.js";
import { abilitiesFrom } from "../../http/abilities.js";
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

/** A submission as its abilities need it: whose it is, where it stands, and whether its period is open. */
interface SubmissionState {
  organizationId: string;
  status: SubmissionStatus | string;
  periodStatus: "open" | "closed" | string;
}

/**
 * What the reader may do with a submission now: edit and submit it while it is a draft (or returned)
 * in an open period, return or approve it once submitted, unlock it once approved, comment on it.
 */
export const submissionAbilities = (actor: Actor, submission: SubmissionState) =>
  abilitiesFrom(["edit", "submit", "return", "approve", "unlock", "comment"] as const, (action) => {
    const row = { organizationId: submission.organizationId, status: submission.status };
    const inDraft =
      submission.periodStatus === "open" &&
      (submission.status === "draft" || submission.status === "returned");
    switch (action) {
      case "edit":
      case "submit":
        return inDraft ? submissionPolicy(actor, "write", row) : "deny";
      case "return":
      case "approve":
        return submission.status === "submitted" ? submissionPolicy(actor, "decide", row) : "deny";
      case "unlock":
        return submission.status === "approved" ? submissionPolicy(actor, "decide", row) : "deny";
      case "comment":
        return submissionPolicy(actor, "write", row);
    }
  });

/** Whether the reader may start an organisation's report for a period: only where none is started yet. */
export const completenessAbilities = (
  actor: Actor,
  row: { organizationId: string; submissionId: string | null; periodStatus: string },
) =>
  abilitiesFrom(["start"] as const, () =>
    row.submissionId === null && row.periodStatus === "open"
      ? submissionPolicy(actor, "write", { organizationId: row.organizationId, status: "draft" })
      : "deny",
  );
