/** Satisfaction evaluations of a training: anonymous or by a participant, once per person. */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Evaluation, EvaluationInput } from "../../../common/schemas/training.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { evaluations, participations } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { conflict, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { trainingPolicy } from "./training.policy.js";
import { evaluationExists, selectEvaluation, selectEvaluations } from "./training.queries.js";
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
      const [participation] = await tx
        .select({ id: participations.id })
        .from(participations)
        .where(and(eq(participations.personId, personId), eq(participations.eventId, eventId)));
      if (!participation) throw invalid("personId", "The person does not take part in the event");
      if (await evaluationExists(tx, eventId, personId)) {
        throw conflict("This person has already evaluated the training");
      }
    }
    const [row] = await tx
      .insert(evaluations)
      .values({ eventId, personId, scores: answered(values.scores), comment: values.comment })
      .returning();
    if (!row) throw new Error("insert returned no row");
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
    const [found] = await tx
      .select({ eventId: evaluations.eventId })
      .from(evaluations)
      .where(eq(evaluations.id, id));
    if (!found) throw notFound("Evaluation");
    await authorizeTraining(tx, actor, found.eventId, "record", true);
    const [before] = await tx.delete(evaluations).where(eq(evaluations.id, id)).returning();
    if (!before) throw notFound("Evaluation");
    await recordAudit(tx, actor, { action: "delete", entityType: "evaluation", entityId: id, before });
  });
}
