/** Satisfaction evaluations of a training: anonymous or by a participant, once per person. */
import type { z } from "zod";
import type { Evaluation, EvaluationInput } from "../../../common/schemas/training.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { conflict, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { takesPartIn } from "../events/participations.service.js";
import { trainingPolicy } from "./training.policy.js";
import {
  deleteEvaluation,
  evaluationExists,
  insertEvaluation,
  selectEvaluation,
  selectEvaluationEventId,
  selectEvaluations,
} from "./training.queries.js";
import { authorizeTraining } from "./training.service.js";

export type EvaluationValues = z.output<typeof EvaluationInput>;

async function loadEvaluation(db: DbOrTx, id: string): Promise<Evaluation> {
  const evaluation = await selectEvaluation(db, id);
  if (!evaluation) throw notFound("Evaluation");
  return evaluation;
}

/** Comments can identify people: evaluations are read by those who read the participants. */
export async function listEvaluations(
  db: Db,
  actor: Actor,
  eventId: string,
): Promise<{ items: Evaluation[] }> {
  await authorizeTraining(db, actor, eventId, "readResults");
  return { items: await selectEvaluations(db, eventId) };
}

/** The answers given, without the questions left out. */
const answered = (scores: EvaluationValues["scores"]): Record<string, number> =>
  Object.fromEntries(Object.entries(scores).filter(([, score]) => score !== undefined)) as Record<
    string,
    number
  >;

export async function addEvaluation(
  db: Db,
  actor: Actor,
  eventId: string,
  values: EvaluationValues,
): Promise<Evaluation> {
  const id = await db.transaction(async (tx) => {
    await authorizeTraining(tx, actor, eventId, "record", true);
    const { personId } = values;
    if (personId !== null) {
      if (!(await takesPartIn(tx, eventId, personId))) throw invalid("personId", "not_a_participant");
      if (await evaluationExists(tx, eventId, personId)) {
        throw conflict("already_evaluated");
      }
    }
    const row = await insertEvaluation(tx, {
      eventId,
      personId,
      scores: answered(values.scores),
      comment: values.comment,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "evaluation",
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return loadEvaluation(db, id);
}

/** Removes an evaluation entered by mistake; the audit log keeps it. */
export async function removeEvaluation(db: Db, actor: Actor, id: string): Promise<void> {
  enforce(trainingPolicy(actor, "record"), "Evaluation");
  await db.transaction(async (tx) => {
    const eventId = await selectEvaluationEventId(tx, id);
    if (!eventId) throw notFound("Evaluation");
    await authorizeTraining(tx, actor, eventId, "record", true);
    const before = await deleteEvaluation(tx, id);
    if (!before) throw notFound("Evaluation");
    await recordAudit(tx, actor, { action: "delete", entityType: "evaluation", entityId: id, before });
  });
}
