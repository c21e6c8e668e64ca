import { z } from "zod";
import { OptionalText, Uuid } from "./common.js";
import { ActionReportStatus, PeriodStatus, SubmissionStatus } from "./enums.js";

/** One civil-society organisation's shadow assessment of an action in a period. */
export const ShadowAssessment = z.object({
  organizationId: Uuid,
  organizationName: z.string(),
  status: ActionReportStatus,
  narrative: z.string().nullable(),
  updatedAt: z.string(),
});
export type ShadowAssessment = z.infer<typeof ShadowAssessment>;

/** Per action: the government self-assessment (from a submitted or approved submission) and the shadow ones. */
export const ActionAssessments = z.object({
  frameworkNodeId: Uuid,
  code: z.string(),
  title: z.string(),
  leadOrganizationId: Uuid,
  leadOrganizationName: z.string(),
  government: z
    .object({
      status: ActionReportStatus,
      narrative: z.string().nullable(),
      submissionStatus: SubmissionStatus,
    })
    .nullable(),
  shadow: z.array(ShadowAssessment),
});
export type ActionAssessments = z.infer<typeof ActionAssessments>;

export const PeriodAssessments = z.object({
  periodId: Uuid,
  periodName: z.string(),
  periodStatus: PeriodStatus,
  actions: z.array(ActionAssessments),
});
export type PeriodAssessments = z.infer<typeof PeriodAssessments>;

export const ShadowAssessmentsInput = z.strictObject({
  /** Staff only: the civil-society organisation written for; a partner writes for its own. */
  organizationId: Uuid.optional(),
  assessments: z
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
export type ShadowAssessmentsInput = z.input<typeof ShadowAssessmentsInput>;
