import { z } from "zod";
import { IsoDate, listQuery, OptionalText, page, patchShape, RequiredText, Uuid } from "./common.js";
import { PlanStatus } from "./enums.js";

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
const datesMessage = { path: ["endsOn"], message: "The end date comes before the start date" };

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
  deadline: z.string().nullable(),
});
export type FrameworkNode = z.infer<typeof FrameworkNode>;

/** The whole tree, depth first, siblings by position. */
export const FrameworkTree = z.object({ plan: Plan, nodes: z.array(FrameworkNode) });
export type FrameworkTree = z.infer<typeof FrameworkTree>;

export const FrameworkNodeInput = z.strictObject({
  parentId: Uuid.nullish().transform((v) => v ?? null),
  code: RequiredText(30),
  title: RequiredText(500),
  description: OptionalText(8000),
  leadOrganizationId: Uuid.nullish().transform((v) => v ?? null),
  deadline: IsoDate.nullish().transform((v) => v ?? null),
  /** Place among its siblings; appended at the end when absent. */
  position: z.number().int().min(0).optional(),
});
export type FrameworkNodeInput = z.input<typeof FrameworkNodeInput>;
export const FrameworkNodePatch = FrameworkNodeInput.partial();

export const NodeParams = z.strictObject({ id: Uuid, nodeId: Uuid });
