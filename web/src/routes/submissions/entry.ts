import type { FormIndicator } from "../../../../common/schemas/submissions.js";

type CategorySet = FormIndicator["categorySets"][number];

/** One full combination of categories of an indicator: its canonical key and its category names. */
export interface Combination {
  key: string;
  names: string[];
  /** The category code per set code. */
  pairs: Record<string, string>;
}

/** `set=category` pairs sorted by set code and joined with ';' — the server's canonical key. */
export const categoryKeyOf = (pairs: Record<string, string>) =>
  Object.keys(pairs)
    .sort()
    .map((set) => `${set}=${pairs[set]}`)
    .join(";");

/** Every full combination of the indicator's categories; none when it has no category sets. */
export function combinationsOf(sets: CategorySet[]): Combination[] {
  if (sets.length === 0) return [];
  let partial: { pairs: Record<string, string>; names: string[] }[] = [{ pairs: {}, names: [] }];
  for (const set of sets) {
    partial = partial.flatMap((combination) =>
      set.categories.map((category) => ({
        pairs: { ...combination.pairs, [set.code]: category.code },
        names: [...combination.names, category.name],
      })),
    );
  }
  return partial.map((combination) => ({ ...combination, key: categoryKeyOf(combination.pairs) }));
}

/** The state key of one input: indicator and category key. */
export const entryKey = (indicatorId: string, categoryKey: string) => `${indicatorId}|${categoryKey}`;

export type EntryValue = string | number | boolean;

/** The form's starting values from what the server stores. */
export function initialEntries(indicators: FormIndicator[]): Record<string, EntryValue> {
  const entries: Record<string, EntryValue> = {};
  for (const indicator of indicators) {
    for (const stored of indicator.values) {
      const key = entryKey(indicator.id, stored.categoryKey);
      if (indicator.unit === "text") entries[key] = stored.textValue ?? "";
      else if (indicator.unit === "yes_no") entries[key] = stored.value === 1;
      else entries[key] = stored.value ?? "";
    }
  }
  return entries;
}

export interface ValueEntry {
  indicatorId: string;
  categoryKey: string;
  value?: number | null;
  textValue?: string | null;
}

/** What to send: every input given or cleared (a cleared stored value is sent empty). */
export function valuesToSave(indicators: FormIndicator[], entries: Record<string, EntryValue>): ValueEntry[] {
  const result: ValueEntry[] = [];
  for (const indicator of indicators) {
    const stored = new Set(indicator.values.map((value) => value.categoryKey));
    for (const [key, entry] of Object.entries(entries)) {
      const [indicatorId, categoryKey = ""] = key.split("|");
      if (indicatorId !== indicator.id) continue;
      const empty = entry === "" || entry === undefined;
      if (empty && !stored.has(categoryKey)) continue;
      if (indicator.unit === "text") {
        result.push({ indicatorId, categoryKey, textValue: empty ? null : String(entry) });
      } else if (indicator.unit === "yes_no") {
        result.push({ indicatorId, categoryKey, value: entry === true ? 1 : 0 });
      } else {
        result.push({ indicatorId, categoryKey, value: empty ? null : Number(entry) });
      }
    }
  }
  return result;
}
