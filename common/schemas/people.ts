import { z } from "zod";
import { abilitiesOf } from "./abilities.js";
import {
  IsoDate,
  listQuery,
  listQueryBase,
  OptionalText,
  page,
  patchShape,
  RequiredText,
  Uuid,
} from "./common.js";
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

/** Editing, archiving, and merging another record into this one (staff, while it is not archived). */
export const PersonAbilities = abilitiesOf("update", "archive", "merge");

export const Person = z
  .object({
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
    /** Set when this record was merged into another person: it stays, archived, as an alias of that person. */
    mergedIntoId: Uuid.nullable(),
    /** Null when the reader may not see personal data. */
    personal: PersonalData.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: PersonAbilities,
  })
  .meta({ id: "Person" });
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

/**
 * The fields staff choose between when two records of one person are merged: each keeps the
 * survivor's value or takes the other's. `consent` is the consent flag and its date together.
 */
export const personMergeFields = [
  "givenName",
  "familyName",
  "sex",
  "organizationId",
  "position",
  "rank",
  "isDecisionMaker",
  "email",
  "phone",
  "birthYear",
  "consent",
] as const;
export type PersonMergeField = (typeof personMergeFields)[number];
export const MergeSide = z.enum(["survivor", "other"]);
export type MergeSide = z.infer<typeof MergeSide>;

const mergeChoices = Object.fromEntries(personMergeFields.map((field) => [field, MergeSide.optional()])) as {
  [F in PersonMergeField]: z.ZodOptional<typeof MergeSide>;
};

/**
 * `POST /api/people/:id/merge`: the person `otherId` is merged into `:id` (the survivor). A field
 * left out keeps the survivor's value, or takes the other's when the survivor's is empty.
 */
export const PersonMergeInput = z.strictObject({
  otherId: Uuid,
  values: z.strictObject(mergeChoices).default({}),
});
export type PersonMergeInput = z.input<typeof PersonMergeInput>;

/** One person of a pair of probable duplicates. */
export const DuplicatePerson = z.object({
  id: Uuid,
  givenName: z.string(),
  familyName: z.string(),
  organizationId: Uuid.nullable(),
  organizationName: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  participations: z.number().int(),
});
export type DuplicatePerson = z.infer<typeof DuplicatePerson>;

/** Two people, not archived, with the same name (script and diacritics folded) who may be one. */
export const DuplicatePair = z
  .object({ first: DuplicatePerson, second: DuplicatePerson })
  .meta({ id: "DuplicatePair" });
export type DuplicatePair = z.infer<typeof DuplicatePair>;

export const DuplicateListQuery = z.strictObject({
  /** Words of the name, in either script: only pairs whose folded name holds every word. */
  q: listQueryBase.q,
  page: listQueryBase.page,
  pageSize: listQueryBase.pageSize,
});
export type DuplicateListQuery = z.infer<typeof DuplicateListQuery>;
export const DuplicatePage = page(DuplicatePair);
