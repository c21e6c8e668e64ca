import { z } from "zod";
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
});
export type Me = z.infer<typeof Me>;

/** At least 12 characters; length beats composition rules. */
export const NewPassword = z.string().min(12).max(512);

export const UpdateMeRequest = z.strictObject({
  locale: z.enum(["bs", "hr", "sr-Latn-BA", "sr-Cyrl-BA", "en"]),
});
export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(512),
  newPassword: NewPassword,
});
