/**
 * The raw-SQL baselines of the bench: for each read, one hand-written query that computes the same
 * figures directly from the tables (no app code, no JSON schema), timed the same way in the same
 * run. The ratio app ÷ baseline says how much the app adds over what the database needs anyway.
 */
import { type SQL, sql } from "drizzle-orm";

/**
 * Every indicator's actual per period of the plan (up to period number `untilK`): reported values
 * (numbers summed over organisations, percentages averaged), activity counts of the SQL measures
 * (with women and men), generation-1 cascade reach of TOTs; cumulative ones summed over periods;
 * formula indicators divided. `indicatorId` narrows it to one indicator (and the two of its formula).
 */
export function planFiguresSql(
  planId: string,
  untilPeriodId: string | null,
  indicatorId: string | null,
): SQL {
  const oneIndicator = indicatorId
    ? sql`and (id = ${indicatorId} or id in (
        select (formula ->> 'numeratorIndicatorId')::uuid from indicators where id = ${indicatorId}
        union select (formula ->> 'denominatorIndicatorId')::uuid from indicators where id = ${indicatorId}))`
    : sql``;
  const until = untilPeriodId
    ? sql`(select k from per where id = ${untilPeriodId})`
    : sql`(select max(k) from per)`;
  return sql`
    with recursive per as (
      select id, starts_on, ends_on, row_number() over (order by starts_on) as k
      from reporting_periods where plan_id = ${planId}
    ), ind as (
      select id, framework_node_id, activity_source as src, unit, is_cumulative, formula
      from indicators where plan_id = ${planId} ${oneIndicator}
    ), subtree (indicator_id, node_id) as (
      select id, framework_node_id from ind where src is not null
      union
      select s.indicator_id, n.id from framework_nodes n join subtree s on n.parent_id = s.node_id
    ), matched as (
      select distinct st.indicator_id, per.k, e.id as event_id, e.starts_on
      from subtree st join ind on ind.id = st.indicator_id
      join event_framework_nodes efn on efn.framework_node_id = st.node_id
      join events e on e.id = efn.event_id
      join per on e.starts_on between per.starts_on and per.ends_on and per.k <= ${until}
      where e.status = 'held' and e.archived_at is null and (ind.src -> 'eventKinds') @> to_jsonb(e.kind)
    ), activity as (
      select m.indicator_id, m.k,
        case ind.src ->> 'measure' when 'events_held' then count(distinct m.event_id)
          when 'participations' then count(pa.id) else count(distinct pa.person_id) end as value,
        case ind.src ->> 'measure' when 'participations' then count(pa.id) filter (where pe.sex = 'female')
          else count(distinct pa.person_id) filter (where pe.sex = 'female') end as female
      from matched m join ind on ind.id = m.indicator_id
      left join participations pa on pa.event_id = m.event_id
        and ind.src ->> 'measure' in ('participations', 'unique_people')
        and (ind.src -> 'roles') @> to_jsonb(pa.role)
        and (pa.attended or not (ind.src ->> 'attendedOnly')::boolean)
      left join people pe on pe.id = pa.person_id
      where ind.src ->> 'measure' <> 'cascade_reach'
      group by m.indicator_id, m.k, ind.src ->> 'measure'
    ), tots as (
      select distinct st.indicator_id, e.id as tot_id, e.starts_on
      from subtree st join ind on ind.id = st.indicator_id
      join event_framework_nodes efn on efn.framework_node_id = st.node_id
      join events e on e.id = efn.event_id
      where ind.src ->> 'measure' = 'cascade_reach' and e.kind = 'training_of_trainers'
        and e.status = 'held' and e.archived_at is null
    ), produced as (
      select t.indicator_id, t.tot_id, t.starts_on, pa.person_id
      from tots t join participations pa on pa.event_id = t.tot_id and pa.attended and pa.role = 'participant'
    ), sessions as (
      select distinct pr.indicator_id, s.event_id
      from produced pr
      join participations s on s.person_id = pr.person_id and s.attended and s.role in ('trainer', 'co_trainer')
      join events e on e.id = s.event_id and e.starts_on > pr.starts_on and e.status = 'held' and e.archived_at is null
    ), reach as (
      select se.indicator_id, per.k, count(distinct p.person_id) as value,
        count(distinct p.person_id) filter (where pe.sex = 'female') as female
      from sessions se join events e on e.id = se.event_id
      join per on e.starts_on between per.starts_on and per.ends_on and per.k <= ${until}
      join participations p on p.event_id = se.event_id and p.attended and p.role = 'participant'
      join people pe on pe.id = p.person_id
      where not exists (select 1 from produced pr where pr.indicator_id = se.indicator_id and pr.person_id = p.person_id)
      group by se.indicator_id, per.k
    ), reported as (
      select v.indicator_id, per.k,
        case when min(ind.unit) = 'number' then sum(v.value) else avg(v.value) end as value, null::numeric as female
      from indicator_values v join ind on ind.id = v.indicator_id
      join submissions s on s.id = v.submission_id and s.status = 'approved'
      join per on per.id = s.reporting_period_id and per.k <= ${until}
      where v.category_key = ''
      group by v.indicator_id, per.k
    ), raw as (
      select indicator_id, k, value::numeric, female::numeric from activity
      union all select indicator_id, k, value, female from reach
      union all select indicator_id, k, value, female from reported
    ), series as (
      select r.indicator_id, r.k,
        case when ind.is_cumulative then sum(r.value) over w else r.value end as actual,
        case when ind.is_cumulative then sum(r.female) over w else r.female end as female
      from raw r join ind on ind.id = r.indicator_id
      window w as (partition by r.indicator_id order by r.k)
    )
    select ind.id, per.k, coalesce(
        (select num.actual / nullif(den.actual, 0) * (ind.formula ->> 'scale')::numeric
         from series num, series den
         where num.indicator_id = (ind.formula ->> 'numeratorIndicatorId')::uuid and num.k = per.k
           and den.indicator_id = (ind.formula ->> 'denominatorIndicatorId')::uuid and den.k = per.k),
        s.actual) as actual, s.female, t.target_value
    from ind cross join per
    left join series s on s.indicator_id = ind.id and s.k = per.k
    left join indicator_targets t on t.indicator_id = ind.id and t.reporting_period_id = per.id
    where ${untilPeriodId ? sql`per.id = ${untilPeriodId}` : sql`true`}
      ${indicatorId ? sql`and ind.id = ${indicatorId}` : sql``}`;
}

