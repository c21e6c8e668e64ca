/**
 * Which people an actor may read, in SQL: the twin of `personPolicy(actor, "read")`, composed into
 * the lists. A person is read through their organisation or through the events they take part in,
 * so the participants' read rule (`participationPolicy(actor, "read")`) lives here too; the events'
 * scope builds on it.
 */
import { type AnyColumn, and, eq, exists, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias, QueryBuilder } from "drizzle-orm/pg-core";
import { eventOrganizers, participations, people } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";

const qb = new QueryBuilder();
const nothing = sql`false`;
export const trainerRoles = ["trainer", "co_trainer"] as const;

/** The events the organisation organises. */
export const organisedBy = (organizationId: string) =>
  qb
    .select({ eventId: eventOrganizers.eventId })
    .from(eventOrganizers)
    .where(eq(eventOrganizers.organizationId, organizationId));

const member = alias(people, "member");
const memberParticipation = alias(participations, "member_participation");
const attendedByMembersOf = (organizationId: string) =>
  qb
    .select({ eventId: memberParticipation.eventId })
    .from(memberParticipation)
    .innerJoin(member, eq(member.id, memberParticipation.personId))
    .where(eq(member.organizationId, organizationId));

const trainerParticipation = alias(participations, "trainer_participation");
/** The events the person trains (as trainer or co-trainer). */
export const trainedBy = (personId: string) =>
  qb
    .select({ eventId: trainerParticipation.eventId })
    .from(trainerParticipation)
    .where(
      and(eq(trainerParticipation.personId, personId), inArray(trainerParticipation.role, [...trainerRoles])),
    );

/** Mirrors `participationPolicy(actor, "read", event)`. */
export function eventsWithReadableParticipants(actor: Actor, eventId: AnyColumn): SQL | undefined {
  if (isStaff(actor)) return undefined;
  const organizationId = actor.organizationId;
  switch (actor.role) {
    case "representative":
      if (!organizationId) return nothing;
      return or(
        inArray(eventId, organisedBy(organizationId)),
        inArray(eventId, attendedByMembersOf(organizationId)),
      );
    case "partner":
      return organizationId ? inArray(eventId, organisedBy(organizationId)) : nothing;
    case "trainer":
      return actor.personId ? inArray(eventId, trainedBy(actor.personId)) : nothing;
    default:
      return nothing;
  }
}

/** The events whose participants the actor may read, as one set (not staff: they read every event). */
function readableEvents(actor: Actor) {
  const organizationId = actor.organizationId;
  if (actor.role === "representative" && organizationId) {
    return organisedBy(organizationId).union(attendedByMembersOf(organizationId));
  }
  if (actor.role === "partner" && organizationId) return organisedBy(organizationId);
  if (actor.role === "trainer" && actor.personId) return trainedBy(actor.personId);
  return null;
}

const seen = alias(participations, "seen");
/**
 * Whether one person takes part in an event whose participants the actor may read; `undefined`:
 * everyone. For one row (a person's page); lists use `peopleScope`, a set built once.
 */
export function seenThroughEvents(actor: Actor, personId: AnyColumn): SQL | undefined {
  const events = eventsWithReadableParticipants(actor, seen.eventId);
  if (events === undefined) return undefined;
  return exists(
    qb
      .select({ one: sql`1` })
      .from(seen)
      .where(and(eq(seen.personId, personId), events)),
  );
}

const memberOf = alias(people, "member_of");
const registeredBy = alias(people, "registered_by");
const seenIn = alias(participations, "seen_in");

/**
 * Mirrors `personPolicy(actor, "read", person)`: `undefined` means everyone. One set of person ids
 * (the organisation's people, those it registered, and the participants of the events it may read,
 * each found through an index and joined by `union all`), which PostgreSQL builds once and hashes;
 * an `or` of the three, or a semi-join per person, makes it test every person of the registry.
 */
export function peopleScope(actor: Actor): SQL | undefined {
  if (isStaff(actor)) return undefined;
  const events = readableEvents(actor);
  const participants = events
    ? qb.select({ id: seenIn.personId }).from(seenIn).where(inArray(seenIn.eventId, events))
    : null;
  if ((actor.role === "representative" || actor.role === "partner") && actor.organizationId) {
    const organizationId = actor.organizationId;
    const own = qb
      .select({ id: memberOf.id })
      .from(memberOf)
      .where(eq(memberOf.organizationId, organizationId))
      .unionAll(
        qb
          .select({ id: registeredBy.id })
          .from(registeredBy)
          .where(eq(registeredBy.registeredByOrganizationId, organizationId)),
      );
    return inArray(people.id, participants ? own.unionAll(participants) : own);
  }
  if (actor.role === "trainer" && participants) return inArray(people.id, participants);
  return nothing;
}
