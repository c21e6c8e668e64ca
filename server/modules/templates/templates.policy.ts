import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";
import { submissionPolicy } from "../submissions/submissions.policy.js";

/** `read` downloads a submission's template; `write` reads a filled one back into its values. */
export type TemplateAction = "read" | "write";

/**
 * A template follows its submission: whoever may read the submission downloads its template, and
 * whoever may write it uploads the filled template; a submission hidden from the actor hides its
 * template too. Without a submission the answer is for the role: whether it may ever act.
 */
export function templatePolicy(
  actor: Actor,
  action: TemplateAction,
  submission?: { organizationId: string; status: string },
): Decision {
  return submissionPolicy(actor, action, submission);
}
