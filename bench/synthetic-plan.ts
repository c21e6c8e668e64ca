/**
 * The synthetic plan of the benchmark (2012–2016): a framework of 4 goals × 5 outcomes × 4 actions,
 * 5 yearly reporting periods, and 200 indicators of every source: reported numbers (some
 * cumulative, half split by sex) and percentages, activity-fed ones of each measure
 * (unique_people, participations, events_held, cascade_reach) and formula indicators; targets per
 * period; and approved submissions (organisations × periods) with their values. Set-based SQL.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../server/db/client.js";
import type { SyntheticSize } from "./scales.js";

export const planCode = "BENCH-NAP-2012";

/** Indicator numbers by kind (1-based, of the first 200; more are reported numbers). */
export const indicatorKinds = {
  reportedNumber: [1, 100],
  reportedPercent: [101, 110],
  uniquePeople: [111, 140],
  participations: [141, 165],
  eventsHeld: [166, 185],
  cascadeReach: [186, 190],
  formula: [191, 200],
} as const;

const activitySource = sql.raw(`case
  when i.n between 111 and 140 then jsonb_build_object('eventKinds', jsonb_build_array('workshop','seminar'),
    'roles', jsonb_build_array('participant'), 'attendedOnly', true, 'measure', 'unique_people')
  when i.n between 141 and 165 then jsonb_build_object('eventKinds', jsonb_build_array('workshop','seminar','training_of_trainers'),
    'roles', jsonb_build_array('participant','trainer','co_trainer'), 'attendedOnly', i.n % 2 = 0, 'measure', 'participations')
  when i.n between 166 and 185 then jsonb_build_object('eventKinds', jsonb_build_array('workshop','seminar','public_presentation','board_meeting'),
    'roles', jsonb_build_array('participant'), 'attendedOnly', true, 'measure', 'events_held')
  when i.n between 186 and 190 then jsonb_build_object('eventKinds', jsonb_build_array('training_of_trainers'),
    'roles', jsonb_build_array('participant'), 'attendedOnly', true, 'measure', 'cascade_reach')
  end`);

export async function generatePlan(db: Db, size: SyntheticSize): Promise<string> {
  const planRows = await db.execute<{ id: string }>(sql`
    insert into plans (title, short_title, starts_on, ends_on, tier_names, status, search_text)
    values ('Sintetički akcioni plan 2012–2016 (bench)', ${planCode}, '2012-01-01', '2016-12-31',
            '["Cilj","Ishod","Aktivnost"]'::jsonb, 'active', 'sinteticki akcioni plan bench')
    returning id`);
  const planId = planRows.rows[0]?.id;
  if (!planId) throw new Error("no plan");
  await db.execute(sql`
    insert into framework_nodes (plan_id, depth, position, code, title, pillars)
    select ${planId}, 0, g, g::text, 'Cilj ' || g, array[(array['prevention','participation','protection','relief_recovery'])[g]]
    from generate_series(1, 4) g`);
  await db.execute(sql`
    insert into framework_nodes (plan_id, parent_id, depth, position, code, title)
    select ${planId}, p.id, 1, p.position * 10 + g, p.code || '.' || g, 'Ishod ' || p.code || '.' || g
    from framework_nodes p cross join generate_series(1, 5) g
    where p.plan_id = ${planId} and p.depth = 0`);
  await db.execute(sql`
    insert into framework_nodes (plan_id, parent_id, depth, position, code, title, status)
    select ${planId}, p.id, 2, p.position * 10 + g, p.code || '.' || g, 'Aktivnost ' || p.code || '.' || g,
      (array['not_started','in_progress','completed','delayed'])[1 + g % 4]
    from framework_nodes p cross join generate_series(1, 4) g
    where p.plan_id = ${planId} and p.depth = 1`);
  await db.execute(sql`
    create unlogged table bench_node as
    select row_number() over (partition by depth order by position) as n, id, depth
    from framework_nodes where plan_id = ${planId}`);
  await db.execute(sql`
    insert into reporting_periods (plan_id, name, starts_on, ends_on, status)
    select ${planId}, 'Godina ' || y, make_date(y, 1, 1), make_date(y, 12, 31), 'closed'
    from generate_series(2012, 2016) y`);

  // Indicators: reported on outcomes; activity-fed on actions (every fifth on its outcome: a subtree).
  await db.execute(sql`
    create unlogged table bench_indicator as
    select n, gen_random_uuid() as id from generate_series(1, ${size.indicators}) n`);
  await db.execute(sql`
    insert into indicators (id, plan_id, framework_node_id, code, name, unit, is_cumulative, counts_people,
                            baseline_value, baseline_date, end_target, activity_source, lineage_id, search_text)
    select i.id, ${planId}, coalesce(node.id, outcome.id), 'I' || lpad(i.n::text, 3, '0'), k.name, k.unit,
      i.n % 4 = 0, k.sex, case when k.unit in ('number','percent') then 0 end,
      case when k.unit in ('number','percent') then date '2011-12-31' end,
      case when k.unit = 'number' then 1000 + i.n * 10 when k.unit = 'percent' then 60 end,
      ${activitySource}, i.id, lower(k.name)
    from bench_indicator i
    cross join lateral (select case
        when i.n between 101 and 110 then 'percent' when i.n between 191 and 200 then 'percent'
        else 'number' end as unit,
      (i.n <= 100 and i.n % 2 = 0) or i.n between 111 and 165 as sex,
      'Sintetički indikator ' || i.n as name) k
    join bench_node outcome on outcome.depth = 1 and outcome.n = 1 + i.n % 20
    left join bench_node node on node.depth = 2 and i.n between 111 and 190 and i.n % 5 <> 0
      and node.n = 1 + (i.n * 3) % 80`);
  await db.execute(sql`
    update indicators x set formula = jsonb_build_object('numeratorIndicatorId', num.id,
      'denominatorIndicatorId', den.id, 'scale', 100)
    from bench_indicator i
    join bench_indicator num on num.n = i.n - 190
    join bench_indicator den on den.n = i.n - 180
    where x.id = i.id and i.n between 191 and 200`);
  await db.execute(sql`
    insert into indicator_category_sets (indicator_id, category_set_id, position)
    select i.id, (select id from category_sets where code = 'sex'), 0
    from indicators i where i.plan_id = ${planId} and i.counts_people`);
  await db.execute(sql`
    insert into indicator_targets (indicator_id, reporting_period_id, target_value)
    select i.id, p.id, case when i.unit = 'percent' then 20 + 8 * r.k else (200 + i.end_target / 5) * r.k end
    from indicators i
    join (select id, row_number() over (order by starts_on) as k from reporting_periods
          where plan_id = ${planId}) r on true
    join reporting_periods p on p.id = r.id
    where i.plan_id = ${planId} and i.unit in ('number', 'percent')`);
  await generateSubmissions(db, size, planId);
  return planId;
}

