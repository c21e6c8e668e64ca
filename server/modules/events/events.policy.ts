import { abilitiesFrom } from "../../http/abilities.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

export type EventAction = "read" | "create" | "update" | "archive";
/** `record` changes attendance and test scores only; `update` may also change the role. */
export type ParticipationAction = "read" | "create" | "update" | "record" | "delete";

/** What the policies need to know about an event; each is compared with the actor. */
export interface EventFacts {
  organizerIds: string[];
  /** People who take part as trainer or co-trainer. */
  trainerPersonIds: string[];
  /** Organisations of the people who take part. */
  participantOrganizationIds: string[];
}

const isOrganizer = (actor: Actor, event: EventFacts) =>
  actor.organizationId !== null && event.organizerIds.includes(actor.organizationId);

const isTrainer = (actor: Actor, event: EventFacts) =>
  actor.personId !== null && event.trainerPersonIds.includes(actor.personId);

/**
 * An event belongs to its organisers. Staff do everything; representatives and viewers read every
 * event; partners read only the events their organisation organises and trainers only the events
 * they train. Representatives and partners edit their own events; trainers and viewers edit none.
 * Without an event the answer is for the role: whether it may ever act.
 * `readableEvents` in events.scope.queries.ts is the read rule in SQL, for lists.
 */
export function eventPolicy(actor: Actor, action: EventAction, event?: EventFacts): Decision {
  if (isStaff(actor)) return "allow";
  switch (action) {
    case "read":
      if (!event || actor.role === "representative" || actor.role === "viewer") return "allow";
      if (actor.role === "partner") return isOrganizer(actor, event) ? "allow" : "hide";
      if (actor.role === "trainer") return isTrainer(actor, event) ? "allow" : "hide";
      return "hide";
    case "create":
    case "update":
    case "archive":
      if (actor.role !== "representative" && actor.role !== "partner") return "deny";
      if (!event || action === "create") return "allow";
      return isOrganizer(actor, event) ? "allow" : "hide";
  }
}

/**
 * Who may change the organisers of an existing event: staff change anything; an organiser may add
 * organisations and withdraw its own, but never remove another organisation — only staff or the
 * removed organisation itself may do that.
 */
export function organizerChangePolicy(actor: Actor, before: string[], after: string[]): Decision {
  if (isStaff(actor)) return "allow";
  if (actor.organizationId === null || !before.includes(actor.organizationId)) return "hide";
  const removed = before.filter((organizationId) => !after.includes(organizationId));
  return removed.every((organizationId) => organizationId === actor.organizationId) ? "allow" : "deny";
}

/**
 * Participations follow their event. Representatives read the participants of events their
 * organisation organised or took part in, and write those of their own events; partners read and
 * write those of their own events; trainers read those of the events they train and record their
 * attendance and scores; viewers see only the attendance counts on the event.
 * `eventsWithReadableParticipants` in people.scope.queries.ts (shared by events.scope.queries.ts)
 * is the read rule in SQL.
 */
export function participationPolicy(actor: Actor, action: ParticipationAction, event?: EventFacts): Decision {
  if (isStaff(actor)) return "allow";
  switch (actor.role) {
    case "representative":
      if (!event) return "allow";
      if (isOrganizer(actor, event)) return "allow";
      if (action !== "read") return "hide";
      return actor.organizationId !== null && event.participantOrganizationIds.includes(actor.organizationId)
        ? "allow"
        : "hide";
    case "partner":
      if (!event) return "allow";
      return isOrganizer(actor, event) ? "allow" : "hide";
    case "trainer":
      if (action !== "read" && action !== "record") return "deny";
      if (!event) return "allow";
      return isTrainer(actor, event) ? "allow" : "hide";
    default:
      return "deny";
  }
}

/**
 * What the reader may do with an event, sent with it: edit and archive it as its organisers do, and
 * record attendance and scores as its organisers and trainers do.
 */
export const eventAbilities = (actor: Actor, event: EventFacts) =>
  abilitiesFrom(["update", "archive", "record"] as const, (action) =>
    action === "record" ? participationPolicy(actor, "record", event) : eventPolicy(actor, action, event),
  );
