/**
 * Capacity building: curricula and their modules, the setup of a training (curricula and rules),
 * attendance per day, test scores per module, satisfaction evaluations and the learning results.
 */
import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { EditAbilities } from "./abilities.js";
import { IsoDate, listQuery, OptionalText, page, patchShape, RequiredText, Uuid } from "./common.js";
import {
  OrganizationLevel,
  OrganizationSector,
  type SatisfactionQuestion,
  Sex,
  satisfactionQuestions,
  TestPhase,
} from "./enums.js";

/** The event kinds that are trainings: they have curricula, rules, tests and evaluations. */
export const trainingKinds = ["training_of_trainers", "seminar", "workshop"] as const;

export const CurriculumModule = z.object({
  id: Uuid,
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
});
export type CurriculumModule = z.infer<typeof CurriculumModule>;

export const Curriculum = z.object({
  id: Uuid,
  title: z.string(),
  description: z.string().nullable(),
  moduleCount: z.number().int(),
  isArchived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: EditAbilities,
});
export type Curriculum = z.infer<typeof Curriculum>;

/** A curriculum with its modules in order. */
export const CurriculumDetail = Curriculum.extend({ modules: z.array(CurriculumModule) });
export type CurriculumDetail = z.infer<typeof CurriculumDetail>;

/** A module of a curriculum as written: `id` keeps an existing module (and the scores that point at it). */
export const CurriculumModuleInput = z.strictObject({
  id: Uuid.optional(),
  title: RequiredText(300),
  description: OptionalText(4000),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .nullish()
    .transform((v) => v ?? null),
});

const moduleIdsDistinct = (c: { modules?: { id?: string | undefined }[] | undefined }) => {
  const ids = (c.modules ?? []).flatMap((m) => (m.id ? [m.id] : []));
  return new Set(ids).size === ids.length;
};
const moduleIdsMessage = {
  path: ["modules"],
  message: "A module is listed twice",
  params: { reason: "module_listed_twice" satisfies Reason },
};

const curriculumFields = {
  title: RequiredText(300),
  description: OptionalText(4000),
};
/** A whole curriculum: its fields and the ordered list of its modules (POST, PUT). */
export const CurriculumInput = z
  .strictObject({ ...curriculumFields, modules: z.array(CurriculumModuleInput).max(100).default([]) })
  .refine(moduleIdsDistinct, moduleIdsMessage);
export type CurriculumInput = z.input<typeof CurriculumInput>;
export const CurriculumPatch = z.strictObject(patchShape(curriculumFields));

export const CurriculumListQuery = listQuery(["title", "createdAt"] as const, {
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
});
export type CurriculumListQuery = z.infer<typeof CurriculumListQuery>;
export const CurriculumPage = page(Curriculum);

/** A share from 0 (excluded) to 1 (included). */
const Share = z.number().gt(0).max(1);

export const TrainingRules = z.object({
  /** The share of the training's days a participant must attend for a certificate. */
  minAttendanceShare: z.number(),
  /** The share of the maximum the post-test must reach; null when the training has no pass mark. */
  passMark: z.number().nullable(),
  issuesCertificates: z.boolean(),
});

/** The curricula a training teaches (with their modules) and its rules. */
export const TrainingSetup = z.object({
  eventId: Uuid,
  curriculumIds: z.array(Uuid),
  curricula: z.array(CurriculumDetail.pick({ id: true, title: true, modules: true })),
  rules: TrainingRules,
});
export type TrainingSetup = z.infer<typeof TrainingSetup>;

export const TrainingSetupInput = z.strictObject({
  curriculumIds: z.array(Uuid).max(50),
  rules: z.strictObject({
    minAttendanceShare: Share.default(1),
    passMark: Share.nullish().transform((v) => v ?? null),
    issuesCertificates: z.boolean().default(true),
  }),
});
export type TrainingSetupInput = z.input<typeof TrainingSetupInput>;

/** A participant of the event, as the attendance, score and evaluation sheets name them. */
export const TrainingParticipant = z.object({
  personId: Uuid,
  givenName: z.string(),
  familyName: z.string(),
  sex: Sex,
  organizationName: z.string().nullable(),
});
export type TrainingParticipant = z.infer<typeof TrainingParticipant>;

export const AttendanceEntry = z.strictObject({ personId: Uuid, day: IsoDate, present: z.boolean() });
export type AttendanceEntry = z.infer<typeof AttendanceEntry>;

/** Attendance per participant and day; a day without an entry is a day not recorded. */
export const AttendanceSheet = z.object({
  eventId: Uuid,
  /** Every day of the event, first to last. */
  days: z.array(IsoDate),
  participants: z.array(TrainingParticipant),
  entries: z.array(AttendanceEntry),
});
export type AttendanceSheet = z.infer<typeof AttendanceSheet>;

