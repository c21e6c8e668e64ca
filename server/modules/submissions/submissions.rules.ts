/** The pure rules of data entry: category keys, value shapes, the sex split, completeness counts. */
import type { FieldError } from "../../../common/errors.js";
import type { Reason, ReasonParams } from "../../../common/reasons/index.js";
import type { IndicatorUnit } from "../../../common/schemas/enums.js";
import { fieldError } from "../../http/errors.js";

export interface SetOfIndicator {
  code: string;
  categories: { code: string }[];
}

/** The key of one full combination: `set=category` pairs sorted by set code, joined with ';'. */
export const categoryKeyOf = (pairs: Record<string, string>) =>
  Object.keys(pairs)
    .sort()
    .map((set) => `${set}=${pairs[set]}`)
    .join(";");

/**
 * The canonical form of `key` for an indicator with these category sets: '' (the total) stays '';
 * otherwise every set of the indicator must be named once with one of its categories, in any order.
 * Answers the reason when the key is not a full valid combination.
 */
export function canonicalCategoryKey(
  key: string,
  sets: SetOfIndicator[],
): { key: string } | { error: Reason; params?: ReasonParams } {
  if (key === "") return { key };
  if (sets.length === 0) return { error: "total_only" };
  const pairs: Record<string, string> = {};
  for (const part of key.split(";")) {
    const [set, category, ...rest] = part.split("=");
    if (!set || !category || rest.length > 0) return { error: "not_a_category_pair", params: { part } };
    if (set in pairs) return { error: "set_named_twice", params: { set } };
    const known = sets.find((s) => s.code === set);
    if (!known) return { error: "not_a_set_of_indicator", params: { set } };
    if (!known.categories.some((c) => c.code === category)) {
      return { error: "not_a_category_of_set", params: { category, set } };
    }
    pairs[set] = category;
  }
  const missing = sets.filter((s) => !(s.code in pairs)).map((s) => s.code);
  if (missing.length > 0) return { error: "category_missing", params: { sets: missing.join(", ") } };
  return { key: categoryKeyOf(pairs) };
}

/** Checks that a value fits the unit; answers field errors (relative paths "value", "textValue"). */
export function checkValueShape(
  unit: IndicatorUnit,
  countsPeople: boolean,
  entry: { value: number | null; textValue: string | null },
): FieldError[] {
  if (unit === "text") {
    return entry.value === null ? [] : [fieldError("value", "text_value_expected")];
  }
  if (entry.textValue !== null) {
    return [fieldError("textValue", "number_value_expected")];
  }
  if (entry.value === null) return [];
  if (unit === "yes_no" && entry.value !== 0 && entry.value !== 1) {
    return [fieldError("value", "yes_no_value")];
  }
  if (unit === "percent" && (entry.value < 0 || entry.value > 100)) {
    return [fieldError("value", "percent_range")];
  }
  if (countsPeople && (!Number.isInteger(entry.value) || entry.value < 0)) {
    return [fieldError("value", "people_count_whole")];
  }
  return [];
}

/** The sex categories a people-counting indicator has no value for (keys with `sex=<code>`). */
export function missingSexCategories(sets: SetOfIndicator[], givenKeys: string[]): string[] {
  const sex = sets.find((s) => s.code === "sex");
  if (!sex) return [];
  return sex.categories
    .map((c) => c.code)
    .filter((code) => !givenKeys.some((key) => key.split(";").includes(`sex=${code}`)));
}

/** How many values an indicator expects: one per full combination, or the total when it has no sets. */
export const expectedValueCount = (sets: SetOfIndicator[]) =>
  sets.reduce((product, set) => product * set.categories.length, 1);

/** Whether a stored key counts toward completeness: full combinations, or the total when no sets. */
export const countsTowardCompleteness = (key: string, sets: SetOfIndicator[]) =>
  sets.length === 0 ? key === "" : key !== "";
