import { abilitiesFrom } from "../../http/abilities.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

export type PersonAction = "read" | "readPersonal" | "create" | "update" | "archive" | "merge";

/** What the policy needs to know about a person, as seen by one actor. */
export interface PersonFacts {
  organizationId: string | null;
  registeredByOrganizationId?: string | null;
  /** The person takes part in an event whose participants the actor may read. */
  isSeenThroughEvents?: boolean;
  isArchived?: boolean;
  /** The record was merged into another person: an alias, no longer changed by anyone. */
  isMerged?: boolean;
}

/** The person belongs to the actor's organisation or was registered by it. */
const isOwnPerson = (actor: Actor, person: PersonFacts) =>
  actor.organizationId !== null &&
  (person.organizationId === actor.organizationId ||
    person.registeredByOrganizationId === actor.organizationId);

/**
 * People are personal data. Staff see and edit everyone. Representatives and partners read the people
 * of their organisation (or registered by it) and the participants of events they may read the
 * participants of, and edit only their own people; trainers read the participants of the events they
 * train; viewers read no one. Only staff merge two records of one person (and list the probable
 * duplicates): a merge reaches every organisation's rows. Without a person the answer is for the
 * role: whether it may ever act. `peopleScope` in people.scope.queries.ts is the same rule in SQL,
 * for lists.
 */
export function personPolicy(actor: Actor, action: PersonAction, person?: PersonFacts): Decision {
  if (isStaff(actor)) return "allow";
  if (action === "merge") return "deny";
  const isOrganizationRole = actor.role === "representative" || actor.role === "partner";
  switch (action) {
    case "read":
      if (actor.role === "viewer") return "deny";
      if (!person) return "allow";
      if (person.isSeenThroughEvents) return "allow";
      return isOrganizationRole && isOwnPerson(actor, person) ? "allow" : "hide";
    case "readPersonal":
      if (actor.role === "viewer" || actor.organizationId === null) return "deny";
      if (!person) return "allow";
      return person.organizationId === actor.organizationId ? "allow" : "hide";
    case "create":
      return isOrganizationRole ? "allow" : "deny";
    case "update":
    case "archive":
      if (!isOrganizationRole) return "deny";
      if (!person) return "allow";
      return isOwnPerson(actor, person) ? "allow" : "hide";
  }
}

/**
 * Who may move a person into another organisation: staff anywhere; representatives and partners
 * only into their own organisation, or out of any (no organisation). A person never lands in an
 * organisation the actor does not belong to.
 */
export function personMovePolicy(actor: Actor, toOrganizationId: string | null): Decision {
  if (isStaff(actor)) return "allow";
  return toOrganizationId === null || toOrganizationId === actor.organizationId ? "allow" : "deny";
}

/**
 * What the reader may do with a person, sent with them. An alias (merged into another person) offers
 * nothing, and an archived person is not merged into.
 */
export const personAbilities = (actor: Actor, person: PersonFacts) =>
  abilitiesFrom(["update", "archive", "merge"] as const, (action) => {
    if (person.isMerged || (action === "merge" && person.isArchived)) return "deny";
    return personPolicy(actor, action, person);
  });
