/**
 * Counts of `cascade_reach` indicators: per period, the unique people reached (by sex) by the
 * trainers that the indicator's trainings of trainers produced, by the cascade rules of
 * `common/capacity` (through the cascade module). A period that has not started has no count.
 */
import type { DbOrTx } from "../../db/client.js";
import { cascadeReachInPeriod } from "../cascade/cascade.service.js";
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
  const rows: ActivityRow[] = [];
  for (const [indicatorId, totIds] of totsOf) {
    for (const period of periods.filter((p) => p.startsOn <= today)) {
      const reached = await cascadeReachInPeriod(db, totIds, period.startsOn, period.endsOn);
      rows.push(
        { indicatorId, periodId: period.id, sex: "female", count: reached.female },
        { indicatorId, periodId: period.id, sex: "male", count: reached.male },
      );
    }
  }
  return rows;
}