/** The dashboard's figures of a project: outputs held against targets, attendances and people by sex, organisations reached. */
export const dashboardSql = (projectId: string) => sql`
  with attendees as (
    select r.person_id, r.attendances, pe.sex, o.id as organization_id, o.level, o.sector
    from project_attendee_rollups r join people pe on pe.id = r.person_id
    left join organizations o on o.id = pe.organization_id
    where r.project_id = ${projectId}
  )
  select
    (select json_agg(json_build_object('kind', t.event_kind, 'target', t.target_count, 'held',
       (select count(*) from events e where e.project_id = ${projectId} and e.kind = t.event_kind
          and e.status = 'held' and e.archived_at is null)))
     from project_output_targets t where t.project_id = ${projectId}) as outputs,
    (select json_build_object('female', sum(attendances) filter (where sex = 'female'),
       'male', sum(attendances) filter (where sex = 'male'),
       'peopleFemale', count(*) filter (where sex = 'female'), 'peopleMale', count(*) filter (where sex = 'male'))
     from attendees) as people,
    (select json_build_object('total', count(distinct organization_id),
       'byLevel', (select json_agg(x) from (select level, count(distinct organization_id) from attendees
                   where organization_id is not null group by level) x),
       'bySector', (select json_agg(x) from (select sector, count(distinct organization_id) from attendees
                    where organization_id is not null group by sector) x))
     from attendees) as organizations`;

