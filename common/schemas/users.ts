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

/** Representatives and partners act for an organisation: their account names it. */
export const roleNeedsOrganization = (role: unknown) => role === "representative" || role === "partner";

/** The organisation rule on a user's fields, for the create request and the web's edit form alike. */
export const hasOrganizationWhereNeeded: [
  (user: { role?: unknown; organizationId?: string | null }) => boolean,
  { path: string[]; message: string; params: { reason: Reason } },
] = [
  (user) => !roleNeedsOrganization(user.role) || Boolean(user.organizationId),
  {
    path: ["organizationId"],
    message: "Representatives and partners belong to an organisation",
    params: { reason: "organization_required" },
  },
];

export const UserInput = z
  .strictObject({ ...userFields, password: NewPassword.optional() })
  .refine(...hasOrganizationWhereNeeded);
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
