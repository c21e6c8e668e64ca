import { z } from "zod";
import { abilitiesOf } from "./abilities.js";
import { Uuid } from "./common.js";
import { Role } from "./enums.js";

export const LoginRequest = z.strictObject({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(512),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Me = z.object({
  id: Uuid,
  email: z.string(),
  displayName: z.string(),
  role: Role,
  organizationId: Uuid.nullable(),
  organizationName: z.string().nullable(),
  personId: Uuid.nullable(),
  locale: z.string(),
  /** Whether the user gets reminder mails (the daily digest of reports, overdue action items). */
  reminderMails: z.boolean(),
  /** What the role may do anywhere: start records of each kind, and the areas it may open. */
  abilities: z.strictObject({
    create: abilitiesOf(
      "plans",
      "periods",
      "indicators",
      "categorySets",
      "projects",
      "organizations",
      "people",
      "events",
      "curricula",
      "boards",
      "meetingRecords",
      "actionItems",
      "imports",
      "agreements",
    ),
    /** Mark the action items its own organisation owns (the "our open items" list). */
    ownActionItems: z.boolean(),
    /** Manage accounts (the users pages). */
    users: z.boolean(),
    /** Find probable duplicates in the people registry and merge two records of one person. */
    mergePeople: z.boolean(),
    /** Read the audit log. */
    audit: z.boolean(),
    /** See the background jobs and retry failed ones. */
    jobs: z.boolean(),
    /** Take part in the reporting round (the reports of a period). */
    reports: z.boolean(),
    /** Write shadow assessments as its own organisation (partners; staff name the organisation). */
    assessments: z.boolean(),
  }),
});
export type Me = z.infer<typeof Me>;
export type MeAbilities = Me["abilities"];

/** Length beats composition rules: at least this many characters, and no rule on which ones. */
export const PASSWORD_MIN_LENGTH = 12;

/**
 * Why a new password is refused. The length is checked here and on the server; the others only on
 * the server (against the list of common passwords, the user's e-mail and name).
 */
export const passwordRuleReasons = [
  "too_short",
  "common_password",
  "contains_email",
  "contains_name",
] as const;
export type PasswordRuleReason = (typeof passwordRuleReasons)[number];

/** A new password: at least 12 characters (a short one is refused with the reason `too_short`). */
export const NewPassword = z
  .string()
  .max(512)
  .refine((password) => password.length >= PASSWORD_MIN_LENGTH, {
    message: `Use at least ${PASSWORD_MIN_LENGTH} characters`,
    params: { reason: "too_short" satisfies PasswordRuleReason, min: PASSWORD_MIN_LENGTH },
  })
  .meta({ minLength: PASSWORD_MIN_LENGTH });

/** The user's own settings; each field is changed only when sent. */
export const UpdateMeRequest = z.strictObject({
  locale: z.enum(["bs", "hr", "sr-Latn-BA", "sr-Cyrl-BA", "en"]).optional(),
  reminderMails: z.boolean().optional(),
});
export type UpdateMeRequest = z.infer<typeof UpdateMeRequest>;
export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(512),
  newPassword: NewPassword,
});
