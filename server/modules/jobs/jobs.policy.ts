import { abilitiesFrom } from "../../http/abilities.js";
import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/** `read` covers the list and the schedules; `retry` puts a failed job back on its queue. */
export type JobAction = "read" | "retry";

/**
 * Background jobs are the installation's machinery: only administrators see them and retry them;
 * every other role is refused.
 */
export function jobPolicy(actor: Actor, _action: JobAction): Decision {
  return actor.role === "administrator" ? "allow" : "deny";
}

/** A job as its abilities need it: where it stands, and whether it is still on its queue. */
interface JobStanding {
  state: string;
  archived: boolean;
}

/** Retry: only a failed job that is still on its queue (an archived one is history). */
export const jobAbilities = (actor: Actor, job: JobStanding) =>
  abilitiesFrom(["retry"] as const, (action) =>
    job.state === "failed" && !job.archived ? jobPolicy(actor, action) : "deny",
  );