/** Approved submissions of the first organisations for every period, 20 reported indicators each. */
async function generateSubmissions(db: Db, size: SyntheticSize, planId: string) {
  const organizations = Math.ceil(size.submissions / 5);
  await db.execute(sql`
    insert into submissions (reporting_period_id, organization_id, status, submitted_at, decided_at)
    select p.id, o.id, 'approved', p.ends_on + 20, p.ends_on + 40
    from bench_org o cross join reporting_periods p
    where o.n <= ${organizations} and p.plan_id = ${planId}`);
  await db.execute(sql`
    insert into indicator_responsible_organizations (indicator_id, organization_id)
    select distinct i.id, o.id
    from bench_org o cross join generate_series(0, 19) j
    join bench_indicator i on i.n = 1 + (o.n * 7 + j * 13) % 110
    where o.n <= ${organizations}`);
  await db.execute(sql`
    insert into indicator_values (submission_id, indicator_id, category_key, value)
    select s.id, i.id, c.key,
      case when ind.unit = 'percent' then (o.n * 13 + i.n) % 101
           when c.key = '' then 10 + (o.n * 17 + i.n * 3) % 90
           when c.key = 'sex=female' then 6 + (o.n * 17 + i.n * 3) % 50 else 4 + (o.n * 17 + i.n * 3) % 40 end
    from submissions s
    join reporting_periods p on p.id = s.reporting_period_id and p.plan_id = ${planId}
    join bench_org o on o.id = s.organization_id
    cross join generate_series(0, 19) j
    join bench_indicator i on i.n = 1 + (o.n * 7 + j * 13) % 110
    join indicators ind on ind.id = i.id
    cross join lateral unnest(case when ind.counts_people then array['', 'sex=female', 'sex=male']
                                   else array[''] end) as c(key)
    on conflict do nothing`);
}

/** Each event to one action of the plan; one in ten also to a second action. */
export async function linkEventsToPlan(db: Db, _planId: string) {
  await db.execute(sql`
    insert into event_framework_nodes (event_id, framework_node_id)
    select e.id, node.id from bench_event e join bench_node node on node.depth = 2 and node.n = 1 + e.n % 80
    union all
    select e.id, node.id from bench_event e join bench_node node on node.depth = 2 and node.n = 1 + (e.n + 41) % 80
    where e.n % 10 = 0`);
}
