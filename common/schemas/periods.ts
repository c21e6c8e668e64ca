import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { abilitiesOf } from "./abilities.js";
import { IsoDate, patchShape, RequiredText, Uuid } from "./common.js";
import { PeriodStatus } from "./enums.js";

/** A reporting period of a plan (BiH: 1 August → 31 July); the periods of a plan never overlap. */
export const ReportingPeriod = z.object({
  id: Uuid,
  planId: Uuid,
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: PeriodStatus,
  /** Indicator targets set for this period; a period with targets cannot be deleted. */
  targetCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: abilitiesOf("update", "delete"),
});
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

/** One period with the plan it belongs to (the short title may be empty). */
export const ReportingPeriodDetail = ReportingPeriod.extend({
  plan: z.object({ id: Uuid, title: z.string(), shortTitle: z.string() }),
});
export type ReportingPeriodDetail = z.infer<typeof ReportingPeriodDetail>;

/** A plan's periods by start date. */
export const ReportingPeriodList = z.object({ items: z.array(ReportingPeriod) });
export type ReportingPeriodList = z.infer<typeof ReportingPeriodList>;

const periodFields = {
  name: RequiredText(100),
  startsOn: IsoDate,
  endsOn: IsoDate,
  status: PeriodStatus.default("open"),
};
const datesInOrder = (period: { startsOn?: string; endsOn?: string }) =>
  !period.startsOn || !period.endsOn || period.endsOn >= period.startsOn;
const datesMessage = {
  path: ["endsOn"],
  message: "The end date comes before the start date",
  params: { reason: "date_order" satisfies Reason },
};

export const ReportingPeriodInput = z.strictObject(periodFields).refine(datesInOrder, datesMessage);
export type ReportingPeriodInput = z.input<typeof ReportingPeriodInput>;
export const ReportingPeriodPatch = z
  .strictObject(patchShape(periodFields))
  .refine(datesInOrder, datesMessage);

const periodGenerationFields = z.strictObject({
  startMonth: z.number().int().min(1).max(12).default(8),
  startDay: z.number().int().min(1).max(28).default(1),
});
/** Yearly periods from this day of the year; by default 1 August, as BiH reports. The body may be left out. */
export const PeriodGeneration = periodGenerationFields
  .nullish()
  .transform((options) => options ?? periodGenerationFields.parse({}));
export type PeriodGeneration = z.input<typeof PeriodGeneration>;
