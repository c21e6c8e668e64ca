/** The training side of an event: who may act on it, and its setup (curricula and rules). */
import type { z } from "zod";
import {
  type TrainingSetup,
  type TrainingSetupInput,
  trainingKinds,
} from "../../../common/schemas/training.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { conflict, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { eventPolicy } from "../events/events.policy.js";
import { eventLinksOf } from "../events/events.service.js";
import { selectCurriculumStates, selectModules } from "./curricula.queries.js";
import { type TrainingAction, trainingPolicy } from "./training.policy.js";
import {
  hasScoresForCurricula,
  selectEventCurriculumIds,
  selectTrainingEvent,
  selectTrainingRules,
  setEventCurricula,
  type TrainingEvent,
  upsertTrainingRules,
} from "./training.queries.js";

export type TrainingSetupValues = z.output<typeof TrainingSetupInput>;

const isTrainingKind = (kind: string) => (trainingKinds as readonly string[]).includes(kind);

/**
 * The event must exist and be readable (else 404), the action allowed on it, and the event a
 * training (else 400). `lock` holds the event's row until the transaction ends, so that two writes
 * of the same training follow one another.
 */
export async function authorizeTraining(
  db: DbOrTx,
  actor: Actor,
  eventId: string,
  action: TrainingAction,
  lock = false,
): Promise<TrainingEvent> {
  enforce(trainingPolicy(actor, action), "Training");
  const event = await selectTrainingEvent(db, eventId, lock);
  if (!event) throw notFound("Event");
  const facts = await eventLinksOf(db, eventId);
  enforce(eventPolicy(actor, "read", facts), "Event");
  enforce(trainingPolicy(actor, action, facts), "Training");
  if (!isTrainingKind(event.kind)) throw invalid("", "not_a_training");
  return event;
}

/** The setup as stored, with the modules of each curriculum. */
async function loadSetup(db: DbOrTx, eventId: string): Promise<TrainingSetup> {
  const curriculumIds = await selectEventCurriculumIds(db, eventId);
  const titles = await selectCurriculumStates(db, curriculumIds);
  const modules = await selectModules(db, curriculumIds);
  const titleOf = new Map(titles.map((row) => [row.id, row.title]));
  return {
    eventId,
    curriculumIds,
    curricula: curriculumIds.map((id) => ({
      id,
      title: titleOf.get(id) ?? "",
      modules: modules.filter((m) => m.curriculumId === id).map(({ curriculumId: _, ...m }) => m),
    })),
    rules: await selectTrainingRules(db, eventId),
  };
}

export async function getTrainingSetup(db: Db, actor: Actor, eventId: string): Promise<TrainingSetup> {
  await authorizeTraining(db, actor, eventId, "read");
  return loadSetup(db, eventId);
}

/**
 * Checks the curricula of a new setup: each must exist, and an archived one may only stay where it
 * already was. Removing a curriculum whose modules have scores in this training is a conflict.
 */
async function checkCurricula(tx: DbOrTx, eventId: string, curriculumIds: string[], current: string[]) {
  const rows = await selectCurriculumStates(tx, curriculumIds);
  const found = new Map(rows.map((row) => [row.id, row]));
  curriculumIds.forEach((id, i) => {
    const row = found.get(id);
    if (!row) throw invalid(`curriculumIds.${i}`, "no_such_curriculum");
    if (row.archivedAt !== null && !current.includes(id)) {
      throw invalid(`curriculumIds.${i}`, "curriculum_archived");
    }
  });
  const removed = current.filter((id) => !curriculumIds.includes(id));
  if (removed.length === 0) return;
  if (await hasScoresForCurricula(tx, eventId, removed)) throw conflict("removed_curriculum_has_scores");
}

/** Sets the curricula and the rules of a training, audited. */
export async function putTrainingSetup(
  db: Db,
  actor: Actor,
  eventId: string,
  values: TrainingSetupValues,
): Promise<TrainingSetup> {
  const curriculumIds = [...new Set(values.curriculumIds)];
  await db.transaction(async (tx) => {
    await authorizeTraining(tx, actor, eventId, "setup", true);
    const before = await loadSetup(tx, eventId);
    await checkCurricula(tx, eventId, curriculumIds, before.curriculumIds);
    await setEventCurricula(tx, eventId, curriculumIds);
    const rules = {
      minAttendanceShare: String(values.rules.minAttendanceShare),
      passMark: values.rules.passMark === null ? null : String(values.rules.passMark),
      issuesCertificates: values.rules.issuesCertificates,
    };
    await upsertTrainingRules(tx, eventId, rules);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "training",
      entityId: eventId,
      before: { curriculumIds: before.curriculumIds, rules: before.rules },
      after: { curriculumIds, rules: values.rules },
    });
  });
  return loadSetup(db, eventId);
}
