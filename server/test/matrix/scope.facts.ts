/**
 * The oracle of the list-scope check: the facts a module's policy needs about the record a listed
 * row belongs to, read straight from the database, so that the policy itself decides whether the
 * reader may read that record. Every row of the database is judged, not only the seeded ones.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { eventOrganizers, imports, participations, people, submissions } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";
import { type EventFacts, participationPolicy } from "../../modules/events/events.policy.js";
import type { ImportFacts } from "../../modules/imports/imports.policy.js";
import type { PersonFacts } from "../../modules/people/people.policy.js";

const trainerRoles: string[] = ["trainer", "co_trainer"];

export class Facts {
  constructor(private readonly db: Db) {}

  /** Organisers, trainers and the participants' organisations of an event. */
  async event(eventId: string): Promise<EventFacts> {
    const organizers = await this.db
      .select({ id: eventOrganizers.organizationId })
      .from(eventOrganizers)
      .where(eq(eventOrganizers.eventId, eventId));
    const takingPart = await this.db
      .select({
        personId: participations.personId,
        role: participations.role,
        organizationId: people.organizationId,
      })
      .from(participations)
      .innerJoin(people, eq(people.id, participations.personId))
      .where(eq(participations.eventId, eventId));
    return {
      organizerIds: organizers.map((row) => row.id),
      trainerPersonIds: takingPart
        .filter((row) => trainerRoles.includes(row.role))
        .map((row) => row.personId),
      participantOrganizationIds: [
        ...new Set(takingPart.flatMap((row) => (row.organizationId ? [row.organizationId] : []))),
      ],
    };
  }

  /** The person's organisations, and whether the reader sees them through an event's participants. */
  async person(actor: Actor, personId: string): Promise<PersonFacts> {
    const [row] = await this.db
      .select({ organizationId: people.organizationId, registeredBy: people.registeredByOrganizationId })
      .from(people)
      .where(eq(people.id, personId));
    if (!row) throw new Error(`no person ${personId}`);
    const events = await this.db
      .select({ eventId: participations.eventId })
      .from(participations)
      .where(eq(participations.personId, personId));
    let isSeenThroughEvents = false;
    for (const { eventId } of events) {
      if (participationPolicy(actor, "read", await this.event(eventId)) === "allow")
        isSeenThroughEvents = true;
    }
    return {
      organizationId: row.organizationId,
      registeredByOrganizationId: row.registeredBy,
      isSeenThroughEvents,
    };
  }

  /** Whether the person takes part in the event. */
  async takesPart(personId: string, eventId: string): Promise<boolean> {
    const rows = await this.db
      .select({ eventId: participations.eventId })
      .from(participations)
      .where(eq(participations.personId, personId));
    return rows.some((row) => row.eventId === eventId);
  }

  /** The kind, uploader and event of an import. */
  async import(importId: string): Promise<ImportFacts> {
    const [row] = await this.db
      .select({ kind: imports.kind, createdBy: imports.createdBy, eventId: imports.eventId })
      .from(imports)
      .where(eq(imports.id, importId));
    if (!row) throw new Error(`no import ${importId}`);
    return {
      kind: row.kind as ImportFacts["kind"],
      createdBy: row.createdBy,
      ...(row.eventId ? { event: await this.event(row.eventId) } : {}),
    };
  }

  /** The organisation and status of a submission. */
  async submission(submissionId: string): Promise<{ organizationId: string; status: string }> {
    const [row] = await this.db
      .select({ organizationId: submissions.organizationId, status: submissions.status })
      .from(submissions)
      .where(inArray(submissions.id, [submissionId]));
    if (!row) throw new Error(`no submission ${submissionId}`);
    return row;
  }
}

/** A policy's answer as the list-scope check needs it: may the row be listed? */
export const allows = (decision: Decision): boolean => decision === "allow";
