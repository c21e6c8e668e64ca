import type { z } from "zod";
import type {
  Participation,
  ParticipationInput,
  ParticipationPatch,
} from "../../../common/schemas/events.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { definedOnly } from "../../db/rows.js";
import type { Actor } from "../../http/actor.js";
import { conflict, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { type AuditEntry, recordAudit, recordAudits } from "../audit/audit.service.js";
import { checkPersonToAdd, insertPerson } from "../people/people.service.js";
import { eventPolicy, type ParticipationAction, participationPolicy } from "./events.policy.js";
import { eventExists, selectEventLinksOf } from "./events.queries.js";
import {
  deleteParticipationRow,
  insertParticipationRow,
  insertParticipationRows,
  lockParticipation,
  lockParticipationOfPerson,
  type ParticipationRowValues,
  type ParticipationTableRow,
  participationExists,
  selectParticipation,
  selectParticipations,
  updateParticipationAttended,
  updateParticipationRow,
} from "./participations.queries.js";

export type ParticipationValues = z.output<typeof ParticipationInput>;
export type ParticipationChanges = z.output<typeof ParticipationPatch>;

/** numeric columns take their values as strings. */
const toNumeric = (value: number | null | undefined) =>
  value === undefined ? undefined : value === null ? null : String(value);

/** The event must exist and be readable (else 404), then allow the action on its participants. */
async function authorizeOnEvent(db: DbOrTx, actor: Actor, eventId: string, action: ParticipationAction) {
  if (!(await eventExists(db, eventId))) throw notFound("Event");
  const facts = await selectEventLinksOf(db, eventId, actor);
  enforce(eventPolicy(actor, "read", facts), "Event");
  enforce(participationPolicy(actor, action, facts), "Participation");
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
        throw conflict("already_participates");
      }
    }
    const row = await insertParticipationRow(tx, {
      eventId,
      personId,
      role: fields.role,
      attended: fields.attended,
      preTestScore: toNumeric(fields.preTestScore),
      postTestScore: toNumeric(fields.postTestScore),
      testMaxScore: toNumeric(fields.testMaxScore),
    });
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
    const before = await lockParticipation(tx, eventId, participationId);
    if (!before) throw notFound("Participation");
    const score = (key: "preTestScore" | "postTestScore" | "testMaxScore") => {
      const changed = changes[key];
      if (changed !== undefined) return changed;
      return before[key] === null ? null : Number(before[key]);
    };
    if (
      !scoresFit({ pre: score("preTestScore"), post: score("postTestScore"), max: score("testMaxScore") })
    ) {
      throw invalid("testMaxScore", "scores_over_maximum");
    }
    const after = await updateParticipationRow(tx, participationId, {
      role: changes.role,
      attended: changes.attended,
      preTestScore: toNumeric(changes.preTestScore),
      postTestScore: toNumeric(changes.postTestScore),
      testMaxScore: toNumeric(changes.testMaxScore),
    });
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
    const before = await deleteParticipationRow(tx, eventId, participationId);
    if (!before) throw notFound("Participation");
    await recordAudit(tx, actor, {
      action: "delete",
      entityType: "participation",
      entityId: participationId,
      before,
    });
  });
}

/** Whether the person takes part in the event. */
export async function takesPartIn(db: DbOrTx, eventId: string, personId: string): Promise<boolean> {
  return participationExists(db, eventId, personId);
}

/**
 * Records whether a participant attended, inside an open transaction, audited; nothing when the
 * person does not take part or it is already so. The caller has asked its policy.
 */
export async function setParticipantAttended(
  tx: DbOrTx,
  actor: Actor,
  eventId: string,
  personId: string,
  attended: boolean,
): Promise<void> {
  const before = await lockParticipationOfPerson(tx, eventId, personId);
  if (!before || before.attended === attended) return;
  const after = await updateParticipationAttended(tx, before.id, attended);
  await recordAudit(tx, actor, {
    action: "update",
    entityType: "participation",
    entityId: before.id,
    before,
    after,
  });
}

/**
 * Adds people to an event inside an open transaction (an attendance import), each audited. The
 * caller has asked its policy and made sure none of them takes part yet.
 */
export async function insertParticipations(
  tx: DbOrTx,
  actor: Actor,
  rows: readonly ParticipationRowValues[],
): Promise<void> {
  const inserted = await insertParticipationRows(tx, rows);
  await recordAudits(
    tx,
    actor,
    inserted.map((row) => ({ action: "create", entityType: "participation", entityId: row.id, after: row })),
  );
}

/** Changes participations inside an open transaction (an attendance import), each audited. */
export async function changeParticipations(
  tx: DbOrTx,
  actor: Actor,
  changes: readonly { before: ParticipationTableRow; values: Partial<ParticipationRowValues> }[],
): Promise<void> {
  const entries: AuditEntry[] = [];
  for (const { before, values } of changes) {
    const after = await updateParticipationRow(tx, before.id, values);
    entries.push({ action: "update", entityType: "participation", entityId: before.id, before, after });
  }
  await recordAudits(tx, actor, entries);
}
