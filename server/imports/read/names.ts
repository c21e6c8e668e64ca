/**
 * Recognising people already in the registry. Local lists write one person as "Dženana Hadžić",
 * "Dzenana Hadzic" or "Џенана Хаџић", and đ as đ, dj or plain d; the name key folds all of these.
 */
import { toSearchKey } from "../../../common/text/search.js";
import { withinOneEdit } from "./edit-distance.js";
import { remembered } from "./memo.js";

export interface PersonName {
  givenName: string;
  familyName: string;
}

export interface KnownPerson extends PersonName {
  id: string;
  /** `personKey(givenName, familyName)` when it is already known (the registry keeps it). */
  key?: string;
  /** The person's organisation as text (its name or its search key), folded as names are. */
  organisationKey?: string | null;
  /** `organisationKey` folded already (the importer folds each registered person's once). */
  organisationFolded?: string;
}

export type PersonMatch = { kind: "exact"; id: string } | { kind: "likely"; ids: string[] } | { kind: "new" };

/**
 * The key of a name: the search key (Cyrillic to Latin, so џ љ њ ђ become dž lj nj đ; lower case;
 * č ć → c, š → s, ž → z, đ → dj) with dots and hyphens as spaces, then dj reduced to d, because đ is
 * also typed as a plain d ("Đorđe", "Djordje", "Dordje" → "dorde"); a j written after đ goes
 * with it ("Đja" and "Dja" → "da").
 */
export const nameKey: (text: string) => string = remembered((text) =>
  toSearchKey(text).replace(/[.@]+/g, " ").replace(/dj+/g, "d").replace(/\s+/g, " ").trim(),
);

/** The key of a person: given name then family name, each through {@link nameKey}. */
export function personKey(givenName: string, familyName: string): string {
  return [nameKey(givenName), nameKey(familyName)].filter(Boolean).join(" ");
}

/** A word written in capitals only (two letters or more, any script): "HODŽIĆ", "ПЕТРОВИЋ". */
const isCapitalised = (word: string) =>
  /\p{L}.*\p{L}/u.test(word) &&
  word === word.toLocaleUpperCase("bs") &&
  word !== word.toLocaleLowerCase("bs");

