/**
 * The actual value of every indicator of a plan in every reporting period, from the figures the
 * queries load. Reported indicators count approved submissions only; activity-fed ones count the
 * events and participations; formula indicators divide two other series. Status and cumulation
 * are the shared rules of `common/indicators`.
 */
import {
  actualForPeriod,
  assessValue,
  type ExpectedBasis,
  evaluateRatio,
  expectedForPeriod,
  type IndicatorStatus,
} from "../../../common/indicators/index.js";
import { measureCountsPeople } from "../../../common/schemas/enums.js";
import type { BySex, ProgressAggregation, ProgressSource } from "../../../common/schemas/progress.js";
import type { SexFigure } from "../figures/figures.service.js";
import type { IndicatorOfPlan, PeriodOfPlan, ReportedCell, ReportedSum } from "./progress.queries.js";

export interface PlanFigures {
  periods: PeriodOfPlan[];
  indicators: IndicatorOfPlan[];
  targets: { indicatorId: string; periodId: string; target: number | null }[];
  reported: ReportedCell[];
  /** Per activity-fed indicator, its figure in each period (cumulated where it cumulates), from the figures engine. */
  activity: Map<string, SexFigure[]>;
  /** ISO date of today: activity counts of a period that has not started yet are no data, not 0. */
  today: string;
  /** ISO date of the plan's last day: the path from baseline to end target ends there. */
  planEndsOn: string;
}

export interface PeriodFigure {
  periodId: string;
  periodName: string;
  actual: number | null;
  expected: number | null;
  /** Whether the expected value is the period's target or read off the path to the end target. */
  expectedBasis: ExpectedBasis;
  status: IndicatorStatus;
  bySex: BySex;
}

export interface IndicatorFigures {
  indicator: IndicatorOfPlan;
  source: ProgressSource;
  aggregation: ProgressAggregation;
  /** One figure per period of the plan, in time order. */
  points: PeriodFigure[];
}

interface Raw {
  actual: number | null;
  female: number | null;
  male: number | null;
}

const noFigure: Raw = { actual: null, female: null, male: null };
const key = (indicatorId: string, periodId: string) => `${indicatorId}|${periodId}`;

export const sourceOf = (indicator: IndicatorOfPlan): ProgressSource =>
  indicator.formula ? "formula" : indicator.activitySource ? "activity" : "reported";

/** Numbers reported by several organisations add up; shares, ratios and yes/no are averaged. */
export const aggregationOf = (indicator: IndicatorOfPlan): ProgressAggregation =>
  indicator.unit === "number" ? "sum" : "mean";

/** Organisations' figures combined by the aggregation: their sum, or their mean; null when none gave one. */
function combine({ sum, count }: ReportedSum, aggregation: ProgressAggregation): number | null {
  if (count === 0) return null;
  return aggregation === "sum" ? sum : sum / count;
}

/**
 * Per organisation, its total is the value given for the total, else the sum of its category
 * combinations; across organisations, the totals (and the women's and men's figures) are combined
 * by the indicator's aggregation.
 */
function reportedFigures(figures: PlanFigures): Map<string, Raw> {
  const aggregations = new Map(figures.indicators.map((i) => [i.id, aggregationOf(i)]));
  const result = new Map<string, Raw>();
  for (const cell of figures.reported) {
    const aggregation = aggregations.get(cell.indicatorId) ?? "sum";
    result.set(key(cell.indicatorId, cell.periodId), {
      actual: combine(cell.actual, aggregation),
      female: combine(cell.female, aggregation),
      male: combine(cell.male, aggregation),
    });
  }
  return result;
}

/** The figure of one period: cumulative indicators add up every period so far. */
function periodRaw(indicator: IndicatorOfPlan, rawOf: (periodId: string) => Raw, periods: PeriodOfPlan[]) {
  const raws = periods.map((period) => rawOf(period.id));
  const series = (pick: (raw: Raw) => number | null) =>
    raws.map((raw, periodIndex) => ({ periodIndex, value: pick(raw) }));
  return periods.map((_, periodIndex) => {
    if (!indicator.isCumulative) return raws[periodIndex] ?? noFigure;
    const at = (pick: (raw: Raw) => number | null) =>
      actualForPeriod({ isCumulative: true, values: series(pick), periodIndex });
    return { actual: at((r) => r.actual), female: at((r) => r.female), male: at((r) => r.male) };
  });
}

/** The figures of every indicator of the plan (archived ones included) in every period. */
export function computePlanFigures(figures: PlanFigures): Map<string, IndicatorFigures> {
  const { periods, indicators } = figures;
  const reported = reportedFigures(figures);
  const targets = new Map(figures.targets.map((t) => [key(t.indicatorId, t.periodId), t.target]));
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const actuals = new Map<string, Raw[]>();
  const resolving = new Set<string>();

  const actualsOf = (id: string): Raw[] => {
    const known = actuals.get(id);
    if (known) return known;
    const indicator = byId.get(id);
    // A missing reference or a cycle (refused when formulas are written) gives no data.
    if (!indicator || resolving.has(id)) return periods.map(() => noFigure);
    resolving.add(id);
    let raws: Raw[];
    if (indicator.formula) {
      const { numeratorIndicatorId, denominatorIndicatorId, scale } = indicator.formula;
      const numerator = actualsOf(numeratorIndicatorId);
      const denominator = actualsOf(denominatorIndicatorId);
      raws = periods.map((_, index) => ({
        actual: evaluateRatio({
          numerator: numerator[index]?.actual ?? null,
          denominator: denominator[index]?.actual ?? null,
          scale,
        }),
        female: null,
        male: null,
      }));
    } else if (indicator.activitySource) {
      // A period that has not started yet has no data, not 0; the engine's figures are final.
      const counted = figures.activity.get(id) ?? [];
      raws = periods.map((period, index): Raw => {
        const figure = counted[index];
        if (period.startsOn > figures.today || !figure) return noFigure;
        return { actual: figure.total, female: figure.female, male: figure.male };
      });
    } else {
      raws = periodRaw(indicator, (periodId) => reported.get(key(id, periodId)) ?? noFigure, periods);
    }
    resolving.delete(id);
    actuals.set(id, raws);
    return raws;
  };

  const result = new Map<string, IndicatorFigures>();
  for (const indicator of indicators) {
    const source = sourceOf(indicator);
    const splitBySex =
      source === "reported"
        ? indicator.hasSex
        : source === "activity" && measureCountsPeople(indicator.activitySource?.measure ?? "");
    const raws = actualsOf(indicator.id);
    const points = periods.map((period, index): PeriodFigure => {
      const raw = raws[index] ?? noFigure;
      const { value: expected, basis: expectedBasis } = expectedForPeriod({
        periodTarget: targets.get(key(indicator.id, period.id)) ?? null,
        baselineValue: indicator.baselineValue,
        baselineDate: indicator.baselineDate,
        endTarget: indicator.endTarget,
        planEndsOn: figures.planEndsOn,
        periodEndsOn: period.endsOn,
      });
      return {
        periodId: period.id,
        periodName: period.name,
        actual: raw.actual,
        expected,
        expectedBasis,
        status: assessValue({ direction: indicator.direction, actual: raw.actual, expected }),
        bySex: splitBySex ? { female: raw.female, male: raw.male } : null,
      };
    });
    result.set(indicator.id, {
      indicator,
      source,
      aggregation: source === "reported" ? aggregationOf(indicator) : "sum",
      points,
    });
  }
  return result;
}
