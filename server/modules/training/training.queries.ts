import { and, asc, eq } from "drizzle-orm";
import type { OrganizationLevel, OrganizationSector, Sex } from "../../../common/schemas/enums.js";
import type {
  AttendanceEntry,
  Evaluation,
  ModuleScore,
  TrainingModule,
  TrainingParticipant,
} from "../../../common/schemas/training.js";
import type { DbOrTx } from "../../db/client.js";
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
