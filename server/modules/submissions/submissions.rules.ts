/** The pure rules of data entry: category keys, value shapes, the sex split, completeness counts. */
import type { FieldError } from "../../../common/errors.js";
import type { IndicatorUnit } from "../../../common/schemas/enums.js";

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
 * Answers an error message when the key is not a full valid combination.
 */
export function canonicalCategoryKey(
  key: string,
  sets: SetOfIndicator[],
): { key: string } | { error: string } {
  if (key === "") return { key };
  if (sets.length === 0) return { error: "This indicator has no categories; give the total ('')" };
  const pairs: Record<string, string> = {};
  for (const part of key.split(";")) {
    const [set, category, ...rest] = part.split("=");
    if (!set || !category || rest.length > 0) return { error: `"${part}" is not a set=category pair` };
    if (set in pairs) return { error: `The set "${set}" is named twice` };
    const known = sets.find((s) => s.code === set);
    if (!known) return { error: `"${set}" is not a category set of this indicator` };
    if (!known.categories.some((c) => c.code === category)) {
      return { error: `"${category}" is not a category of "${set}"` };
    }
    pairs[set] = category;
  }
  const missing = sets.filter((s) => !(s.code in pairs)).map((s) => s.code);
  if (missing.length > 0) return { error: `A category is missing for: ${missing.join(", ")}` };
  return { key: categoryKeyOf(pairs) };
}

/** Checks that a value fits the unit; answers field errors (relative paths "value", "textValue"). */
export function checkValueShape(
  unit: IndicatorUnit,
  countsPeople: boolean,
  entry: { value: number | null; textValue: string | null },
): FieldError[] {
  if (unit === "text") {
    return entry.value === null ? [] : [{ path: "value", message: "A text indicator takes textValue" }];
  }
  if (entry.textValue !== null) {
    return [{ path: "textValue", message: "This indicator takes a number in value" }];
  }
  if (entry.value === null) return [];
  if (unit === "yes_no" && entry.value !== 0 && entry.value !== 1) {
    return [{ path: "value", message: "A yes/no indicator takes 1 (yes) or 0 (no)" }];
  }
  if (unit === "percent" && (entry.value < 0 || entry.value > 100)) {
    return [{ path: "value", message: "A percentage is between 0 and 100" }];
  }
  if (countsPeople && (!Number.isInteger(entry.value) || entry.value < 0)) {
    return [{ path: "value", message: "A count of people is a whole number, 0 or more" }];
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