/** Coverage figures per municipality (or of one): held, not archived events and their attended participations. */
export const coverageSql = (municipalityId: string | null) => sql`
  select e.jurisdiction_id, count(distinct e.id) as events, count(pa.id) filter (where pa.attended) as participations,
    count(distinct pa.person_id) filter (where pa.attended and pe.sex = 'female') as women,
    count(distinct pa.person_id) filter (where pa.attended and pe.sex = 'male') as men,
    count(distinct pa.person_id) filter (where pa.attended and pa.role in ('trainer', 'co_trainer')) as trainers
  from events e
  left join participations pa on pa.event_id = e.id
  left join people pe on pe.id = pa.person_id
  where e.status = 'held' and e.archived_at is null
    ${municipalityId ? sql`and e.jurisdiction_id = ${municipalityId}` : sql``}
  group by e.jurisdiction_id`;

/** A municipality's page: its figures, its events newest first, and the organisations involved. */
export const municipalitySql = (municipalityId: string) => sql`
  select (select json_agg(c) from (${coverageSql(municipalityId)}) c) as figures,
    (select json_agg(x) from (select e.id, e.title, e.kind, e.status, e.starts_on from events e
      where e.jurisdiction_id = ${municipalityId} and e.archived_at is null order by e.starts_on desc) x) as events,
    (select json_agg(x) from (select o.id, o.name, count(distinct eo.event_id) as events
      from event_organizers eo join events e on e.id = eo.event_id join organizations o on o.id = eo.organization_id
      where e.jurisdiction_id = ${municipalityId} and e.archived_at is null group by o.id, o.name) x) as organizations`;

/** A TOT's generation-1 cascade: trainers produced, their later sessions, the people they reached by sex. */
export const cascadeSql = (totId: string) => sql`
  with tot as (select id, starts_on from events where id = ${totId}),
  produced as (
    select pa.person_id from participations pa join tot on tot.id = pa.event_id
    where pa.attended and pa.role = 'participant'
  ), sessions as (
    select distinct s.event_id from produced pr
    join participations s on s.person_id = pr.person_id and s.attended and s.role in ('trainer', 'co_trainer')
    join events e on e.id = s.event_id and e.starts_on > (select starts_on from tot)
      and e.status = 'held' and e.archived_at is null
  )
  select (select count(*) from produced) as trainers, (select count(*) from sessions) as sessions,
    count(distinct p.person_id) as reached, count(distinct p.person_id) filter (where pe.sex = 'female') as women
  from sessions se join participations p on p.event_id = se.event_id and p.attended and p.role = 'participant'
  join people pe on pe.id = p.person_id
  where p.person_id not in (select person_id from produced)`;

/** Learning results of a training: paired pre/post means (% of the maximum), gain and share improved, by sex. */
export const learningSql = (eventId: string) => sql`
  select pe.sex, count(*) as paired, avg(pa.pre_test_score / pa.test_max_score * 100) as pre,
    avg(pa.post_test_score / pa.test_max_score * 100) as post,
    avg((pa.post_test_score - pa.pre_test_score) / pa.test_max_score * 100) as gain,
    avg(case when pa.post_test_score > pa.pre_test_score then 1 else 0 end) as improved
  from participations pa join people pe on pe.id = pa.person_id
  where pa.event_id = ${eventId} and pa.role = 'participant' and pa.pre_test_score is not null
    and pa.post_test_score is not null
  group by rollup (pe.sex)`;

const offset = (page: number, pageSize: number) => (page - 1) * pageSize;

export const eventsPageSql = (page: number, pageSize: number) => sql`
  select e.id, e.title, e.kind, e.status, e.starts_on, e.ends_on, j.name_latin, count(*) over () as total
  from events e join jurisdictions j on j.id = e.jurisdiction_id
  where e.archived_at is null
  order by e.starts_on desc, e.id limit ${pageSize} offset ${offset(page, pageSize)}`;

export const peoplePageSql = (page: number, pageSize: number) => sql`
  select p.id, p.given_name, p.family_name, p.sex, o.name, count(*) over () as total
  from people p left join organizations o on o.id = p.organization_id
  where p.archived_at is null
  order by p.family_name collate "bs-x-icu", p.given_name collate "bs-x-icu", p.id
  limit ${pageSize} offset ${offset(page, pageSize)}`;

