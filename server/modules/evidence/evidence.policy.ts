import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";
import { submissionPolicy } from "../submissions/submissions.policy.js";

/** `read` lists and downloads the files; `write` uploads and deletes them. */
export type EvidenceAction = "read" | "write";

/**
 * Evidence follows its submission: whoever may read the submission lists and downloads its files,
 * and whoever may write it uploads and deletes them; a submission hidden from the actor hides its
 * evidence too. Without a submission the answer is for the role: whether it may ever act.
 */
export function evidencePolicy(
  actor: Actor,
  action: EvidenceAction,
  submission?: { organizationId: string; status: string },
): Decision {
  return submissionPolicy(actor, action, submission);
}