/** The whole attendance record of the event: it replaces the one stored. */
export const AttendanceInput = z.strictObject({ entries: z.array(AttendanceEntry).max(20_000) });
export type AttendanceInput = z.input<typeof AttendanceInput>;

export const ModuleScore = z
  .strictObject({
    personId: Uuid,
    moduleId: Uuid,
    phase: TestPhase,
    score: z.number().min(0).max(10_000),
    maxScore: z.number().gt(0).max(10_000),
  })
  .refine((s) => s.score <= s.maxScore, {
    path: ["score"],
    message: "The score exceeds the maximum score",
    params: { reason: "scores_over_maximum" satisfies Reason },
  });
export type ModuleScore = z.infer<typeof ModuleScore>;

/** A module of the training's curricula, as the score sheet lists it. */
export const TrainingModule = z.object({
  id: Uuid,
  curriculumId: Uuid,
  curriculumTitle: z.string(),
  position: z.number().int(),
  title: z.string(),
});
export type TrainingModule = z.infer<typeof TrainingModule>;

export const ModuleScoreSheet = z.object({
  eventId: Uuid,
  modules: z.array(TrainingModule),
  participants: z.array(TrainingParticipant),
  scores: z.array(ModuleScore),
});
export type ModuleScoreSheet = z.infer<typeof ModuleScoreSheet>;

/** Every module score of the event: it replaces the ones stored. */
export const ModuleScoresInput = z.strictObject({ scores: z.array(ModuleScore).max(20_000) });
export type ModuleScoresInput = z.input<typeof ModuleScoresInput>;

const SatisfactionAnswer = z.number().int().min(1).max(5);
/** The answers of an evaluation, per question of `satisfactionQuestions`; a question may be left out. */
export const SatisfactionScores = z.strictObject(
  Object.fromEntries(satisfactionQuestions.map((q) => [q, SatisfactionAnswer.optional()])) as Record<
    SatisfactionQuestion,
    z.ZodOptional<typeof SatisfactionAnswer>
  >,
);

export const Evaluation = z.object({
  id: Uuid,
  eventId: Uuid,
  /** Null for an anonymous evaluation. */
  personId: Uuid.nullable(),
  person: z.object({ givenName: z.string(), familyName: z.string() }).nullable(),
  scores: z.record(z.string(), z.number()),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export type Evaluation = z.infer<typeof Evaluation>;
export const EvaluationList = z.object({ items: z.array(Evaluation) });

export const EvaluationInput = z.strictObject({
  personId: Uuid.nullish().transform((v) => v ?? null),
  scores: SatisfactionScores.refine((s) => Object.values(s).some((v) => v !== undefined), {
    message: "Answer at least one question",
    params: { reason: "no_question_answered" satisfies Reason },
  }),
  comment: OptionalText(4000),
});
export type EvaluationInput = z.input<typeof EvaluationInput>;

const nullableNumber = z.number().nullable();
/** The figures of a set of pre/post pairs (see `common/capacity/tests.ts`). */
export const TestFigures = z.object({
  pairs: z.number().int(),
  people: z.number().int(),
  unpairedPre: z.number().int(),
  unpairedPost: z.number().int(),
  meanPre: nullableNumber,
  meanPost: nullableNumber,
  meanGain: nullableNumber,
  shareImproved: nullableNumber,
  sharePassed: nullableNumber,
});
export const TestStatistics = TestFigures.extend({
  bySex: z.array(TestFigures.extend({ key: Sex.nullable() })),
  bySector: z.array(TestFigures.extend({ key: OrganizationSector.nullable() })),
  byLevel: z.array(TestFigures.extend({ key: OrganizationLevel.nullable() })),
});

export const SatisfactionSummary = z.object({
  evaluations: z.number().int(),
  questions: z.array(
    z.object({
      questionId: z.string(),
      count: z.number().int(),
      mean: nullableNumber,
      distribution: z.record(z.string(), z.number().int()),
    }),
  ),
  overallMean: nullableNumber,
  comments: z.number().int(),
});

/** What a training taught: pre/post statistics (whole test and per module) and satisfaction. */
export const LearningResults = z.object({
  eventId: Uuid,
  /** From the training's rules; null without a pass mark. */
  passMark: nullableNumber,
  /** The whole test, from the participations' pre- and post-test scores. */
  wholeTest: TestStatistics,
  /** Every module pair together; null when no module scores are recorded. */
  modules: TestStatistics.nullable(),
  byModule: z.array(TrainingModule.extend({ statistics: TestStatistics })),
  satisfaction: SatisfactionSummary,
});
export type LearningResults = z.infer<typeof LearningResults>;
