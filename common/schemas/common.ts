import { z } from "zod";

export const Uuid = z.uuid();
export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });

/** Text a person types: trimmed, never empty. */
export const RequiredText = (max = 500) => z.string().trim().min(1).max(max);
/** Optional text: empty strings become null. */
export const OptionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const sortOrders = ["asc", "desc"] as const;

/** The most rows one page of a list holds (exports read larger batches on the server). */
export const MAX_PAGE_SIZE = 200;

/** Query parameters every list accepts; each list adds its own `sort` keys and filters. */
export const listQueryBase = {
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  order: z.enum(sortOrders).default("asc"),
};

export const listQuery = <const S extends readonly [string, ...string[]], E extends z.ZodRawShape>(
  sortKeys: S,
  extra: E,
) =>
  z.strictObject({
    ...listQueryBase,
    sort: z.enum(sortKeys).default(sortKeys[0] as never),
    ...extra,
  });

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const IdParams = z.strictObject({ id: Uuid });

/** Why a request failed: a stable reason code (translated by the web) and the values its text names. */
const ReasonFields = {
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
};
export const FieldErrorSchema = z.object({ path: z.string(), message: z.string(), ...ReasonFields });
export const ErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  ...ReasonFields,
  details: z.array(FieldErrorSchema).optional(),
});

/** Counts of people are always split by sex. */
export const SexCounts = z.object({
  female: z.number().int(),
  male: z.number().int(),
  total: z.number().int(),
});
export type SexCounts = z.infer<typeof SexCounts>;

export const languages = ["bs", "hr", "sr-Latn-BA", "sr-Cyrl-BA", "en"] as const;
export const Locale = z.enum(languages);
export type Locale = z.infer<typeof Locale>;

type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer T> ? T : S[K]>;
};

/**
 * The shape of a partial update: every field optional and no defaults, so a field left out of a
 * PATCH stays as it is instead of being reset to its default.
 */
export function patchShape<S extends z.ZodRawShape>(shape: S): PatchShape<S> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType)).optional(),
    ]),
  ) as unknown as PatchShape<S>;
}
