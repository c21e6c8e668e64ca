/**
 * The figures engine's reads: the totals the triggers of migration 0014 keep (never written here),
 * and the same totals computed from the raw rows, which the tests compare them with.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { uuidArray } from "../../db/rows.js";

/** One maintained total: an activity-fed indicator in a period, for one sex ('' for events). */
export interface PeriodTotals {
  indicatorId: string;
  periodId: string;
  sex: string;
  people: number;
  firstPeople: number;
  participations: number;
  events: number;
}

type TotalsRow = Record<keyof PeriodTotals, string | number>;

const toTotals = (row: TotalsRow): PeriodTotals => ({
  indicatorId: String(row.indicatorId),
  periodId: String(row.periodId),
  sex: String(row.sex),
  people: Number(row.people),
  firstPeople: Number(row.firstPeople),
  participations: Number(row.participations),
  events: Number(row.events),
});

/** The maintained totals of some indicators (rows that count nothing are left out). */
export async function selectPeriodTotals(db: DbOrTx, indicatorIds: string[]): Promise<PeriodTotals[]> {
  if (indicatorIds.length === 0) return [];
  const result = await db.execute<TotalsRow>(sql`
    select indicator_id as "indicatorId", period_id as "periodId", sex, people,
      first_people as "firstPeople", participations, events
    from indicator_period_figures
    where indicator_id = any(${uuidArray(indicatorIds)})
      and (people <> 0 or first_people <> 0 or participations <> 0 or events <> 0)`);
  return result.rows.map(toTotals);
}

/** The same totals from the raw rows (events, links, participations, people), for the checks. */
export async function selectPeriodTotalsFromScratch(
  db: DbOrTx,
  indicatorIds: string[],
): Promise<PeriodTotals[]> {
  if (indicatorIds.length === 0) return [];
  const ids = uuidArray(indicatorIds);
  const result = await db.execute<TotalsRow>(sql`
    with matched as (select * from figure_event_matches(${ids}, null)),
    reached as (
      select m.indicator_id, pa.person_id, m.period_id, pe.sex, count(*)::int as participations
      from matched m
      join indicators i on i.id = m.indicator_id
        and i.activity_source ->> 'measure' in ('unique_people', 'participations')
      join participations pa on pa.event_id = m.event_id
        and (i.activity_source -> 'roles') @> to_jsonb(pa.role)
        and (pa.attended or not coalesce((i.activity_source ->> 'attendedOnly')::boolean, false))
      join people pe on pe.id = pa.person_id
      group by m.indicator_id, pa.person_id, m.period_id, pe.sex
    ),
    firsts as (
      select distinct on (r.indicator_id, r.person_id) r.indicator_id, r.period_id, r.sex
      from reached r join reporting_periods p on p.id = r.period_id
      order by r.indicator_id, r.person_id, p.starts_on
    )
    select indicator_id as "indicatorId", period_id as "periodId", sex,
      sum(people)::int as people, sum(first_people)::int as "firstPeople",
      sum(participations)::int as participations, sum(events)::int as events
    from (
      select indicator_id, period_id, sex, 1 as people, 0 as first_people, participations, 0 as events from reached
      union all select indicator_id, period_id, sex, 0, 1, 0, 0 from firsts
      union all select indicator_id, period_id, '', 0, 0, 0, 1 from matched
    ) parts
    group by indicator_id, period_id, sex`);
  return result.rows.map(toTotals);
}
