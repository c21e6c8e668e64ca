/**
 * Figures of `cascade_reach` indicators: per period, the unique people (by sex) reached by the
 * trainers that the indicator's trainings of trainers produced, by the cascade rules of
 * `common/capacity` (through the cascade module). A cumulative indicator counts the people reached
 * from the plan's first period to the end of each period, each person once.
 */
import type { DbOrTx } from "../../db/client.js";
import { cascadeReachOfGroups } from "../cascade/cascade.traces.js";
import type { SexFigure } from "../figures/figures.service.js";
import type { PeriodOfPlan } from "./progress.queries.js";
import { selectCascadeSources } from "./progress.queries.js";

export async function cascadeFigures(
  db: DbOrTx,
  planId: string,
  periods: PeriodOfPlan[],
  cumulative: ReadonlySet<string>,
  indicatorIds: ReadonlySet<string>,
): Promise<Map<string, SexFigure[]>> {
  const sources = (await selectCascadeSources(db, planId)).filter((row) => indicatorIds.has(row.indicatorId));
  const totsOf = new Map<string, string[]>();
  for (const { indicatorId, totId } of sources)
    totsOf.set(indicatorId, [...(totsOf.get(indicatorId) ?? []), totId]);
  const first = periods[0]?.startsOn ?? "";
  const groups = new Map(
    [...totsOf].map(([indicatorId, totIds]) => [
      indicatorId,
      {
        totIds,
        // Counted once per state of the indicator's cascades, then read back.
        memoKey: `indicator:${indicatorId}`,
        periods: periods.map((period) => ({
          from: cumulative.has(indicatorId) ? first : period.startsOn,
          to: period.endsOn,
        })),
      },
    ]),
  );
  // Every indicator's cascades are loaded and traced once, together.
  const reach = await cascadeReachOfGroups(db, groups);
  const result = new Map<string, SexFigure[]>();
  for (const [indicatorId, counts] of reach) {
    result.set(
      indicatorId,
      counts.map(({ female, male }) => ({ total: female + male, female, male })),
    );
  }
  return result;
}
