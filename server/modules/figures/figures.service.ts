/**
 * The figures engine: every figure of activity-fed indicators comes from here, read from the totals
 * the database keeps current as events, links, participations and people change (migration 0014),
 * never recomputed from raw rows on a read. Unique people are exact over any run of periods: the
 * running sum of people reached for the first time, not a sum of per-period counts.
 */
import type { ActivityMeasure } from "../../../common/schemas/enums.js";
import type { DbOrTx } from "../../db/client.js";
import { type PeriodTotals, selectPeriodTotals, selectPeriodTotalsFromScratch } from "./figures.queries.js";

/** A figure by sex; women and men are null where the measure has no sex (events held). */
export interface SexFigure {
  total: number;
  female: number | null;
  male: number | null;
}

/** The measures the engine keeps by triggers (`figure_measure_kept` in migration 0014). */
export type KeptMeasure = Extract<ActivityMeasure, "unique_people" | "participations" | "events_held">;
export const isKeptMeasure = (measure: string): measure is KeptMeasure =>
  measure === "unique_people" || measure === "participations" || measure === "events_held";

/** What the engine needs to know of an indicator counted in SQL. */
export interface CountedIndicator {
  id: string;
  measure: KeptMeasure;
  isCumulative: boolean;
}

const zero = (measure: CountedIndicator["measure"]): SexFigure =>
  measure === "events_held" ? { total: 0, female: null, male: null } : { total: 0, female: 0, male: 0 };

/** The value a total gives for a measure: events, participations, or people (first-reached when cumulative). */
function figureValueOf(indicator: CountedIndicator, totals: PeriodTotals): number {
  switch (indicator.measure) {
    case "events_held":
      return totals.events;
    case "participations":
      return totals.participations;
    case "unique_people":
      return indicator.isCumulative ? totals.firstPeople : totals.people;
  }
}

/**
 * Per indicator, its figure in each period (in the order given): the period's own count, or for a
 * cumulative indicator everything from the plan's first period up to and including this one.
 */
export function figuresFromTotals(
  indicators: readonly CountedIndicator[],
  periodIds: readonly string[],
  totals: readonly PeriodTotals[],
): Map<string, SexFigure[]> {
  const periodIndex = new Map(periodIds.map((id, index) => [id, index]));
  const result = new Map<string, SexFigure[]>();
  for (const indicator of indicators)
    result.set(
      indicator.id,
      periodIds.map(() => zero(indicator.measure)),
    );
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  for (const row of totals) {
    const indicator = byId.get(row.indicatorId);
    const index = periodIndex.get(row.periodId);
    const figures = result.get(row.indicatorId);
    if (!indicator || index === undefined || !figures) continue;
    const isEvents = indicator.measure === "events_held";
    if (isEvents !== (row.sex === "")) continue;
    const value = figureValueOf(indicator, row);
    const figure = figures[index] ?? zero(indicator.measure);
    figure.total += value;
    if (row.sex === "female") figure.female = (figure.female ?? 0) + value;
    if (row.sex === "male") figure.male = (figure.male ?? 0) + value;
    figures[index] = figure;
  }
  for (const indicator of indicators) {
    if (!indicator.isCumulative) continue;
    const figures = result.get(indicator.id) ?? [];
    for (let index = 1; index < figures.length; index++) {
      const before = figures[index - 1] as SexFigure;
      const own = figures[index] as SexFigure;
      figures[index] = {
        total: before.total + own.total,
        female: own.female === null ? null : (before.female ?? 0) + own.female,
        male: own.male === null ? null : (before.male ?? 0) + own.male,
      };
    }
  }
  return result;
}

/** The figures of some activity-fed indicators in the periods of their plan (in the order given). */
export async function countedFigures(
  db: DbOrTx,
  indicators: readonly CountedIndicator[],
  periodIds: readonly string[],
): Promise<Map<string, SexFigure[]>> {
  const totals = await selectPeriodTotals(
    db,
    indicators.map((indicator) => indicator.id),
  );
  return figuresFromTotals(indicators, periodIds, totals);
}

/** The maintained totals and the same totals from the raw rows, for checks. */
export async function totalsAndFromScratch(db: DbOrTx, indicatorIds: string[]) {
  const [kept, fresh] = await Promise.all([
    selectPeriodTotals(db, indicatorIds),
    selectPeriodTotalsFromScratch(db, indicatorIds),
  ]);
  return { kept, fresh };
}
