/**
 * Figures of indicators fed by the cooperation network (`cooperationMeasures`): per period, the
 * organisations with ties, the ties, those across levels or those between an institution and civil
 * society, over the ties of the plan's events of the indicator's kinds and the agreements of the
 * plan in force (through the cooperation module). A cumulative indicator counts the ties from the
 * plan's first period to the end of each period. Network counts are not split by sex.
 */
import { type CooperationMeasure, isCooperationMeasure } from "../../../common/schemas/enums.js";
import type { DbOrTx } from "../../db/client.js";
import { cooperationCounts } from "../cooperation/cooperation.service.js";
import type { SexFigure } from "../figures/figures.service.js";
import type { IndicatorOfPlan, PeriodOfPlan } from "./progress.queries.js";

export async function cooperationFigures(
  db: DbOrTx,
  planId: string,
  periods: readonly PeriodOfPlan[],
  indicators: readonly IndicatorOfPlan[],
): Promise<Map<string, SexFigure[]>> {
  const first = periods[0]?.startsOn ?? "";
  const result = new Map<string, SexFigure[]>();
  // Indicators of the same kinds and cumulation read the same counts: each range is counted once.
  const counted = new Map<string, ReturnType<typeof cooperationCounts>>();
  for (const indicator of indicators) {
    const source = indicator.activitySource;
    if (!source || !isCooperationMeasure(source.measure)) continue;
    const measure: CooperationMeasure = source.measure;
    const eventKinds = [...source.eventKinds].sort();
    const figures = await Promise.all(
      periods.map(async (period) => {
        const from = indicator.isCumulative ? first : period.startsOn;
        const key = `${eventKinds.join(",")} ${from} ${period.endsOn}`;
        let counts = counted.get(key);
        if (!counts) {
          counts = cooperationCounts(db, { planId, from, to: period.endsOn, eventKinds });
          counted.set(key, counts);
        }
        return { total: (await counts)[measure], female: null, male: null };
      }),
    );
    result.set(indicator.id, figures);
  }
  return result;
}
