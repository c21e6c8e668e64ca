import { abilitiesFrom } from "../../http/abilities.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";
import { type EventFacts, eventPolicy, participationPolicy } from "../events/events.policy.js";

export type CurriculumAction = "read" | "create" | "update" | "archive";

/**
 * Curricula are the plan's shared material, not an organisation's: every signed-in role reads them;
 * only the agency (administrators, coordinators) writes them.
 */
export function curriculumPolicy(actor: Actor, action: CurriculumAction): Decision {
  if (isStaff(actor)) return "allow";
  return action === "read" ? "allow" : "deny";
}

/**
 * What is done to the training side of an event: read its setup, set it up (curricula and rules),
 * record attendance, module scores and evaluations, or read the results (which name people).
 */
export type TrainingAction = "read" | "setup" | "record" | "readResults";

/**
 * A training follows its event: its setup is read by whoever reads the event and written by whoever
 * updates it; attendance, scores and evaluations are recorded by whoever records the event's
 * participations (its trainers too), and read, like the participants, by whoever reads them.
 * Without an event the answer is for the role: whether it may ever act.
 */
export function trainingPolicy(actor: Actor, action: TrainingAction, event?: EventFacts): Decision {
  switch (action) {
    case "read":
      return eventPolicy(actor, "read", event);
    case "setup":
      return eventPolicy(actor, "update", event);
    case "record":
      return participationPolicy(actor, "record", event);
    case "readResults":
      return participationPolicy(actor, "read", event);
  }
}

/** What the reader may do with a curriculum, sent with it. */
export const curriculumAbilities = (actor: Actor) =>
  abilitiesFrom(["update", "archive"] as const, (action) => curriculumPolicy(actor, action));
