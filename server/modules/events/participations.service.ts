import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type {
  Participation,
  ParticipationInput,
  ParticipationPatch,
} from "../../../common/schemas/events.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { events, participations } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { conflict, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { personPolicy } from "../people/people.policy.js";
import { selectPerson } from "../people/people.queries.js";
import { definedOnly, insertPerson } from "../people/people.service.js";
import { eventPolicy, type ParticipationAction, participationPolicy } from "./events.policy.js";
import { selectEventLinksOf } from "./events.queries.js";
import { participationExists, selectParticipation, selectParticipations } from "./participations.queries.js";

export type ParticipationValues = z.output<typeof ParticipationInput>;
export type ParticipationChanges = z.output<typeof ParticipationPatch>;

/** numeric columns take their values as strings. */
const toNumeric = (value: number | null | undefined) =>
  value === undefined ? undefined : value === null ? null : String(value);

/** The event must exist and be readable (else 404), then allow the action on its participants. */
async function authorizeOnEvent(db: DbOrTx, actor: Actor, eventId: string, action: ParticipationAction) {
  const [event] = await db.select({ id: events.id }).from(events).where(eq(events.id, eventId));
  if (!event) throw notFound("Event");
  const facts = await selectEventLinksOf(db, eventId);
  enforce(eventPolicy(actor, "read", facts), "Event");
  enforce(participationPolicy(actor, action, facts), "Participation");
}

/** Only a person the actor may read can be added: the same answer for one missing or hidden. */
async function checkPersonToAdd(tx: DbOrTx, actor: Actor, personId: string) {
  const found = await selectPerson(tx, actor, personId);
  if (!found || personPolicy(actor, "read", found.facts) !== "allow") {
    throw invalid("personId", "No such person");
  }
  if (found.person.isArchived) throw invalid("personId", "This person is archived");
}

async function loadParticipation(db: DbOrTx, id: string): Promise<Participation> {
  const participation = await selectParticipation(db, id);
  if (!participation) throw notFound("Participation");
  return participation;
}

export async function listParticipations(
  db: Db,
  actor: Actor,
  eventId: string,
): Promise<{ items: Participation[] }> {
  enforce(participationPolicy(actor, "read"), "Participation");
  await authorizeOnEvent(db, actor, eventId, "read");
  return { items: await selectParticipations(db, eventId) };
}

/** Adds an existing person, or registers a new one in the same transaction. */
export async function addParticipation(
  db: Db,
  actor: Actor,
  eventId: string,
  values: ParticipationValues,
): Promise<Participation> {
  enforce(participationPolicy(actor, "create"), "Participation");
  const id = await db.transaction(async (tx) => {
    await authorizeOnEvent(tx, actor, eventId, "create");
    const { personId: existingPersonId, newPerson, ...fields } = values;
    let personId: string;
    if (newPerson) {
      personId = await insertPerson(tx, actor, newPerson, "newPerson.");
    } else {
      personId = existingPersonId as string;
      await checkPersonToAdd(tx, actor, personId);
      if (await participationExists(tx, eventId, personId)) {
        throw conflict("This person already takes part in the event");
      }
    }
    const [row] = await tx
      .insert(participations)
      .values({
        eventId,
        personId,
        role: fields.role,
        attended: fields.attended,
        preTestScore: toNumeric(fields.preTestScore),
        postTestScore: toNumeric(fields.postTestScore),
        testMaxScore: toNumeric(fields.testMaxScore),
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "participation",
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return loadParticipation(db, id);
}

const scoresFit = (scores: { pre: number | null; post: number | null; max: number | null }) =>
  (scores.pre === null && scores.post === null) ||
  (scores.max !== null &&
    scores.max > 0 &&
    (scores.pre ?? 0) <= scores.max &&
    (scores.post ?? 0) <= scores.max);

/** Trainers may record attendance and scores; changing the role needs the right to update. */
export async function updateParticipation(
  db: Db,
  actor: Actor,
  eventId: string,
  participationId: string,
  patch: ParticipationChanges,
): Promise<Participation> {
  const changes = definedOnly(patch);
  const action: ParticipationAction = changes.role === undefined ? "record" : "update";
  enforce(participationPolicy(actor, action), "Participation");
  await db.transaction(async (tx) => {
    await authorizeOnEvent(tx, actor, eventId, action);
    const [before] = await tx
      .select()
      .from(participations)
      .where(and(eq(participations.id, participationId), eq(participations.eventId, eventId)))
      .for("update");
    if (!before) throw notFound("Participation");
    const score = (key: "preTestScore" | "postTestScore" | "testMaxScore") => {
      const changed = changes[key];
      if (changed !== undefined) return changed;
      return before[key] === null ? null : Number(before[key]);
    };
    if (
      !scoresFit({ pre: score("preTestScore"), post: score("postTestScore"), max: score("testMaxScore") })
    ) {
      throw invalid("testMaxScore", "Test scores need a maximum score they do not exceed");
    }
    const [after] = await tx
      .update(participations)
      .set({
        role: changes.role,
        attended: changes.attended,
        preTestScore: toNumeric(changes.preTestScore),
        postTestScore: toNumeric(changes.postTestScore),
        testMaxScore: toNumeric(changes.testMaxScore),
        updatedAt: new Date(),
      })
      .where(eq(participations.id, participationId))
      .returning();
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "participation",
      entityId: participationId,
      before,
      after,
    });
  });
  return loadParticipation(db, participationId);
}

/** Removes a participation for good (a registration made by mistake); the audit log keeps it. */
export async function removeParticipation(
  db: Db,
  actor: Actor,
  eventId: string,
  participationId: string,
): Promise<void> {
  enforce(participationPolicy(actor, "delete"), "Participation");
  await db.transaction(async (tx) => {
    await authorizeOnEvent(tx, actor, eventId, "delete");
    const [before] = await tx
      .delete(participations)
      .where(and(eq(participations.id, participationId), eq(participations.eventId, eventId)))
      .returning();
    if (!before) throw notFound("Participation");
    await recordAudit(tx, actor, {
      action: "delete",
      entityType: "participation",
      entityId: participationId,
      before,
    });
  });
}
