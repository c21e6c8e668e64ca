import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { OrganizationLevel, OrganizationSector, Sex } from "../../../common/schemas/enums.js";
import type {
  AttendanceEntry,
  Evaluation,
  ModuleScore,
  TrainingModule,
  TrainingParticipant,
} from "../../../common/schemas/training.js";
import type { DbOrTx } from "../../db/client.js";
import { replaceLinks } from "../../db/rows.js";
import {
  attendanceDays,
  curricula,
  curriculumModules,
  evaluations,
  eventCurricula,
  events,
  moduleTestScores,
  organizations,
  participations,
  people,
  trainingRules,
} from "../../db/schema.js";
import { sortable, toNumber } from "../../db/sql.js";

/**
 * Joins a row of the event's records to the participation of its person: records of someone no
 * longer taking part (the participation was removed) are left out.
 */
const takesPart = (table: typeof attendanceDays | typeof moduleTestScores) =>
  and(eq(participations.eventId, table.eventId), eq(participations.personId, table.personId));

export interface TrainingEvent {
  id: string;
  kind: string;
  startsOn: string;
  endsOn: string;
}

/** The event's kind and days; `lock` holds the row until the transaction ends (write paths). */
export async function selectTrainingEvent(
  db: DbOrTx,
  id: string,
  lock = false,
): Promise<TrainingEvent | undefined> {
  const query = db
    .select({ id: events.id, kind: events.kind, startsOn: events.startsOn, endsOn: events.endsOn })
    .from(events)
    .where(eq(events.id, id));
  const [row] = lock ? await query.for("update") : await query;
  return row;
}

export async function selectEventCurriculumIds(db: DbOrTx, eventId: string): Promise<string[]> {
  const rows = await db
    .select({ id: eventCurricula.curriculumId })
    .from(eventCurricula)
    .innerJoin(curricula, eq(curricula.id, eventCurricula.curriculumId))
    .where(eq(eventCurricula.eventId, eventId))
    .orderBy(sortable(curricula.title), curricula.id);
  return rows.map((row) => row.id);
}

export interface StoredRules {
  minAttendanceShare: number;
  passMark: number | null;
  issuesCertificates: boolean;
}

/** The training's rules; the defaults of the table when none are recorded. */
export async function selectTrainingRules(db: DbOrTx, eventId: string): Promise<StoredRules> {
  const [row] = await db.select().from(trainingRules).where(eq(trainingRules.eventId, eventId));
  if (!row) return { minAttendanceShare: 1, passMark: null, issuesCertificates: true };
  return {
    minAttendanceShare: Number(row.minAttendanceShare),
    passMark: toNumber(row.passMark),
    issuesCertificates: row.issuesCertificates,
  };
}

/** Everyone who takes part in the event (any role), by family and given name. */
export async function selectTrainingParticipants(
  db: DbOrTx,
  eventId: string,
): Promise<TrainingParticipant[]> {
  const rows = await db
    .select({
      personId: participations.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      sex: people.sex,
      organizationName: organizations.name,
    })
    .from(participations)
    .innerJoin(people, eq(people.id, participations.personId))
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(participations.eventId, eventId))
    .orderBy(sortable(people.familyName), sortable(people.givenName), people.id);
  return rows.map((row) => ({ ...row, sex: row.sex as Sex }));
}

export async function selectAttendanceEntries(db: DbOrTx, eventId: string): Promise<AttendanceEntry[]> {
  return db
    .select({ personId: attendanceDays.personId, day: attendanceDays.day, present: attendanceDays.present })
    .from(attendanceDays)
    .innerJoin(participations, takesPart(attendanceDays))
    .where(eq(attendanceDays.eventId, eventId))
    .orderBy(attendanceDays.personId, attendanceDays.day);
}

