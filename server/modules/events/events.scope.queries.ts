/**
 * The read rules of events.policy.ts in SQL, so that lists return only what the actor may read.
 * Each function answers a condition on an event id column; `undefined` means every event. The
 * participants' read rule is the people's (a participant is a person), shared from their scope.
 */
import { type AnyColumn, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../http/actor.js";
import { organisedBy, trainedBy } from "../people/people.scope.queries.js";

export { eventsWithReadableParticipants, trainerRoles } from "../people/people.scope.queries.js";

const nothing = sql`false`;

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
