/**
 * Formula indicators: a percent or ratio computed from two other series (e.g. share of women
 * among police officers = women officers / all officers), never typed in. Pure functions: the
 * server and the browser compute the same figure.
 */

/** Decimals kept in a computed ratio or share. */
export const ratioDecimals = 2;

/**
 * Rounds half away from zero at the given decimal of the number as it is written (its shortest
 * decimal representation), not of its binary approximation: 12.345 → 12.35 and 1.005 → 1.01,
 * where `Math.round(x * 100) / 100` gives 1 for 1.005 because 1.005 × 100 is 100.49999999999999
 * in binary. The shift by 10^decimals is done on the decimal exponent, so it adds no error.
 * Negative values mirror positive ones (−12.345 → −12.35); −0 comes back as 0.
 */
export function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const shifted = Math.round(shiftDecimal(Math.abs(value), decimals));
  const rounded = sign * shiftDecimal(shifted, -decimals);
  return rounded === 0 ? 0 : rounded;
}

/** value × 10^places, computed by moving the decimal exponent of the written number. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

export interface RatioInput {
  numerator: number | null;
  denominator: number | null;
  /** 100 for a percent, 1 for a plain ratio, 1000 for "per thousand". */
  scale: number;
}

/**
 * numerator / denominator × scale, rounded to 2 decimals with `roundDecimal` (half away from
 * zero). Null when the numerator or the denominator is missing (null, NaN or infinite) or the
 * denominator is 0: a share of nothing is no data, not 0 %. The product numerator × scale is
 * taken first, so that whole counts give one rounding step only (63 × 100 / 1000 = 6.3 exactly).
 */
export function evaluateRatio({ numerator, denominator, scale }: RatioInput): number | null {
  if (!isNumber(numerator) || !isNumber(denominator) || !isNumber(scale) || denominator === 0) return null;
  const ratio = (numerator * scale) / denominator;
  return Number.isFinite(ratio) ? roundDecimal(ratio, ratioDecimals) : null;
}

export interface DisaggregatedInput {
  /** The value of each category of the set, e.g. { female: 120, male: 1780 }; null when not reported. */
  values: Readonly<Record<string, number | null>>;
  /** The category whose share of the total is wanted, e.g. "female". */
  shareOf: string;
  /** Scale of the share: 100 (the default) for a percent, 1 for a fraction. */
  scale?: number;
}

export interface DisaggregatedResult {
  /** The sum over all categories; null unless every category has a value. */
  total: number | null;
  /** shareOf / total × scale, rounded as in `evaluateRatio`; null when it cannot be computed. */
  share: number | null;
  /** Categories without a value, in the order given: what the form still has to ask for. */
  missing: string[];
}

/**
 * Combines the values of a disaggregated indicator (e.g. by sex) into its total and the share of
 * one category (e.g. women's share in % = female / total × 100).
 *
 * Null-safe by refusing to guess: the total is null as soon as one category lacks a value
 * (a partial sum would understate the total and overstate the share: with `male` missing,
 * women would be 100 %), and null when there is no category at all. The share is null when the
 * total is null or 0, or when `shareOf` is not one of the categories.
 */
export function combineDisaggregated({
  values,
  shareOf,
  scale = 100,
}: DisaggregatedInput): DisaggregatedResult {
  const categories = Object.keys(values);
  const missing = categories.filter((category) => !isNumber(values[category]));
  let total: number | null = null;
  if (categories.length > 0 && missing.length === 0) {
    total = categories.reduce((sum, category) => sum + (values[category] ?? 0), 0);
  }
  const part = Object.hasOwn(values, shareOf) ? (values[shareOf] ?? null) : null;
  return { total, share: evaluateRatio({ numerator: part, denominator: total, scale }), missing };
}

/** The two series a formula indicator divides: numerator / denominator. */
export interface FormulaReference {
  numeratorId: string;
  denominatorId: string;
}

/**
 * Checks that a formula indicator does not depend on itself. Follows the references from
 * `start` (numerator first, then denominator); an id that has no formula is a reported series and
 * ends the path. Returns null when no cycle can be reached from `start`; otherwise the path of
 * references from `start` to the first id met twice, that id being repeated at the end:
 *
 * - a = b / c and b = a / d  → ["a", "b", "a"];
 * - a = a / c                → ["a", "a"];
 * - a = b / c and b = b / d  → ["a", "b", "b"] (a is not in the cycle but would never compute).
 *
 * Depth-first with an explicit stack (no recursion limit on long chains); each id is explored
 * once, so the cost is linear in the number of formulas.
 */
export function findFormulaCycle(
  formulas: ReadonlyMap<string, FormulaReference>,
  start: string,
): string[] | null {
  const explored = new Set<string>();
  const onPath = new Set<string>([start]);
  const path: { id: string; next: string[] }[] = [{ id: start, next: referencesOf(formulas, start) }];
  while (path.length > 0) {
    const top = path[path.length - 1];
    if (!top) break;
    const next = top.next.shift();
    if (next === undefined) {
      path.pop();
      onPath.delete(top.id);
      explored.add(top.id);
      continue;
    }
    if (onPath.has(next)) return [...path.map((step) => step.id), next];
    if (explored.has(next) || !formulas.has(next)) continue;
    onPath.add(next);
    path.push({ id: next, next: referencesOf(formulas, next) });
  }
  return null;
}

function referencesOf(formulas: ReadonlyMap<string, FormulaReference>, id: string): string[] {
  const formula = formulas.get(id);
  return formula ? [formula.numeratorId, formula.denominatorId] : [];
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