/** The modules of the curricula the training teaches, curriculum by curriculum. */
export async function selectTrainingModules(db: DbOrTx, eventId: string): Promise<TrainingModule[]> {
  return db
    .select({
      id: curriculumModules.id,
      curriculumId: curricula.id,
      curriculumTitle: curricula.title,
      position: curriculumModules.position,
      title: curriculumModules.title,
    })
    .from(eventCurricula)
    .innerJoin(curricula, eq(curricula.id, eventCurricula.curriculumId))
    .innerJoin(curriculumModules, eq(curriculumModules.curriculumId, curricula.id))
    .where(eq(eventCurricula.eventId, eventId))
    .orderBy(sortable(curricula.title), curricula.id, asc(curriculumModules.position));
}

export async function selectModuleScores(db: DbOrTx, eventId: string): Promise<ModuleScore[]> {
  const rows = await db
    .select({
      personId: moduleTestScores.personId,
      moduleId: moduleTestScores.moduleId,
      phase: moduleTestScores.phase,
      score: moduleTestScores.score,
      maxScore: moduleTestScores.maxScore,
    })
    .from(moduleTestScores)
    .innerJoin(participations, takesPart(moduleTestScores))
    .where(eq(moduleTestScores.eventId, eventId))
    .orderBy(moduleTestScores.personId, moduleTestScores.moduleId, moduleTestScores.phase);
  return rows.map((row) => ({
    personId: row.personId,
    moduleId: row.moduleId,
    phase: row.phase as ModuleScore["phase"],
    score: Number(row.score),
    maxScore: Number(row.maxScore),
  }));
}

const selectEvaluationBase = (db: DbOrTx) =>
  db
    .select({
      id: evaluations.id,
      eventId: evaluations.eventId,
      personId: evaluations.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      scores: evaluations.scores,
      comment: evaluations.comment,
      createdAt: evaluations.createdAt,
    })
    .from(evaluations)
    .leftJoin(people, eq(people.id, evaluations.personId))
    .$dynamic();

type EvaluationRow = Awaited<ReturnType<typeof selectEvaluationBase>>[number];

const toEvaluation = (row: EvaluationRow): Evaluation => ({
  id: row.id,
  eventId: row.eventId,
  personId: row.personId,
  person:
    row.givenName !== null && row.familyName !== null
      ? { givenName: row.givenName, familyName: row.familyName }
      : null,
  scores: row.scores,
  comment: row.comment,
  createdAt: row.createdAt.toISOString(),
});

/** The evaluations of an event, oldest first. */
export async function selectEvaluations(db: DbOrTx, eventId: string): Promise<Evaluation[]> {
  const rows = await selectEvaluationBase(db)
    .where(eq(evaluations.eventId, eventId))
    .orderBy(evaluations.createdAt, evaluations.id);
  return rows.map(toEvaluation);
}

export async function selectEvaluation(db: DbOrTx, id: string): Promise<Evaluation | undefined> {
  const [row] = await selectEvaluationBase(db).where(eq(evaluations.id, id));
  return row ? toEvaluation(row) : undefined;
}

export async function evaluationExists(db: DbOrTx, eventId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(and(eq(evaluations.eventId, eventId), eq(evaluations.personId, personId)));
  return row !== undefined;
}

/** A participant of the event with what the statistics split by, and the whole-test scores. */
export interface LearningParticipant {
  personId: string;
  sex: Sex;
  sector: OrganizationSector | null;
  level: OrganizationLevel | null;
  preTestScore: number | null;
  postTestScore: number | null;
  testMaxScore: number | null;
}

export async function selectLearningParticipants(
  db: DbOrTx,
  eventId: string,
): Promise<LearningParticipant[]> {
  const rows = await db
    .select({
      personId: participations.personId,
      sex: people.sex,
      sector: organizations.sector,
      level: organizations.level,
      preTestScore: participations.preTestScore,
      postTestScore: participations.postTestScore,
      testMaxScore: participations.testMaxScore,
    })
    .from(participations)
    .innerJoin(people, eq(people.id, participations.personId))
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(participations.eventId, eventId));
  return rows.map((row) => ({
    personId: row.personId,
    sex: row.sex as Sex,
    sector: row.sector as OrganizationSector | null,
    level: row.level as OrganizationLevel | null,
    preTestScore: toNumber(row.preTestScore),
    postTestScore: toNumber(row.postTestScore),
    testMaxScore: toNumber(row.testMaxScore),
  }));
}

