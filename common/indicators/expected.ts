/**
 * The expected value of an indicator in a reporting period: what its status is measured against.
 *
 * Action plans rarely set a target for every year. BiH's first plan, for instance, gives a baseline
 * (6.3 % women among police officers in 2010) and an end target (the 40 % of the Law on Gender
 * Equality), nothing in between. Without a rule for the years in between, such an indicator would
 * read "no data" all along and its shortfall would only show when the plan is over. So:
 *
 * 1. The period's own target, when one is set, is the expected value (`basis: "target"`).
 * 2. Otherwise, when the indicator has a baseline (value and date) and an end target, and the
 *    baseline lies before the end of the plan, the expected value is read off the straight line
 *    from the baseline (on its date) to the end target (on the plan's last day), at the last day
 *    of the period (`basis: "path"`). A period ending after the plan expects the end target; a
 *    period ending on or before the baseline date expects nothing: the path starts at the
 *    baseline.
 * 3. Otherwise there is no expected value (`basis: "none"`) and the status is "no data".
 *
 * The path is the plan's promise spread evenly over its years, not a forecast; the UI says which
 * basis a figure has, so that a coordinator never mistakes a path value for an agreed target.
 */

export type ExpectedBasis = "target" | "path" | "none";

export interface ExpectedValue {
  value: number | null;
  basis: ExpectedBasis;
}

export interface ExpectedInput {
  /** The target set for this period, if any. */
  periodTarget: number | null;
  baselineValue: number | null;
  /** ISO date (YYYY-MM-DD) the baseline was measured on. */
  baselineDate: string | null;
  endTarget: number | null;
  /** ISO date of the plan's last day. */
  planEndsOn: string;
  /** ISO date of the period's last day. */
  periodEndsOn: string;
}

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

const isNumber = (value: number | null): value is number => value !== null && Number.isFinite(value);

/** Decimal places kept on a path value: enough for any unit, few enough to read. */
const pathDecimals = 4;

export function expectedForPeriod(input: ExpectedInput): ExpectedValue {
  const { periodTarget, baselineValue, baselineDate, endTarget, planEndsOn, periodEndsOn } = input;
  if (isNumber(periodTarget)) return { value: periodTarget, basis: "target" };
  if (!isNumber(baselineValue) || !baselineDate || !isNumber(endTarget))
    return { value: null, basis: "none" };
  const start = dayNumber(baselineDate);
  const end = dayNumber(planEndsOn);
  const at = dayNumber(periodEndsOn);
  if (!(end > start) || !(at > start)) return { value: null, basis: "none" };
  const share = Math.min(1, (at - start) / (end - start));
  const value = baselineValue + (endTarget - baselineValue) * share;
  return { value: Number(value.toFixed(pathDecimals)), basis: "path" };
}
