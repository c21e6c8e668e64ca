import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { NewPassword } from "./auth.js";
import { listQuery, page, patchShape, RequiredText, Uuid } from "./common.js";
import { Role } from "./enums.js";

export const User = z.object({
  id: Uuid,
  email: z.string(),
  displayName: z.string(),
  role: Role,
  organizationId: Uuid.nullable(),
  organizationName: z.string().nullable(),
  personId: Uuid.nullable(),
  locale: z.string(),
  isActive: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

const userFields = {
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  displayName: RequiredText(200),
  role: Role,
  organizationId: Uuid.nullish().transform((v) => v ?? null),
  personId: Uuid.nullish().transform((v) => v ?? null),
  locale: z.enum(["bs", "hr", "sr-Latn-BA", "sr-Cyrl-BA", "en"]).default("bs"),
};

const needsOrganization = (role: string) => role === "representative" || role === "partner";

export const UserInput = z
  .strictObject({ ...userFields, password: NewPassword.optional() })
  .refine((user) => !needsOrganization(user.role) || user.organizationId, {
    path: ["organizationId"],
    message: "Representatives and partners belong to an organisation",
    params: { reason: "organization_required" satisfies Reason },
  });
export type UserInput = z.input<typeof UserInput>;

export const UserPatch = z.strictObject(
  patchShape({ ...userFields, isActive: z.boolean(), password: NewPassword }),
);

/** When the administrator sets no password, one is generated and shown once. */
export const CreatedUser = z.object({ user: User, generatedPassword: z.string().nullable() });

export const UserListQuery = listQuery(["displayName", "email", "role", "lastLoginAt"] as const, {
  role: Role.optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;
export const UserPage = page(User);