/** Whether the event has test scores for a module of one of the curricula. */
export async function hasScoresForCurricula(
  db: DbOrTx,
  eventId: string,
  curriculumIds: string[],
): Promise<boolean> {
  if (curriculumIds.length === 0) return false;
  const [scored] = await db
    .select({ moduleId: moduleTestScores.moduleId })
    .from(moduleTestScores)
    .innerJoin(curriculumModules, eq(curriculumModules.id, moduleTestScores.moduleId))
    .where(and(eq(moduleTestScores.eventId, eventId), inArray(curriculumModules.curriculumId, curriculumIds)))
    .limit(1);
  return Boolean(scored);
}

/** Sets the curricula of the training: those left out are unlinked, the new ones linked. */
export async function setEventCurricula(tx: DbOrTx, eventId: string, curriculumIds: string[]): Promise<void> {
  if (curriculumIds.length === 0) {
    await tx.delete(eventCurricula).where(eq(eventCurricula.eventId, eventId));
    return;
  }
  await tx
    .delete(eventCurricula)
    .where(and(eq(eventCurricula.eventId, eventId), notInArray(eventCurricula.curriculumId, curriculumIds)));
  await tx
    .insert(eventCurricula)
    .values(curriculumIds.map((curriculumId) => ({ eventId, curriculumId })))
    .onConflictDoNothing();
}

/** Writes the rules of the training, made or replaced. */
export async function upsertTrainingRules(
  tx: DbOrTx,
  eventId: string,
  rules: { minAttendanceShare: string; passMark: string | null; issuesCertificates: boolean },
): Promise<void> {
  await tx
    .insert(trainingRules)
    .values({ eventId, ...rules })
    .onConflictDoUpdate({ target: trainingRules.eventId, set: { ...rules, updatedAt: sql`now()` } });
}

/** Replaces the attendance per day of the event. */
export async function replaceAttendanceDays(
  tx: DbOrTx,
  eventId: string,
  entries: Omit<typeof attendanceDays.$inferInsert, "eventId">[],
): Promise<void> {
  await replaceLinks(
    tx,
    attendanceDays,
    attendanceDays.eventId,
    eventId,
    entries.map((entry) => ({ ...entry, eventId })),
  );
}

/** Replaces the module test scores of the event. */
export async function replaceModuleScores(
  tx: DbOrTx,
  eventId: string,
  scores: { personId: string; moduleId: string; phase: string; score: number; maxScore: number }[],
): Promise<void> {
  await replaceLinks(
    tx,
    moduleTestScores,
    moduleTestScores.eventId,
    eventId,
    scores.map((s) => ({ ...s, eventId, score: String(s.score), maxScore: String(s.maxScore) })),
  );
}

export type EvaluationTableRow = typeof evaluations.$inferSelect;

export async function insertEvaluation(
  tx: DbOrTx,
  values: typeof evaluations.$inferInsert,
): Promise<EvaluationTableRow> {
  const [row] = await tx.insert(evaluations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The event of the evaluation; undefined without the evaluation. */
export async function selectEvaluationEventId(db: DbOrTx, id: string): Promise<string | undefined> {
  const [found] = await db
    .select({ eventId: evaluations.eventId })
    .from(evaluations)
    .where(eq(evaluations.id, id));
  return found?.eventId;
}

/** Deletes the evaluation and returns it as it was; undefined when missing. */
export async function deleteEvaluation(tx: DbOrTx, id: string): Promise<EvaluationTableRow | undefined> {
  const [before] = await tx.delete(evaluations).where(eq(evaluations.id, id)).returning();
  return before;
}
