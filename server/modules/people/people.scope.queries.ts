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

const seen = alias(participations, "seen");
/**
 * People who take part in an event whose participants the actor may read; `undefined`: everyone.
 * A semi-join per person (`exists`: their participations by `person_id`, each event checked against
 * the readable events, a set PostgreSQL builds once and hashes). Not `id in (participants of
 * readable events)`: for a large organisation that set is most participations, and under the `or`
 * of `peopleScope` PostgreSQL cannot hash it and rescans it for every person.
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

/** Mirrors `personPolicy(actor, "read", person)`: `undefined` means everyone. */
export function peopleScope(actor: Actor): SQL | undefined {
  if (isStaff(actor)) return undefined;
  const seenThrough = seenThroughEvents(actor, people.id);
  if ((actor.role === "representative" || actor.role === "partner") && actor.organizationId) {
    return or(
      eq(people.organizationId, actor.organizationId),
      eq(people.registeredByOrganizationId, actor.organizationId),
      seenThrough,
    );
  }
  if (actor.role === "trainer") return seenThrough ?? sql`false`;
  return sql`false`;
}