/** "HODŽIĆ-KOVAČ" → "Hodžić-Kovač": each part of a word in capitals, as names are written. */
const titleCase = (word: string) =>
  word
    .toLocaleLowerCase("bs")
    .replace(
      /(^|[-'’])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toLocaleUpperCase("bs"),
    );

/**
 * A full name in one cell split in two. Official lists mark the family name, and then it wins over
 * the column's order: "Hodžić, Amra" (before a comma) and "HODŽIĆ Amra" or "Amra HODŽIĆ" (the words
 * in capitals, written back as names are: "Hodžić"). Otherwise the last word is the family name when
 * the given name comes first (the usual "Ime i prezime"), the first word when the family name comes
 * first ("Prezime i ime"). A single word is a family name.
 */
export function splitFullName(
  fullName: string,
  order: "given-first" | "family-first" = "given-first",
): PersonName {
  const clean = fullName.replace(/\s+/g, " ").replace(/^[\s,]+|[\s,]+$/g, "");
  const comma = clean.split(",").map((part) => part.trim());
  if (comma.length === 2 && comma[0] && comma[1]) return { givenName: comma[1], familyName: comma[0] };
  const words = clean.split(" ").filter(Boolean);
  if (words.length <= 1) return { givenName: "", familyName: words[0] ?? "" };
  const capitals = words.filter(isCapitalised);
  // Some words in capitals, not all, and together at the start or the end: the family name.
  if (capitals.length > 0 && capitals.length < words.length) {
    const atStart = words.slice(0, capitals.length).every(isCapitalised);
    const atEnd = words.slice(-capitals.length).every(isCapitalised);
    if (atStart || atEnd) {
      const given = atStart ? words.slice(capitals.length) : words.slice(0, -capitals.length);
      return { givenName: given.join(" "), familyName: capitals.map(titleCase).join(" ") };
    }
  }
  return order === "given-first"
    ? { givenName: words.slice(0, -1).join(" "), familyName: words[words.length - 1] ?? "" }
    : { givenName: words.slice(1).join(" "), familyName: words[0] ?? "" };
}

/** The most registered people a likely match offers. */
export const likelyCandidateLimit = 10;

/** An organisation's key, folded as a name is (see {@link nameKey}), or "" when there is none. */
export function organisationKeyOf(text: string | null | undefined): string {
  return text ? nameKey(text) : "";
}

/**
 * Finds a candidate among known people, names compared through {@link personKey}:
 * - exact: the names agree and both organisations are given and agree; when more than one known
 *   person agrees so, none is certain and all are `likely`;
 * - likely: the names agree but an organisation differs or is missing on either side, or the names
 *   agree with given and family name swapped, or the keys are one edit apart (one letter added,
 *   dropped or changed: "Amela"/"Amila", a missed letter);
 * - new: nothing of the above.
 * Likely ids: the `preferred` ones (people already taking part in the event) first, then the
 * others; within each, exact-name agreements first, then names swapped or one edit apart, each in
 * the order of `existing` — at most {@link likelyCandidateLimit} of them. A common name can have
 * hundreds of namesakes: a list of all of them helps nobody decide, and a file of such names would
 * make a preview of hundreds of megabytes. Give `existing` in a stable order (the importer sorts
 * it by id) so that the list is the same however the registry was read, and a decision made on the
 * preview is one the commit still offers.
 */
export function matchPerson(
  candidate: PersonName,
  existing: readonly KnownPerson[],
  organisationKey?: string | null,
  preferred?: ReadonlySet<string>,
): PersonMatch {
  const found = candidatesOf(candidate, existing, preferred);
  return found ? decideMatch(found, organisationKey) : { kind: "new" };
}

/** The known people one name may be, before its organisation is considered. */
export interface NameCandidates {
  /** Namesakes' ids by their folded organisation. */
  byOrganisation: ReadonlyMap<string, readonly string[]>;
  /** Namesakes and close names (swapped or one edit apart), each in the order of `existing`, once. */
  namesakes: readonly string[];
  close: readonly string[];
  preferred: ReadonlySet<string>;
  /** The preferred among namesakes, then among close names. */
  preferredFound: readonly string[];
}

/**
 * Step one of {@link matchPerson}: what depends on the name only (null for an empty name). Rows
 * of one name share it; only the organisation differs from row to row.
 */
export function candidatesOf(
  candidate: PersonName,
  existing: readonly KnownPerson[],
  preferred: ReadonlySet<string> = new Set(),
): NameCandidates | null {
  const key = personKey(candidate.givenName, candidate.familyName);
  if (key === "") return null;
  const swapped = personKey(candidate.familyName, candidate.givenName);
  // Sets: one person may be known under two names (a person merged into another keeps its name).
  const namesakes = new Set<string>();
  const close = new Set<string>();
  const byOrganisation = new Map<string, string[]>();
  for (const person of existing) {
    const known = person.key ?? personKey(person.givenName, person.familyName);
    if (known === key) {
      namesakes.add(person.id);
      // The organisation is folded only for a namesake: most candidates are one edit away.
      const theirs = person.organisationFolded ?? organisationKeyOf(person.organisationKey);
      const ids = byOrganisation.get(theirs);
      if (!ids) byOrganisation.set(theirs, [person.id]);
      else if (!ids.includes(person.id)) ids.push(person.id);
    } else if (known === swapped || withinOneEdit(known, key)) close.add(person.id);
  }
  const preferredFound = [...namesakes, ...close].filter((id) => preferred.has(id));
  return { byOrganisation, namesakes: [...namesakes], close: [...close], preferred, preferredFound };
}

/** Step two of {@link matchPerson}: the match of one row, by its organisation. */
export function decideMatch(found: NameCandidates, organisationKey?: string | null): PersonMatch {
  const organisation = organisationKeyOf(organisationKey);
  const exact = organisation === "" ? [] : (found.byOrganisation.get(organisation) ?? []);
  const [only] = exact;
  if (exact.length === 1 && only !== undefined) return { kind: "exact", id: only };
  const ids = new Set<string>();
  const add = (list: readonly string[], preferred: boolean) => {
    for (const id of list) {
      if (ids.size >= likelyCandidateLimit) return;
      if (found.preferred.has(id) === preferred) ids.add(id);
    }
  };
  add(exact, true);
  add(found.preferredFound, true);
  for (const list of [exact, found.namesakes, found.close]) add(list, false);
  return ids.size === 0 ? { kind: "new" } : { kind: "likely", ids: [...ids] };
}
