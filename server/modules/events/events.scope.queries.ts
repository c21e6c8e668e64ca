/**
 * The read rules of events.policy.ts in SQL, so that lists return only what the actor may read.
 * Each function answers a condition on an event id column; `undefined` means every event.
 */
import { type AnyColumn, and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { alias, QueryBuilder } from "drizzle-orm/pg-core";
import { eventOrganizers, participations, people } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";

const qb = new QueryBuilder();
const nothing = sql`false`;
export const trainerRoles = ["trainer", "co_trainer"] as const;

const organisedBy = (organizationId: string) =>
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
const trainedBy = (personId: string) =>
  qb
    .select({ eventId: trainerParticipation.eventId })
    .from(trainerParticipation)
    .where(
      and(eq(trainerParticipation.personId, personId), inArray(trainerParticipation.role, [...trainerRoles])),
    );

/** Mirrors `eventPolicy(actor, "read", event)`. */
export function readableEvents(actor: Actor, eventId: AnyColumn): SQL | undefined {
  if (actor.role === "partner") {
    return actor.organizationId ? inArray(eventId, organisedBy(actor.organizationId)) : nothing;
  }
  if (actor.role === "trainer") {
    return actor.personId ? inArray(eventId, trainedBy(actor.personId)) : nothing;
  }
  return undefined;
}

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
/** People who take part in an event whose participants the actor may read; `undefined`: everyone. */
export function seenThroughEvents(actor: Actor, personId: AnyColumn): SQL | undefined {
  const events = eventsWithReadableParticipants(actor, seen.eventId);
  if (events === undefined) return undefined;
  return inArray(personId, qb.select({ personId: seen.personId }).from(seen).where(events));
}
