/**
 * Counts of `cascade_reach` indicators: per period, the unique people reached (by sex) by the
 * trainers that the indicator's trainings of trainers produced, by the cascade rules of
 * `common/capacity` (through the cascade module). A period that has not started has no count.
 */
import type { DbOrTx } from "../../db/client.js";
import { cascadeReachInPeriods } from "../cascade/cascade.service.js";
import type { ActivityRow, PeriodOfPlan } from "./progress.queries.js";
import { selectCascadeSources } from "./progress.queries.js";

export async function selectCascadeCounts(
  db: DbOrTx,
  planId: string,
  periods: PeriodOfPlan[],
  today: string,
): Promise<ActivityRow[]> {
  const sources = await selectCascadeSources(db, planId);
  const totsOf = new Map<string, string[]>();
  for (const { indicatorId, totId } of sources)
    totsOf.set(indicatorId, [...(totsOf.get(indicatorId) ?? []), totId]);
  const started = periods.filter((p) => p.startsOn <= today);
  const rows: ActivityRow[] = [];
  for (const [indicatorId, totIds] of totsOf) {
    const reach = await cascadeReachInPeriods(
      db,
      totIds,
      started.map((period) => ({ from: period.startsOn, to: period.endsOn })),
    );
    started.forEach((period, index) => {
      const reached = reach[index] ?? { female: 0, male: 0 };
      rows.push(
        { indicatorId, periodId: period.id, sex: "female", count: reached.female },
        { indicatorId, periodId: period.id, sex: "male", count: reached.male },
      );
    });
  }
  return rows;
}
