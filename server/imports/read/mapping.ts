/**
 * Column headers → the fields of an import kind. The suggestion is shown to the user, who can
 * change it before anything is imported.
 */
import { editDistance } from "./edit-distance.js";
import {
  type FieldOf,
  fieldSynonyms,
  headerKey,
  type ImportKind,
  ignoredHeaders,
  kindFields,
} from "./synonyms.js";

/**
 * How a column got its field: `exact` (its header key is a synonym), `close` (see
 * {@link closeness}), `ignored` (a signature, row number or remark column), `taken` (its best field
 * went to a better-matching column), `none` (nothing matched, or the header is empty).
 */
export type MatchKind = "exact" | "close" | "ignored" | "taken" | "none";

export interface ColumnSuggestion<K extends ImportKind> {
  header: string;
  field: FieldOf<K> | null;
  match: MatchKind;
}

/** The allowed typo distance for a synonym: none under 4 letters, 1 from 4, 2 from 8. */
function typoAllowance(synonym: string): number {
  if (synonym.length >= 8) return 2;
  return synonym.length >= 4 ? 1 : 0;
}

/**
 * How closely a header key matches a synonym: 0 when not at all; otherwise the synonym's length,
 * so that a longer synonym wins ("ime i prezime ucesnika" is a full name, not a given name).
 * A key matches closely when the synonym occurs in it as whole words ("spol z m" holds "spol",
 * "e mail adresa" holds "e mail"), or when the two are within a typo of each other ("prezme").
 */
export function closeness(key: string, synonym: string): number {
  if (` ${key} `.includes(` ${synonym} `)) return synonym.length;
  const allowance = typoAllowance(synonym);
  if (
    allowance > 0 &&
    Math.abs(key.length - synonym.length) <= allowance &&
    editDistance(key, synonym) <= allowance
  ) {
    return synonym.length;
  }
  return 0;
}

interface Candidate<K extends ImportKind> {
  field: FieldOf<K> | null;
  exact: boolean;
  strength: number;
}

/** The best field (or the ignored marker, `null`) for one header key, or undefined for none. */
function bestCandidate<K extends ImportKind>(key: string, kind: K): Candidate<K> | undefined {
  if (key === "") return undefined;
  const synonyms = fieldSynonyms[kind] as Readonly<Record<FieldOf<K>, readonly string[]>>;
  const fields = kindFields[kind] as readonly FieldOf<K>[];
  const lists: [FieldOf<K> | null, readonly string[]][] = [
    [null, ignoredHeaders],
    ...fields.map((field): [FieldOf<K>, readonly string[]] => [field, synonyms[field]]),
  ];
  for (const [field, list] of lists)
    if (list.includes(key)) return { field, exact: true, strength: Infinity };
  let best: Candidate<K> | undefined;
  for (const [field, list] of lists) {
    for (const synonym of list) {
      const strength = closeness(key, synonym);
      if (strength > 0 && (!best || strength > best.strength)) best = { field, exact: false, strength };
    }
  }
  return best;
}

/**
 * Suggests a field for every column. A header is compared through its {@link headerKey}: first
 * exactly against the synonyms of the kind's fields and of the ignored columns, then closely (see
 * {@link closeness}), the longest matching synonym winning, ignored columns first among equals.
 * Each field goes to one column only: an exact match beats a close one, a longer synonym a shorter
 * one, a column further left one further right; the other columns get `taken`.
 */
export function suggestMapping<K extends ImportKind>(
  headers: readonly string[],
  kind: K,
): ColumnSuggestion<K>[] {
  const candidates = headers.map((header) => bestCandidate(headerKey(header), kind));
  const suggestions: ColumnSuggestion<K>[] = headers.map((header, index) => {
    const candidate = candidates[index];
    if (!candidate) return { header, field: null, match: "none" };
    return { header, field: null, match: candidate.field === null ? "ignored" : "taken" };
  });
  const order = candidates
    .map((candidate, index) => ({ candidate, index }))
    .filter((entry): entry is { candidate: Candidate<K>; index: number } => entry.candidate?.field != null)
    .sort(
      (a, b) =>
        Number(b.candidate.exact) - Number(a.candidate.exact) ||
        (b.candidate.exact ? 0 : b.candidate.strength - a.candidate.strength) ||
        a.index - b.index,
    );
  const assigned = new Set<FieldOf<K>>();
  for (const { candidate, index } of order) {
    const suggestion = suggestions[index];
    if (!suggestion || candidate.field === null || assigned.has(candidate.field)) continue;
    assigned.add(candidate.field);
    suggestion.field = candidate.field;
    suggestion.match = candidate.exact ? "exact" : "close";
  }
  return suggestions;
}

/** The cells of one row keyed by the fields their columns were mapped to. */
export function mapRow<K extends ImportKind, T>(
  cells: readonly T[],
  mapping: readonly Pick<ColumnSuggestion<K>, "field">[],
): Partial<Record<FieldOf<K>, T>> {
  const out: Partial<Record<FieldOf<K>, T>> = {};
  mapping.forEach(({ field }, index) => {
    const cell = cells[index];
    if (field !== null && cell !== undefined) out[field] = cell;
  });
  return out;
}
