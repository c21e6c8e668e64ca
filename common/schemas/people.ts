import { z } from "zod";
import { EditAbilities } from "./abilities.js";
import { IsoDate, listQuery, OptionalText, page, patchShape, RequiredText, Uuid } from "./common.js";
import { Sex } from "./enums.js";

/** Contacts, birth year and consent: shown only to administrators, coordinators and the person's own organisation. */
export const PersonalData = z.object({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  hasConsented: z.boolean(),
  consentedOn: z.string().nullable(),
});
export type PersonalData = z.infer<typeof PersonalData>;

export const Person = z.object({
  id: Uuid,
  givenName: z.string(),
  familyName: z.string(),
  sex: Sex,
  organizationId: Uuid.nullable(),
  organizationName: z.string().nullable(),
  position: z.string().nullable(),
  rank: z.string().nullable(),
  isDecisionMaker: z.boolean(),
  isDemo: z.boolean(),
  isArchived: z.boolean(),
  /** Null when the reader may not see personal data. */
  personal: PersonalData.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: EditAbilities,
});
export type Person = z.infer<typeof Person>;

const personFields = {
  givenName: RequiredText(100),
  familyName: RequiredText(100),
  sex: Sex,
  organizationId: Uuid.nullish().transform((v) => v ?? null),
  position: OptionalText(200),
  rank: OptionalText(100),
  isDecisionMaker: z.boolean().default(false),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.union([z.email(), z.literal("")]))
    .nullish()
    .transform((v) => v || null),
  phone: OptionalText(50),
  birthYear: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .nullish()
    .transform((v) => v ?? null),
  hasConsented: z.boolean().default(false),
  consentedOn: IsoDate.nullish().transform((v) => v ?? null),
};
export const PersonInput = z.strictObject(personFields);
export type PersonInput = z.input<typeof PersonInput>;
export const PersonPatch = z.strictObject(patchShape(personFields));

export const personSortKeys = ["familyName", "givenName", "organization", "updatedAt"] as const;
export const PersonListQuery = listQuery(personSortKeys, {
  sex: Sex.optional(),
  organizationId: Uuid.optional(),
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
});
export type PersonListQuery = z.infer<typeof PersonListQuery>;
export const PersonPage = page(Person);
