/**
 * Progress status of indicators against their period targets, and its roll-up per framework node
 * and per plan. Pure functions: the server and the browser compute the same status.
 */

import type { IndicatorDirection } from "../schemas/enums.js";

export type { IndicatorDirection };
export type IndicatorStatus = "on_track" | "at_risk" | "off_track" | "no_data";

/** Every status, in the order the UI lists them (best first, no data last). */
export const indicatorStatuses: readonly IndicatorStatus[] = ["on_track", "at_risk", "off_track", "no_data"];

/** A value short of the expected value by at most this share of it is on track. */
export const onTrackTolerance = 0.15;

/** A value short of the expected value by at most this share of it (and more than 15 %) is at risk. */
export const atRiskTolerance = 0.3;

/**
 * Relative slack on the boundaries, so that floating-point noise (0.4 − 0.34 evaluates to
 * 0.06000000000000005) cannot push a value that sits exactly on a boundary to the worse side.
 */
const boundarySlack = 1e-9;

export interface ValueAssessment {
  direction: IndicatorDirection;
  /** The actual value for the period (see `actualForPeriod`). */
  actual: number | null;
  /** The expected value for the period: its target. */
  expected: number | null;
}

/**
 * The status of one indicator in one period, the rule of the results framework:
 *
 * - The shortfall is how far the actual value falls behind the expected value in the indicator's
 *   direction: `expected − actual` when more is better (`up`), `actual − expected` when less is
 *   better (`down`). Doing better than expected is a negative shortfall: on track, however far.
 * - on track when the shortfall is at most 15 % of |expected|; at risk when it is at most 30 %;
 *   otherwise off track. Both boundaries are inclusive: exactly 15 % short is on track, exactly
 *   30 % short is at risk.
 * - Measuring against |expected| keeps the rule meaningful for negative targets (e.g. a change
 *   of −10): the tolerance is always a band around the target, never an inverted one.
 * - Expected value 0: a relative tolerance of 0 is 0, so the value must meet the target itself:
 *   for `up`, actual ≥ 0 is on track, anything below is off track; for `down`, actual ≤ 0 is on
 *   track, anything above is off track. There is no at-risk band, because no shortfall is "within
 *   15 %" of nothing. This is also the limit of the general rule as the target approaches 0, so
 *   statuses do not jump as a target is lowered to 0.
 * - no data when the actual or the expected value is missing (null, NaN or infinite).
 */
export function assessValue({ direction, actual, expected }: ValueAssessment): IndicatorStatus {
  if (!isNumber(actual) || !isNumber(expected)) return "no_data";
  const shortfall = direction === "up" ? expected - actual : actual - expected;
  const magnitude = Math.abs(expected) * (1 + boundarySlack);
  if (shortfall <= onTrackTolerance * magnitude) return "on_track";
  if (shortfall <= atRiskTolerance * magnitude) return "at_risk";
  return "off_track";
}

export interface PeriodValue {
  /** Position of the reporting period in the plan, in time order. */
  periodIndex: number;
  /** The reported value; null when the period has no value. */
  value: number | null;
}

export interface ActualForPeriodInput {
  isCumulative: boolean;
  values: readonly PeriodValue[];
  periodIndex: number;
}

/**
 * The actual value of an indicator for a period.
 *
 * - Cumulative indicator (e.g. people trained so far): the sum of every reported value of the
 *   periods up to and including this one; null when none of them has a value.
 * - Non-cumulative indicator (e.g. share of women among police officers): the period's own
 *   value; null when it has none. Earlier periods are not carried forward.
 *
 * Missing values (null, NaN or infinite) are skipped. The list is expected to hold one entry per
 * period; should a period appear more than once, its values are added, so that the cumulative
 * actual is always the running sum of the non-cumulative ones.
 */
export function actualForPeriod({ isCumulative, values, periodIndex }: ActualForPeriodInput): number | null {
  const counted = values
    .filter((entry) => (isCumulative ? entry.periodIndex <= periodIndex : entry.periodIndex === periodIndex))
    .sort((a, b) => a.periodIndex - b.periodIndex);
  let sum: number | null = null;
  for (const { value } of counted) {
    if (isNumber(value)) sum = (sum ?? 0) + value;
  }
  return sum;
}

/** One sentence, shown next to a rolled-up status so that coordinators can check it. */
export const rollUpRuleDescription =
  "Counting only the indicators that have data, a node or plan is off track when at least a third of them are off track, at risk when at least a third are at risk or off track, on track otherwise, and has no data when none of its indicators has data.";

export interface RolledUpStatus {
  status: IndicatorStatus;
  counts: Record<IndicatorStatus, number>;
}

/**
 * The status of a framework node or a plan from the statuses of the indicators beneath it (pass
 * the indicators of the whole subtree, not the statuses of the child nodes, so that every
 * indicator weighs the same). The rule is `rollUpRuleDescription`: indicators without data are
 * counted but do not vote; with A assessed indicators, off track when off ≥ A/3, at risk when
 * at risk + off ≥ A/3, on track otherwise; no data when A = 0 (including an empty list).
 */
export function rollUpStatuses(statuses: readonly IndicatorStatus[]): RolledUpStatus {
  const counts: Record<IndicatorStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const status of statuses) counts[status] += 1;
  const assessed = counts.on_track + counts.at_risk + counts.off_track;
  // Integer comparisons (3 × count ≥ assessed) avoid fractions altogether.
  let status: IndicatorStatus = "on_track";
  if (assessed === 0) status = "no_data";
  else if (3 * counts.off_track >= assessed) status = "off_track";
  else if (3 * (counts.at_risk + counts.off_track) >= assessed) status = "at_risk";
  return { status, counts };
}

function isNumber(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