export const organizationsPageSql = (page: number, pageSize: number) => sql`
  select o.id, o.name, o.level, o.sector, count(*) over () as total
  from organizations o where o.archived_at is null
  order by o.name collate "bs-x-icu", o.id limit ${pageSize} offset ${offset(page, pageSize)}`;

export const auditPageSql = (page: number, pageSize: number) => sql`
  select a.id, a.at, a.action, a.entity_type, a.entity_id, a.before, a.after, count(*) over () as total
  from audit_log a order by a.at desc, a.id desc limit ${pageSize} offset ${offset(page, pageSize)}`;

/** A representative's search: the people of their organisation, registered by it, or seen at its events. */
export const representativeSearchSql = (organizationId: string, word: string) => sql`
  select p.id, p.given_name, p.family_name, p.sex, o.name, count(*) over () as total
  from people p left join organizations o on o.id = p.organization_id
  where p.archived_at is null and p.search_text like ${`%${word}%`}
    and (p.organization_id = ${organizationId} or p.registered_by_organization_id = ${organizationId}
      or p.id in (select seen.person_id from participations seen where seen.event_id in (
        select event_id from event_organizers where organization_id = ${organizationId}
        union select mp.event_id from participations mp join people m on m.id = mp.person_id
        where m.organization_id = ${organizationId})))
  order by p.family_name collate "bs-x-icu", p.given_name collate "bs-x-icu", p.id limit 25`;

/** The export's rows: every matching person with their organisation, in the list's order. */
export const exportRowsSql = (word: string) => sql`
  select p.given_name, p.family_name, p.sex, o.name as organization, p.position, p.rank, p.is_decision_maker,
    p.email, p.phone, p.birth_year, p.has_consented, p.consented_on, p.updated_at
  from people p left join organizations o on o.id = p.organization_id
  where p.archived_at is null and p.search_text like ${`%${word}%`}
  order by p.family_name collate "bs-x-icu", p.given_name collate "bs-x-icu", p.id`;

/**
 * The ties of a year straight from the tables, one row per pair and kind (the network read adds
 * the measures and the layout, kept under the ties' fingerprint): organisers of one event,
 * organisers and attendees' organisations of trainings, seminars and workshops, organisations
 * present at board meetings, action items, and agreements in force.
 */
export const networkTiesSql = (from: string, to: string) => sql`
  with chosen as (select id, kind from events
    where status = 'held' and archived_at is null and starts_on between ${from} and ${to}),
  raw as (
    select o1.organization_id as a, o2.organization_id as b, 'co_organised' as kind, e.id as source
    from chosen e join event_organizers o1 on o1.event_id = e.id
    join event_organizers o2 on o2.event_id = e.id and o2.organization_id > o1.organization_id
    union all
    select distinct o.organization_id, p.organization_id, 'attended', e.id
    from chosen e join event_organizers o on o.event_id = e.id
    join participations pa on pa.event_id = e.id and pa.attended
    join people p on p.id = pa.person_id and p.organization_id is not null
    where e.kind in ('training_of_trainers', 'seminar', 'workshop')
      and p.organization_id not in (select organization_id from event_organizers where event_id = e.id)
    union all
    select m1.organization_id, m2.organization_id, 'board_meeting', e.id
    from chosen e join board_attendances b1 on b1.event_id = e.id and b1.attendance <> 'absent'
    join people m1 on m1.id = b1.person_id
    join board_attendances b2 on b2.event_id = e.id and b2.attendance <> 'absent'
    join people m2 on m2.id = b2.person_id and m2.organization_id > m1.organization_id
    union all
    select p1.organization_id, p2.organization_id, 'agreement', ag.id
    from agreements ag join agreement_parties p1 on p1.agreement_id = ag.id
    join agreement_parties p2 on p2.agreement_id = ag.id and p2.organization_id > p1.organization_id
    where ag.archived_at is null and ag.signed_on <= ${to} and (ag.valid_until is null or ag.valid_until >= ${from}))
  select least(a, b) as a, greatest(a, b) as b, kind, count(distinct source) as records
  from raw where a <> b group by 1, 2, 3`;
