import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { EditAbilities } from "./abilities.js";
import { IsoDate, listQuery, OptionalText, page, patchShape, RequiredText, Uuid } from "./common.js";
import { ActionStatus, FundingSource, Pillar, PlanStatus } from "./enums.js";

export const Plan = z.object({
  id: Uuid,
  title: z.string(),
  shortTitle: z.string(),
  jurisdictionId: Uuid.nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  predecessorId: Uuid.nullable(),
  predecessorTitle: z.string().nullable(),
  tierNames: z.array(z.string()),
  status: PlanStatus,
  description: z.string().nullable(),
  source: z.string().nullable(),
  nodeCount: z.number().int(),
  isArchived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: EditAbilities,
});
export type Plan = z.infer<typeof Plan>;

const planFields = {
  title: RequiredText(300),
  shortTitle: RequiredText(60),
  jurisdictionId: Uuid.nullish().transform((v) => v ?? null),
  startsOn: IsoDate,
  endsOn: IsoDate,
  predecessorId: Uuid.nullish().transform((v) => v ?? null),
  tierNames: z.array(RequiredText(100)).min(1).max(8),
  status: PlanStatus.default("draft"),
  description: OptionalText(8000),
  source: OptionalText(2000),
};
const datesInOrder = (plan: { startsOn?: string; endsOn?: string }) =>
  !plan.startsOn || !plan.endsOn || plan.endsOn >= plan.startsOn;
const datesMessage = {
  path: ["endsOn"],
  message: "The end date comes before the start date",
  params: { reason: "date_order" satisfies Reason },
};

export const PlanInput = z.strictObject(planFields).refine(datesInOrder, datesMessage);
export type PlanInput = z.input<typeof PlanInput>;
export const PlanPatch = z.strictObject(patchShape(planFields)).refine(datesInOrder, datesMessage);

export const PlanListQuery = listQuery(["startsOn", "title"] as const, {
  status: PlanStatus.optional(),
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
});
export type PlanListQuery = z.infer<typeof PlanListQuery>;
export const PlanPage = page(Plan);

/** A node of the results framework; `depth` picks the plan's tier name (0 = first tier). */
export const FrameworkNode = z.object({
  id: Uuid,
  planId: Uuid,
  parentId: Uuid.nullable(),
  depth: z.number().int(),
  position: z.number().int(),
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  leadOrganizationId: Uuid.nullable(),
  leadOrganizationName: z.string().nullable(),
  coResponsibleOrganizations: z.array(z.object({ id: Uuid, name: z.string() })),
  deadline: z.string().nullable(),
  status: ActionStatus.nullable(),
  budgetAmount: z.number().nullable(),
  budgetCurrency: z.string().nullable(),
  fundingSource: FundingSource.nullable(),
  pillars: z.array(Pillar),
});
export type FrameworkNode = z.infer<typeof FrameworkNode>;

/** The whole tree, depth first, siblings by position. */
export const FrameworkTree = z.object({ plan: Plan, nodes: z.array(FrameworkNode) });
export type FrameworkTree = z.infer<typeof FrameworkTree>;

// Defaults stay outermost so that `patchShape` can drop them: a PATCH leaves unnamed fields alone.
const frameworkNodeFields = {
  parentId: Uuid.nullish().transform((v) => v ?? null),
  code: RequiredText(30),
  title: RequiredText(500),
  description: OptionalText(8000),
  leadOrganizationId: Uuid.nullish().transform((v) => v ?? null),
  /** Organisations sharing the responsibility with the lead; the list replaces the stored one. */
  coResponsibleOrganizationIds: z
    .array(Uuid)
    .max(50)
    .transform((ids) => [...new Set(ids)])
    .default([]),
  deadline: IsoDate.nullish().transform((v) => v ?? null),
  status: ActionStatus.nullish().transform((v) => v ?? null),
  /** A budget line: an amount needs its currency (BAM, EUR, USD, …). */
  budgetAmount: z
    .number()
    .min(0)
    .max(1e12)
    .nullish()
    .transform((v) => v ?? null),
  budgetCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, "Use a three-letter currency code, e.g. BAM, EUR, USD")
    .nullish()
    .transform((v) => v ?? null),
  fundingSource: FundingSource.nullish().transform((v) => v ?? null),
  pillars: z
    .array(Pillar)
    .max(4)
    .transform((values) => [...new Set(values)])
    .default([]),
  /** Place among its siblings; appended at the end when absent. */
  position: z.number().int().min(0).optional(),
};
const budgetHasCurrency = (node: { budgetAmount?: number | null; budgetCurrency?: string | null }) =>
  node.budgetAmount == null || Boolean(node.budgetCurrency);
const budgetMessage = {
  path: ["budgetCurrency"],
  message: "A budget amount needs its currency",
  params: { reason: "budget_needs_currency" satisfies Reason },
};

export const FrameworkNodeInput = z
  .strictObject(frameworkNodeFields)
  .refine(budgetHasCurrency, budgetMessage);
export type FrameworkNodeInput = z.input<typeof FrameworkNodeInput>;
/** A patch with an amount but no currency is checked against the stored currency by the service. */
export const FrameworkNodePatch = z.strictObject(patchShape(frameworkNodeFields));

export const NodeParams = z.strictObject({ id: Uuid, nodeId: Uuid });

/**
 * Copies a plan into the next cycle: its framework (nodes keep their lineage) and its indicators
 * (same series, definitions and disaggregations; targets are set anew for the new periods).
 */
export const PlanCopyInput = z
  .strictObject({
    title: RequiredText(300),
    shortTitle: RequiredText(60),
    startsOn: IsoDate,
    endsOn: IsoDate,
  })
  .refine(datesInOrder, datesMessage);
export type PlanCopyInput = z.input<typeof PlanCopyInput>;
