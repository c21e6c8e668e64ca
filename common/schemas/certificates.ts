/**
 * Certificates of trainings: who may receive one and why not, the certificates issued, their
 * revocation, and the public verification of a certificate number.
 */
import { z } from "zod";
import { RequiredText, Uuid } from "./common.js";
import { ParticipationRole } from "./enums.js";

/** Why a participant may not receive a certificate. */
export const ineligibilityReasons = [
  /** The training does not issue certificates (its rules say so). */
  "no_certificates",
  /** The training has not been held (planned or cancelled). */
  "not_held",
  /** Trainers, speakers, organisers and observers take part, but are not certified. */
  "not_participant",
  /** Fewer days present than the training's rules ask. */
  "attendance",
  /** The training has a pass mark and no post-test score is recorded. */
  "no_post_test",
  /** The post-test score is below the pass mark. */
  "pass_mark",
] as const;
export const IneligibilityReason = z.enum(ineligibilityReasons);
export type IneligibilityReason = z.infer<typeof IneligibilityReason>;

export const Certificate = z.object({
  id: Uuid,
  number: z.string(),
  eventId: Uuid,
  personId: Uuid,
  givenName: z.string(),
  familyName: z.string(),
  issuedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedReason: z.string().nullable(),
});
export type Certificate = z.infer<typeof Certificate>;

export const CertificateRules = z.object({
  /** Share of the training's days a participant must attend (0–1]. */
  minAttendanceShare: z.number(),
  /** Share of the test's maximum the post-test must reach; null when no test is required. */
  passMark: z.number().nullable(),
  issuesCertificates: z.boolean(),
  /** True when the training has no rules of its own: all days, no pass mark. */
  isDefault: z.boolean(),
});

export const CertificateCandidate = z.object({
  personId: Uuid,
  givenName: z.string(),
  familyName: z.string(),
  role: ParticipationRole,
  /** Share of the training's days the person attended. */
  attendanceShare: z.number(),
  /** Post-test score over the test's maximum; null when not tested. */
  postTestShare: z.number().nullable(),
  eligible: z.boolean(),
  reasons: z.array(IneligibilityReason),
  certificate: Certificate.nullable(),
});
export type CertificateCandidate = z.infer<typeof CertificateCandidate>;

export const CertificateOverview = z.object({
  eventId: Uuid,
  rules: CertificateRules,
  items: z.array(CertificateCandidate),
});
export type CertificateOverview = z.infer<typeof CertificateOverview>;

/** Without `personIds`: every eligible participant without a certificate. */
export const IssueCertificatesInput = z.strictObject({
  personIds: z.array(Uuid).min(1).max(1000).optional(),
});
export type IssueCertificatesInput = z.input<typeof IssueCertificatesInput>;

export const IssuedCertificates = z.object({ issued: z.array(Certificate) });

export const RevokeCertificateInput = z.strictObject({ reason: RequiredText(1000) });

/** Any text: a malformed number is answered as not genuine, not as an error. */
export const VerifyParams = z.strictObject({ number: z.string() });

/** The public answer: the name and the training for a genuine certificate, nothing else. */
export const Verification = z.union([
  z.strictObject({
    genuine: z.literal(true),
    name: z.string(),
    eventTitle: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
  }),
  z.strictObject({ genuine: z.literal(false) }),
]);
export type Verification = z.infer<typeof Verification>;
