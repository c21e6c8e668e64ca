import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { EditAbilities } from "./abilities.js";
import { IsoDate, listQuery, OptionalText, page, patchShape, RequiredText, Uuid } from "./common.js";
import { EventKind } from "./enums.js";

export const OutputTarget = z.object({
  eventKind: EventKind,
  targetCount: z.number().int().min(0).max(100_000),
  label: RequiredText(200),
});

export const OrganizationRef = z.object({ id: Uuid, name: z.string() });

export const Project = z.object({
  id: Uuid,
  title: z.string(),
  code: z.string(),
  donorOrganizationId: Uuid.nullable(),
  donorName: z.string().nullable(),
  implementers: z.array(OrganizationRef),
  startsOn: z.string(),
  endsOn: z.string(),
  budgetAmount: z.number().nullable(),
  currency: z.string().nullable(),
  description: z.string().nullable(),
  source: z.string().nullable(),
  /** Each target with the number of events of that kind held so far. */
  outputTargets: z.array(OutputTarget.extend({ held: z.number().int() })),
  frameworkNodeIds: z.array(Uuid),
  isArchived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: EditAbilities,
});
export type Project = z.infer<typeof Project>;

const projectFields = {
  title: RequiredText(300),
  code: RequiredText(50),
  donorOrganizationId: Uuid.nullish().transform((v) => v ?? null),
  implementerIds: z.array(Uuid).max(50).default([]),
  startsOn: IsoDate,
  endsOn: IsoDate,
  budgetAmount: z
    .number()
    .min(0)
    .max(1e12)
    .nullish()
    .transform((v) => v ?? null),
  currency: z
    .string()
    .refine((code) => /^[A-Z]{3}$/.test(code), {
      message: "Use a three-letter currency code, e.g. BAM, EUR, USD",
      params: { reason: "not_a_currency_code" satisfies Reason },
    })
    .meta({ pattern: "^[A-Z]{3}$" })
    .nullish()
    .transform((v) => v ?? null),
  description: OptionalText(8000),
  source: OptionalText(2000),
  outputTargets: z
    .array(OutputTarget)
    .max(20)
    .default([])
    .refine((targets) => new Set(targets.map((t) => t.eventKind)).size === targets.length, {
      message: "One target per kind of event",
      params: { reason: "duplicate_target_kind" satisfies Reason },
    }),
  frameworkNodeIds: z.array(Uuid).max(200).default([]),
};
const datesInOrder = (p: { startsOn?: string; endsOn?: string }) =>
  !p.startsOn || !p.endsOn || p.endsOn >= p.startsOn;
const datesMessage = {
  path: ["endsOn"],
  message: "The end date comes before the start date",
  params: { reason: "date_order" satisfies Reason },
};

export const ProjectInput = z.strictObject(projectFields).refine(datesInOrder, datesMessage);
export type ProjectInput = z.input<typeof ProjectInput>;
export const ProjectPatch = z.strictObject(patchShape(projectFields)).refine(datesInOrder, datesMessage);

export const ProjectListQuery = listQuery(["startsOn", "title", "code"] as const, {
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;
export const ProjectPage = page(Project);
