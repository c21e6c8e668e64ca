import { z } from "zod";
import { SexCounts, Uuid } from "./common.js";
import { EventKind, OrganizationLevel, OrganizationSector, Sex } from "./enums.js";

/**
 * The trainer cascade of a training of trainers (TOT), as traced by `common/capacity/cascade.ts`.
 * Trainers and sessions are named; the people reached are only counted.
 */

const Count = z.number().int();

/** People reached in one group of a split; `key` null gathers unknown values. */
const splitOf = <K extends z.ZodType>(key: K) => z.array(z.object({ key: key.nullable(), people: Count }));

export const CascadeTot = z.object({
  id: Uuid,
  title: z.string(),
  startsOn: z.string(),
  municipalityName: z.string().nullable(),
});

export const CascadeTrainer = z.object({
  personId: Uuid,
  name: z.string(),
  /** 1 for a trainer produced by the TOT, 2 for a person they reached who trained in turn, … */
  generation: Count,
  sessions: Count,
  /** Unique people this trainer reached. */
  reached: Count,
});
export type CascadeTrainer = z.infer<typeof CascadeTrainer>;

export const CascadeSession = z.object({
  id: Uuid,
  title: z.string(),
  kind: EventKind,
  startsOn: z.string(),
  municipalityId: Uuid.nullable(),
  municipalityName: z.string().nullable(),
  /** The first generation of trainers that delivered it. */
  generation: Count,
});
export type CascadeSession = z.infer<typeof CascadeSession>;

export const CascadeGenerationFigures = z.object({
  generation: Count,
  trainers: Count,
  sessions: Count,
  reached: Count,
});

export const CascadeMunicipalityCount = z.object({
  key: Uuid.nullable(),
  name: z.string().nullable(),
  people: Count,
});

export const CascadeGraphNode = z.object({
  /** "tot:<event id>", "trainer:<person id>" or "session:<event id>". */
  id: z.string(),
  kind: z.enum(["tot", "trainer", "session"]),
  refId: Uuid,
  generation: Count,
  /** The TOT's or session's title, or the trainer's name. */
  label: z.string(),
});

export const CascadeGraphLink = z.object({
  source: z.string(),
  target: z.string(),
  /** People reached: by the trainer (TOT → trainer, session → trainer) or by the trainer there (trainer → session). */
  weight: Count,
});

/**
 * The headline figures are those of the trainers the TOT produced (generation 1); `generations`,
 * `trainers` and `sessions` cover every generation.
 */
export const TotCascade = z.object({
  tot: CascadeTot,
  trainersProduced: Count,
  sessionsDelivered: Count,
  peopleReached: SexCounts,
  /** People reached per trainer produced; 0 when the TOT produced no trainer. */
  reachPerTrainer: z.number(),
  /** The last generation that reached at least one person; 0 when nobody was reached. */
  depth: Count,
  reachedBySex: splitOf(Sex),
  reachedBySector: splitOf(OrganizationSector),
  reachedByLevel: splitOf(OrganizationLevel),
  /** By municipality of the session: a person reached in two municipalities counts in both. */
  reachedByMunicipality: z.array(CascadeMunicipalityCount),
  generations: z.array(CascadeGenerationFigures),
  trainers: z.array(CascadeTrainer),
  sessions: z.array(CascadeSession),
  graph: z.object({ nodes: z.array(CascadeGraphNode), links: z.array(CascadeGraphLink) }),
});
export type TotCascade = z.infer<typeof TotCascade>;

/** One TOT in the list of cascades. */
export const CascadeSummary = CascadeTot.extend({
  trainersProduced: Count,
  sessionsDelivered: Count,
  peopleReached: SexCounts,
  depth: Count,
});
export type CascadeSummary = z.infer<typeof CascadeSummary>;

export const CascadeSummaryList = z.object({ items: z.array(CascadeSummary) });
export type CascadeSummaryList = z.infer<typeof CascadeSummaryList>;
