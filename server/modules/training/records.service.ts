/**
 * What is recorded during a training: attendance per day and test scores per module. Each PUT
 * replaces the whole record of the event, audited; attendance keeps `participations.attended` in
 * step with the days recorded.
 */
import type { z } from "zod";
import type { Reason } from "../../../common/errors.js";
import type {
  AttendanceEntry,
  AttendanceInput,
  AttendanceSheet,
  ModuleScoreSheet,
  ModuleScoresInput,
} from "../../../common/schemas/training.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.service.js";
import { setParticipantAttended } from "../events/participations.service.js";
import {
  replaceAttendanceDays,
  replaceModuleScores,
  selectAttendanceEntries,
  selectModuleScores,
  selectTrainingModules,
  selectTrainingParticipants,
} from "./training.queries.js";
import { authorizeTraining } from "./training.service.js";

export type AttendanceValues = z.output<typeof AttendanceInput>;
export type ModuleScoresValues = z.output<typeof ModuleScoresInput>;

const dayMs = 86_400_000;

/** Every day from `startsOn` to `endsOn` (ISO dates, inclusive). */
export function eventDays(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  const last = Date.parse(`${endsOn}T00:00:00Z`);
  for (let t = Date.parse(`${startsOn}T00:00:00Z`); t <= last; t += dayMs) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** The first entry whose key was already seen, as a 400 at `path(index)`. */
function refuseDuplicates<T>(
  items: T[],
  keyOf: (item: T) => string,
  path: (i: number) => string,
  reason: Reason,
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) throw invalid(path(i), reason);
    seen.add(key);
  });
}

/** Every person must take part in the event: 400 at `path(index)` for the first who does not. */
function requireParticipants(personIds: string[], participantIds: Set<string>, path: (i: number) => string) {
  personIds.forEach((personId, i) => {
    if (!participantIds.has(personId)) throw invalid(path(i), "not_a_participant");
  });
}

export async function getAttendance(db: Db, actor: Actor, eventId: string): Promise<AttendanceSheet> {
  const event = await authorizeTraining(db, actor, eventId, "readResults");
  return {
    eventId,
    days: eventDays(event.startsOn, event.endsOn),
    participants: await selectTrainingParticipants(db, eventId),
    entries: await selectAttendanceEntries(db, eventId),
  };
}

/**
 * Sets `attended` of each participant with recorded days: present on at least one of them.
 * Participants without recorded days keep what was recorded for the whole event.
 */
async function syncAttended(tx: DbOrTx, actor: Actor, eventId: string, entries: AttendanceEntry[]) {
  const attendedOf = new Map<string, boolean>();
  for (const { personId, present } of entries)
    attendedOf.set(personId, (attendedOf.get(personId) ?? false) || present);
  for (const [personId, attended] of attendedOf) {
    await setParticipantAttended(tx, actor, eventId, personId, attended);
  }
}

/** Replaces the attendance per day of the event: days of the event, people who take part. */
export async function putAttendance(
  db: Db,
  actor: Actor,
  eventId: string,
  values: AttendanceValues,
): Promise<AttendanceSheet> {
  const { entries } = values;
  await db.transaction(async (tx) => {
    const event = await authorizeTraining(tx, actor, eventId, "record", true);
    entries.forEach((entry, i) => {
      if (entry.day < event.startsOn || entry.day > event.endsOn) {
        throw invalid(`entries.${i}.day`, "not_an_event_day");
      }
    });
    const participantIds = new Set((await selectTrainingParticipants(tx, eventId)).map((p) => p.personId));
    requireParticipants(
      entries.map((e) => e.personId),
      participantIds,
      (i) => `entries.${i}.personId`,
    );
    refuseDuplicates(
      entries,
      (e) => `${e.personId} ${e.day}`,
      (i) => `entries.${i}`,
      "person_day_listed_twice",
    );
    const before = await selectAttendanceEntries(tx, eventId);
    await replaceAttendanceDays(tx, eventId, entries);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "attendance",
      entityId: eventId,
      before: { entries: before },
      after: { entries: await selectAttendanceEntries(tx, eventId) },
    });
    await syncAttended(tx, actor, eventId, entries);
  });
  return getAttendance(db, actor, eventId);
}

export async function getModuleScores(db: Db, actor: Actor, eventId: string): Promise<ModuleScoreSheet> {
  await authorizeTraining(db, actor, eventId, "readResults");
  return {
    eventId,
    modules: await selectTrainingModules(db, eventId),
    participants: await selectTrainingParticipants(db, eventId),
    scores: await selectModuleScores(db, eventId),
  };
}

/** Replaces the module test scores of the event: modules of its curricula, people who take part. */
export async function putModuleScores(
  db: Db,
  actor: Actor,
  eventId: string,
  values: ModuleScoresValues,
): Promise<ModuleScoreSheet> {
  const { scores } = values;
  await db.transaction(async (tx) => {
    await authorizeTraining(tx, actor, eventId, "record", true);
    const moduleIds = new Set((await selectTrainingModules(tx, eventId)).map((m) => m.id));
    scores.forEach((score, i) => {
      if (!moduleIds.has(score.moduleId)) {
        throw invalid(`scores.${i}.moduleId`, "module_not_in_training");
      }
    });
    const participantIds = new Set((await selectTrainingParticipants(tx, eventId)).map((p) => p.personId));
    requireParticipants(
      scores.map((s) => s.personId),
      participantIds,
      (i) => `scores.${i}.personId`,
    );
    refuseDuplicates(
      scores,
      (s) => `${s.personId} ${s.moduleId} ${s.phase}`,
      (i) => `scores.${i}`,
      "score_listed_twice",
    );
    const before = await selectModuleScores(tx, eventId);
    await replaceModuleScores(tx, eventId, scores);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "module_test_scores",
      entityId: eventId,
      before: { scores: before },
      after: { scores: await selectModuleScores(tx, eventId) },
    });
  });
  return getModuleScores(db, actor, eventId);
}
