import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { EditAbilities } from "./abilities.js";
import { IsoDate, listQuery, OptionalText, page, patchShape, RequiredText, Uuid } from "./common.js";
import { ActivityMeasure, EventKind, IndicatorDirection, IndicatorUnit, ParticipationRole } from "./enums.js";

/** Values, baselines and targets: any finite number of a sensible size. */
const IndicatorValue = z.number().min(-1e12).max(1e12);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
const distinct = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((values) => [...new Set(values)]);

/**
 * A formula indicator: numerator / denominator × scale, both other indicators of the same plan.
 * The scale follows the unit (100 for percent, 1 for ratio); it may be left out of a request.
 */
export const IndicatorFormula = z.object({
  numeratorIndicatorId: Uuid,
  denominatorIndicatorId: Uuid,
  scale: z.number(),
});
export type IndicatorFormula = z.infer<typeof IndicatorFormula>;
export const IndicatorFormulaInput = z.strictObject({
  numeratorIndicatorId: Uuid,
  denominatorIndicatorId: Uuid,
  scale: z.union([z.literal(1), z.literal(100)]).optional(),
});

/**
 * An activity-fed indicator: computed from the events (of the given kinds, linked to the
 * indicator's framework node, in the period) and their participations (in the given roles,
 * attended only or all).
 */
export const ActivitySource = z.object({
  eventKinds: z.array(EventKind),
  roles: z.array(ParticipationRole),
  attendedOnly: z.boolean(),
  measure: ActivityMeasure,
});
export type ActivitySource = z.infer<typeof ActivitySource>;
export const ActivitySourceInput = z.strictObject({
  eventKinds: distinct(EventKind, 20).pipe(z.array(EventKind).min(1)),
  roles: distinct(ParticipationRole, 20).pipe(z.array(ParticipationRole).min(1)),
  attendedOnly: z.boolean(),
  measure: ActivityMeasure,
});

export const IndicatorCategorySet = z.object({
  id: Uuid,
  code: z.string(),
  name: z.string(),
  categories: z.array(z.object({ id: Uuid, code: z.string(), name: z.string() })),
});
export type IndicatorCategorySet = z.infer<typeof IndicatorCategorySet>;

export const IndicatorTarget = z.object({ periodId: Uuid, periodName: z.string(), value: z.number() });

export const Indicator = z.object({
  id: Uuid,
  planId: Uuid,
  frameworkNodeId: Uuid,
  frameworkNodeCode: z.string(),
  frameworkNodeTitle: z.string(),
  code: z.string(),
  name: z.string(),
  unit: IndicatorUnit,
  direction: IndicatorDirection,
  isCumulative: z.boolean(),
  countsPeople: z.boolean(),
  baselineValue: z.number().nullable(),
  baselineDate: z.string().nullable(),
  endTarget: z.number().nullable(),
  meansOfVerification: z.string().nullable(),
  dataSource: z.string().nullable(),
  frequency: z.string().nullable(),
  rationale: z.string().nullable(),
  formula: IndicatorFormula.nullable(),
  activitySource: ActivitySource.nullable(),
  /** The same series across plan cycles; an indicator's own id until a plan is copied. */
  lineageId: Uuid,
  responsibleOrganizations: z.array(z.object({ id: Uuid, name: z.string() })),
  /** In the order of the indicator's disaggregation, categories in their set's order. */
  categorySets: z.array(IndicatorCategorySet),
  /** By period start. */
  targets: z.array(IndicatorTarget),
  isArchived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: EditAbilities,
});
export type Indicator = z.infer<typeof Indicator>;

export const IndicatorTargetInput = z.strictObject({ periodId: Uuid, value: IndicatorValue });

/** One target per period; a period given twice is refused at the index of the second. */
const targetList = z
  .array(IndicatorTargetInput)
  .max(100)
  .superRefine((targets, context) => {
    const seen = new Set<string>();
    targets.forEach((target, index) => {
      if (seen.has(target.periodId)) {
        context.addIssue({
          code: "custom",
          path: [index, "periodId"],
          message: "One target per period",
          params: { reason: "target_period_twice" satisfies Reason },
        });
      }
      seen.add(target.periodId);
    });
  });

const indicatorFields = {
  frameworkNodeId: Uuid,
  code: RequiredText(30),
  name: RequiredText(500),
  unit: IndicatorUnit,
  direction: IndicatorDirection.default("up"),
  isCumulative: z.boolean().default(false),
  countsPeople: z.boolean().default(false),
  baselineValue: nullable(IndicatorValue),
  baselineDate: nullable(IsoDate),
  endTarget: nullable(IndicatorValue),
  meansOfVerification: OptionalText(4000),
  dataSource: OptionalText(2000),
  frequency: OptionalText(200),
  rationale: OptionalText(8000),
  formula: nullable(IndicatorFormulaInput),
  activitySource: nullable(ActivitySourceInput),
  responsibleOrganizationIds: distinct(Uuid, 50).default([]),
  /** The disaggregation, in this order. An indicator that counts people includes the set "sex". */
  categorySetIds: distinct(Uuid, 10).default([]),
  targets: targetList.default([]),
};

/** The plan is chosen once, at creation; an indicator does not move to another plan. */
export const IndicatorInput = z.strictObject({ planId: Uuid, ...indicatorFields });
export type IndicatorInput = z.input<typeof IndicatorInput>;
/** Organisations, category sets and targets, when given, replace the indicator's lists. */
export const IndicatorPatch = z.strictObject({
  ...patchShape(indicatorFields),
  /**
   * Why the definition changes; required when a defining field (unit, direction, cumulation, counts
   * of people, disaggregation, formula, activity source, baseline, end target or node) of an
   * indicator that already has stored values changes. Kept in the audit log.
   */
  reason: z.string().trim().max(2000).optional(),
});
export type IndicatorPatch = z.input<typeof IndicatorPatch>;

export const IndicatorListQuery = listQuery(["code", "name", "updatedAt"] as const, {
  planId: Uuid.optional(),
  frameworkNodeId: Uuid.optional(),
  unit: IndicatorUnit.optional(),
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
});
export type IndicatorListQuery = z.infer<typeof IndicatorListQuery>;
export const IndicatorPage = page(Indicator);

/** A change of an indicator's definition, from the audit log: what changed, by whom, and why. */
export const IndicatorChange = z.object({
  at: z.string(),
  action: z.string(),
  actorName: z.string().nullable(),
  /** The fields whose value changed (every field on creation). */
  fields: z.array(z.string()),
  reason: z.string().nullable(),
});

/** An approved figure of one organisation for one period, and the report it came in. */
export const IndicatorReportedValue = z.object({
  periodId: Uuid,
  periodName: z.string(),
  organizationId: Uuid,
  organizationName: z.string(),
  submissionId: Uuid,
  /** The total given, else the sum of the values per category combination. */
  value: z.number().nullable(),
  textValue: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

/** Where an indicator's figures come from and how its definition came to be. */
export const IndicatorHistory = z.object({
  changes: z.array(IndicatorChange),
  values: z.array(IndicatorReportedValue),
});
export type IndicatorHistory = z.infer<typeof IndicatorHistory>;
