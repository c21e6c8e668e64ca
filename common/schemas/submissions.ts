import { z } from "zod";
import { abilitiesOf } from "./abilities.js";
import { OptionalText, RequiredText, Uuid } from "./common.js";
import {
  ActionReportStatus,
  IndicatorUnit,
  PeriodStatus,
  SubmissionCommentKind,
  SubmissionStatus,
} from "./enums.js";

/** An organisation's report for one reporting period: draft → submitted → returned | approved. */
export const Submission = z.object({
  id: Uuid,
  reportingPeriodId: Uuid,
  periodName: z.string(),
  periodStatus: PeriodStatus,
  planId: Uuid,
  organizationId: Uuid,
  organizationName: z.string(),
  status: SubmissionStatus,
  submittedAt: z.string().nullable(),
  submittedBy: Uuid.nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: Uuid.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: abilitiesOf("edit", "submit", "return", "approve", "unlock", "comment"),
});
export type Submission = z.infer<typeof Submission>;

/** One organisation that reports for the period, and how far it is. */
export const CompletenessRow = z.object({
  organizationId: Uuid,
  organizationName: z.string(),
  submissionId: Uuid.nullable(),
  status: z.union([SubmissionStatus, z.literal("not_started")]),
  /** Values given for full combinations of categories (or the total, for an indicator without sets). */
  valuesGiven: z.number().int(),
  valuesExpected: z.number().int(),
  /** The plan's actions the organisation leads, and how many of them its submission reports on. */
  actionsLed: z.number().int(),
  actionsReported: z.number().int(),
  abilities: abilitiesOf("start"),
});
export type CompletenessRow = z.infer<typeof CompletenessRow>;
export const CompletenessList = z.object({ items: z.array(CompletenessRow) });
export type CompletenessList = z.infer<typeof CompletenessList>;

export const SubmissionCreate = z.strictObject({ organizationId: Uuid });
export type SubmissionCreate = z.input<typeof SubmissionCreate>;

export const IndicatorValue = z.object({
  indicatorId: Uuid,
  categoryKey: z.string(),
  value: z.number().nullable(),
  textValue: z.string().nullable(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const FormIndicator = z.object({
  id: Uuid,
  code: z.string(),
  name: z.string(),
  unit: IndicatorUnit,
  countsPeople: z.boolean(),
  categorySets: z.array(
    z.object({
      id: Uuid,
      code: z.string(),
      name: z.string(),
      categories: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
  ),
  values: z.array(IndicatorValue),
});
export type FormIndicator = z.infer<typeof FormIndicator>;

export const FormAction = z.object({
  frameworkNodeId: Uuid,
  code: z.string(),
  title: z.string(),
  report: z.object({ status: ActionReportStatus, narrative: z.string().nullable() }).nullable(),
});
export type FormAction = z.infer<typeof FormAction>;

export const SubmissionComment = z.object({
  id: Uuid,
  authorUserId: Uuid.nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  kind: SubmissionCommentKind,
  createdAt: z.string(),
});
export type SubmissionComment = z.infer<typeof SubmissionComment>;

/** The data-entry form: the organisation's indicators and the actions it leads, with what is stored. */
export const SubmissionForm = z.object({
  submission: Submission,
  indicators: z.array(FormIndicator),
  actions: z.array(FormAction),
  comments: z.array(SubmissionComment),
});
export type SubmissionForm = z.infer<typeof SubmissionForm>;

/**
 * Values to store: `categoryKey` is '' for the total, else one `set=category` pair per category set
 * of the indicator, sorted by set code and joined with ';' (e.g. `entity=BA-SRP;sex=female`).
 * Numeric units take `value`; text takes `textValue`; yes/no takes `value` 0 or 1.
 */
export const ValuesInput = z.strictObject({
  values: z
    .array(
      z.strictObject({
        indicatorId: Uuid,
        categoryKey: z.string().trim().max(500),
        value: z.number().finite().nullish(),
        textValue: OptionalText(4000),
      }),
    )
    .min(1)
    .max(2000),
});
export type ValuesInput = z.input<typeof ValuesInput>;

export const ActionReportsInput = z.strictObject({
  reports: z
    .array(
      z.strictObject({
        frameworkNodeId: Uuid,
        status: ActionReportStatus,
        narrative: OptionalText(10_000),
      }),
    )
    .min(1)
    .max(500),
});
export type ActionReportsInput = z.input<typeof ActionReportsInput>;

export const ReturnInput = z.strictObject({ comment: RequiredText(4000) });
export const UnlockInput = z.strictObject({ reason: RequiredText(2000) });
export const CommentInput = z.strictObject({ body: RequiredText(4000) });
