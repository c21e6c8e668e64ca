import { z } from "zod";
import { Uuid } from "./common.js";
import { IndicatorDirection, IndicatorUnit } from "./enums.js";
import { ActivitySource } from "./indicators.js";

/** Where a progress figure comes from: reported in submissions, counted from events, or computed. */
export const progressSources = ["reported", "activity", "formula"] as const;
export const ProgressSource = z.enum(progressSources);
export type ProgressSource = z.infer<typeof ProgressSource>;

/** How the values of several organisations are combined: numbers add up, shares and yes/no average. */
export const progressAggregations = ["sum", "mean"] as const;
export const ProgressAggregation = z.enum(progressAggregations);
export type ProgressAggregation = z.infer<typeof ProgressAggregation>;

export const ProgressStatus = z.enum(["on_track", "at_risk", "off_track", "no_data"]);

/** Where an expected value comes from: the period's target, the path from baseline to end target, or nowhere. */
export const ExpectedBasis = z.enum(["target", "path", "none"]);

export const StatusCounts = z.object({
  on_track: z.number().int(),
  at_risk: z.number().int(),
  off_track: z.number().int(),
  no_data: z.number().int(),
});

export const RolledUp = z.object({ status: ProgressStatus, counts: StatusCounts });

/** Women and men among the actual value; null when the indicator is not split by sex. */
export const BySex = z.object({ female: z.number().nullable(), male: z.number().nullable() }).nullable();
export type BySex = z.infer<typeof BySex>;

export const ProgressQuery = z.strictObject({ periodId: Uuid.optional() });
export type ProgressQuery = z.infer<typeof ProgressQuery>;

const PeriodRef = z.object({ id: Uuid, name: z.string() });

export const IndicatorProgress = z.object({
  indicatorId: Uuid,
  code: z.string(),
  name: z.string(),
  unit: IndicatorUnit,
  nodeId: Uuid,
  actual: z.number().nullable(),
  expected: z.number().nullable(),
  expectedBasis: ExpectedBasis,
  status: ProgressStatus,
  bySex: BySex,
  aggregation: ProgressAggregation,
  source: ProgressSource,
  /** What an activity-fed indicator counts, so the page can say it; null for other sources. */
  activitySource: ActivitySource.nullable(),
  /** The actual adds up every period from the plan's first (unique people counted once over them). */
  isCumulative: z.boolean(),
});
export type IndicatorProgress = z.infer<typeof IndicatorProgress>;

export const NodeProgress = z.object({
  nodeId: Uuid,
  code: z.string(),
  title: z.string(),
  depth: z.number().int(),
  status: ProgressStatus,
  counts: StatusCounts,
});
export type NodeProgress = z.infer<typeof NodeProgress>;

/** A plan's progress in one reporting period: the tree with statuses and every indicator's figures. */
export const PlanProgress = z.object({
  plan: z.object({ id: Uuid, title: z.string() }),
  /** The period shown: the one asked for, else the latest that has started; null when the plan has none. */
  period: PeriodRef.nullable(),
  periods: z.array(PeriodRef),
  rollUp: RolledUp,
  nodes: z.array(NodeProgress),
  indicators: z.array(IndicatorProgress),
});
export type PlanProgress = z.infer<typeof PlanProgress>;

export const SeriesPoint = z.object({
  periodId: Uuid,
  periodName: z.string(),
  target: z.number().nullable(),
  targetBasis: ExpectedBasis,
  actual: z.number().nullable(),
  status: ProgressStatus,
  bySex: BySex,
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

/** One indicator's actuals against its targets over every period of its plan. */
export const IndicatorSeries = z.object({
  indicator: z.object({
    id: Uuid,
    code: z.string(),
    name: z.string(),
    unit: IndicatorUnit,
    direction: IndicatorDirection,
  }),
  points: z.array(SeriesPoint),
});
export type IndicatorSeries = z.infer<typeof IndicatorSeries>;
