/**
 * Synthetic data for the benchmark, generated inside PostgreSQL (`insert … select … from
 * generate_series`), never row by row: organisations, people (60 % women, some Cyrillic names),
 * events of every kind across municipalities and 2012–2016, their organisers and framework links,
 * and participations with a trainer cascade of some depth.
 *
 * Numbering: scratch tables `bench_person`, `bench_event` and `bench_org` give every generated row a
 * number n, so that the statements can pick rows arithmetically. People are laid out as
 * (see `peopleLayout`): master trainers (train the trainings of trainers, never attend), tier A
 * (clusters of ten: the participants of their cluster's TOTs, then trainers of seminars and
 * workshops), tier B (one of their cluster attends each tier-A session, then trains in turn:
 * cascade generation 2), then everyone else (participants only). The cascade of a TOT stays within
 * its cluster, so it is deep but bounded, as in the field.
 */
import { sql } from "drizzle-orm";
import { toSearchKey } from "../common/text/search.js";
import { toCyrillic } from "../common/text/transliterate.js";
import type { Db } from "../server/db/client.js";
import { peopleLayout, type SyntheticSize } from "./scales.js";
import { generatePlan, linkEventsToPlan } from "./synthetic-plan.js";

/** The family name of the export cohort: `q=hadzic` selects exactly them. */
export const cohortFamilyName = "Hadžić";

/**
 * Names spread as in a real registry: many, a few common (the commonest family name about 1.5 %
 * of the people, the commonest given names a few per cent), most rare; some in Cyrillic. Each list is drawn from with a skew toward its head (`skewedPick`). Until 7 December
 * the people had 9 family names and 14 given names, so that a search for any name matched a tenth
 * of the registry.
 */
const women = [
  "Amra",
  "Lejla",
  "Ivana",
  "Јелена",
  "Dženana",
  "Snježana",
  "Mirsada",
  "Сања",
  "Emina",
  "Ana",
  "Marija",
  "Азра",
  "Selma",
  "Jasmina",
  "Милица",
  "Maja",
  "Aida",
  "Vesna",
  "Belma",
  "Dragana",
  "Nermina",
  "Тијана",
  "Sabina",
  "Kristina",
  "Elma",
  "Gordana",
  "Adisa",
  "Јована",
  "Mersiha",
  "Katarina",
];
const men = [
  "Mirza",
  "Nikola",
  "Emir",
  "Ђорђе",
  "Dragan",
  "Adnan",
  "Amar",
  "Марко",
  "Ivan",
  "Haris",
  "Stefan",
  "Edin",
  "Немања",
  "Josip",
  "Kenan",
  "Miloš",
  "Tarik",
  "Zoran",
  "Senad",
  "Дејан",
  "Ante",
  "Alen",
  "Бојан",
  "Mario",
  "Jasmin",
  "Goran",
  "Armin",
  "Срђан",
  "Damir",
  "Luka",
];
const familyRoots = [
  "Kovač",
  "Petr",
  "Šar",
  "Beg",
  "Mar",
  "Ćos",
  "Juk",
  "Bab",
  "Meh",
  "Hodž",
  "Del",
  "Hasan",
  "Omer",
  "Jovan",
  "Nikol",
  "Stojan",
  "Pop",
  "Mark",
  "Pavl",
  "Tom",
  "Luk",
  "Knez",
  "Vuk",
  "Rad",
  "Mil",
  "Bož",
  "Đur",
  "Tod",
  "Sav",
  "Stan",
  "Ivan",
  "Jur",
  "Fil",
  "Zec",
  "Kar",
  "Hal",
  "Muj",
  "Ahmet",
  "Salih",
  "Smaj",
  "Hus",
  "Čauš",
  "Bešl",
  "Zul",
  "Šeh",
  "Kurt",
  "Lon",
  "Zub",
  "Gav",
  "Bran",
];
const familySuffixes = ["ić", "ević", "ović", "anin"];
/** Roots taking "ević" (after a soft consonant) or "ović"; every root takes "ić" and "anin". */
const families = familySuffixes
  .flatMap((suffix) => familyRoots.map((root) => `${root}${suffix}`))
  .filter((name) => !toSearchKey(name).includes(toSearchKey(cohortFamilyName)))
  .map((name, i) => (i % 10 === 3 ? toCyrillic(name) : name));

/**
 * A 1-based index into a list of `length`, drawn from `p.n` (the person's number; `salt` makes the
 * given and the family name independent): the head of the list far more often than its tail.
 */
const skewedPick = (length: number, salt: number) =>
  sql.raw(
    `1 + least(${length - 1}, floor(${length} * power(((p.n::bigint * ${2654435761 + salt * 40503}) % 1000003)::float8 / 1000003, 1.25)))::int`,
  );

const textArray = (values: readonly string[]) =>
  sql.raw(`array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ")}]::text[]`);

/** Event kinds by n % 100: 2 % TOTs, 3 % board meetings, 20 % seminars, 50 % workshops, … */
const kindOf = sql.raw(`case
  when n % 100 < 2 then 'training_of_trainers' when n % 100 < 5 then 'board_meeting'
  when n % 100 < 25 then 'seminar' when n % 100 < 75 then 'workshop'
  when n % 100 < 90 then 'public_presentation' else 'media_appearance' end`);

const titleOf = sql.raw(`case kind
  when 'training_of_trainers' then 'Obuka trenera' when 'board_meeting' then 'Sjednica Koordinacionog odbora'
  when 'seminar' then 'Seminar' when 'workshop' then 'Radionica'
  when 'public_presentation' then 'Javna prezentacija' else 'Medijsko gostovanje' end || ' ' || n`);

async function generateRegistry(db: Db, size: SyntheticSize) {
  const layout = peopleLayout(size);
  const cohort = Math.min(40_000, size.people);
  await db.execute(sql`
    create unlogged table bench_org as
    select g as n, gen_random_uuid() as id from generate_series(1, ${size.organizations}) g`);
  await db.execute(sql`alter table bench_org add primary key (n)`);
  await db.execute(sql`
    with municipalities as (
      select id, row_number() over (order by code) as m, count(*) over () as total
      from jurisdictions where kind = 'municipality')
    insert into organizations (id, name, level, sector, jurisdiction_id, is_demo, search_text)
    select o.id, 'Sintetička organizacija ' || o.n,
      (array['state','entity','canton','municipality','international'])[1 + o.n % 5],
      (array['police','defence','civil_society','local_government','justice','gender_mechanism',
             'border','media','academia','other_government'])[1 + o.n % 10],
      case when o.n % 5 = 3 then (select id from municipalities where m = 1 + o.n % total) end,
      true, 'sinteticka organizacija ' || o.n
    from bench_org o`);
  const womenKeys = women.map(toSearchKey);
  const menKeys = men.map(toSearchKey);
  const familyKeys = families.map(toSearchKey);
  await db.execute(sql`
    create unlogged table bench_person as
    select g as n, gen_random_uuid() as id from generate_series(1, ${size.people}) g`);
  await db.execute(sql`alter table bench_person add primary key (n)`);
  await db.execute(sql`
    insert into people (id, given_name, family_name, sex, organization_id, position, birth_year, email,
                        has_consented, is_demo, search_text)
    select p.id, x.given, x.family, x.sex, o.id,
      (array['Savjetnica','Inspektor','Referentica','Koordinator'])[1 + p.n % 4],
      1950 + p.n % 50, 'osoba' || p.n || '@example.org', p.n % 3 = 0, true,
      x.given_key || ' ' || x.family_key
    from bench_person p
    join bench_org o on o.n = 1 + p.n % ${size.organizations}
    cross join lateral (
      select case when p.n % 5 < 3 then 'female' else 'male' end as sex,
        case when p.n % 5 < 3 then (${textArray(women)})[${skewedPick(women.length, 1)}]
             else (${textArray(men)})[${skewedPick(men.length, 1)}] end as given,
        case when p.n % 5 < 3 then (${textArray(womenKeys)})[${skewedPick(women.length, 1)}]
             else (${textArray(menKeys)})[${skewedPick(men.length, 1)}] end as given_key,
        case when p.n <= ${cohort} then ${cohortFamilyName}
             else (${textArray(families)})[${skewedPick(families.length, 2)}] end as family,
        case when p.n <= ${cohort} then ${toSearchKey(cohortFamilyName)}
             else (${textArray(familyKeys)})[${skewedPick(families.length, 2)}] end as family_key
    ) x`);
  return layout;
}

async function generateEvents(db: Db, size: SyntheticSize, projectId: string) {
  await db.execute(sql`
    create unlogged table bench_event as
    select n, gen_random_uuid() as id, ${kindOf} as kind from generate_series(1, ${size.events}) n`);
  await db.execute(sql`alter table bench_event add primary key (n)`);
  await db.execute(sql`
    with municipalities as (
      select id, row_number() over (order by code) as m, count(*) over () as total
      from jurisdictions where kind = 'municipality')
    insert into events (id, title, kind, status, starts_on, ends_on, jurisdiction_id, project_id, venue,
                        is_demo, search_text)
    select e.id, t.title, e.kind,
      case when e.n % 20 = 7 then 'planned' when e.n % 20 = 13 then 'cancelled' else 'held' end,
      date '2012-01-01' + (e.n * 7 % 1827), date '2012-01-01' + (e.n * 7 % 1827)
        + case when e.kind in ('training_of_trainers', 'seminar') then e.n % 3 else 0 end,
      (select id from municipalities where m = 1 + (e.n * 13) % total), ${projectId}, 'Sala ' || e.n % 40,
      true, lower(t.title)
    from bench_event e cross join lateral (select ${titleOf} as title from (select e.kind, e.n) k) t`);
  // Statistics for the new rows, as autovacuum would gather them soon after: the triggers of the
  // next statements join the events, and a table PostgreSQL believes empty is scanned once per row.
  await db.execute(sql`analyze events`);
  await db.execute(sql`
    insert into event_organizers (event_id, organization_id)
    select e.id, o.id from bench_event e join bench_org o on o.n = 1 + e.n % ${size.organizations}
    union all
    select e.id, o.id from bench_event e join bench_org o on o.n = 1 + (e.n * 7 + 1) % ${size.organizations}
    where e.n % 10 = 0 and (e.n * 7 + 1) % ${size.organizations} <> e.n % ${size.organizations}`);
}

/**
 * Participations, in four statements (the rollup triggers run once per statement): trainer first
 * (slot 0), then participants; tests scored at trainings. Events have 8 to 34 slots (21 on average
 * by default); a person drawn twice for one event is dropped (on conflict).
 */
async function generateParticipations(db: Db, size: SyntheticSize, layout: ReturnType<typeof peopleLayout>) {
  const { masters: m, tier: a, clusters: c, base, normal } = layout;
  const low = Math.max(1, Math.round(size.participationsPerEvent) - 13);
  const span = 2 * (Math.round(size.participationsPerEvent) - low) + 1;
  const chunks = 4;
  const per = Math.ceil(size.events / chunks);
  for (let chunk = 0; chunk < chunks; chunk++) {
    await db.execute(sql`
      insert into participations (event_id, person_id, role, attended, pre_test_score, post_test_score,
                                  test_max_score)
      select e.id, p.id, s.role, s.attended,
        case when s.scored then (e.n + s.k * 3) % 15 end,
        case when s.scored then least(20, (e.n + s.k * 3) % 15 + s.k % 7) end,
        case when s.scored then 20 end
      from bench_event e
      cross join lateral generate_series(0, ${low} - 1 + (e.n * 7919) % ${span}) k
      cross join lateral (
        select k, training, tier_a, (k > 0 and training and s0.role = 'participant') as scored, s0.*
        from (select e.kind in ('training_of_trainers', 'seminar', 'workshop') as training,
                     e.n % 2 = 0 as tier_a) f
        cross join lateral (
          select case
              when k = 0 and training then 'trainer'
              when k = 1 and e.kind <> 'training_of_trainers' and training and not tier_a and e.n % 3 = 0
                then 'co_trainer'
              else 'participant' end as role,
            k = 0 or (e.n + k) % 12 <> 0 as attended,
            case
              when e.kind = 'training_of_trainers' and k = 0 then 1 + (e.n / 100) % ${m}
              when e.kind = 'training_of_trainers' and k <= 10
                then ${m} + 1 + ((e.n / 100) % ${c}) * 10 + (k - 1)
              when training and k = 0 and tier_a then ${m} + 1 + (e.n * 31) % ${a}
              when training and k = 0 then ${m + a} + 1 + (e.n * 31) % ${a}
              when training and k = 1 and tier_a
                then ${m + a} + 1 + (((e.n * 31) % ${a}) / 10) * 10 + e.n % 10
              when training and k = 1 and e.n % 3 = 0 then ${m + a} + 1 + (e.n * 17) % ${a}
              else ${base} + 1 + (e.n * 37 + k * 101) % ${normal} end as person_n
        ) s0
      ) s
      join bench_person p on p.n = s.person_n
      where e.n > ${chunk * per} and e.n <= ${(chunk + 1) * per}
      on conflict (event_id, person_id) do nothing`);
  }
}

async function generateAudit(db: Db, size: SyntheticSize) {
  await db.execute(sql`
    insert into audit_log (at, action, entity_type, entity_id, after)
    select timestamptz '2016-01-01' + (g || ' minutes')::interval,
      (array['create','update','update','archive'])[1 + g % 4],
      case when g % 2 = 0 then 'event' else 'person' end,
      coalesce(case when g % 2 = 0 then (select id::text from bench_event where n = 1 + g % ${size.events})
                    else (select id::text from bench_person where n = 1 + g % ${size.people}) end, ''),
      jsonb_build_object('n', g, 'title', 'Sintetički zapis ' || g)
    from generate_series(1, ${size.auditEntries}) g`);
}

/** The four figures every caller gives; the plan's and the audit's figures have defaults. */
export type SyntheticRequest = Pick<
  SyntheticSize,
  "organizations" | "people" | "events" | "participationsPerEvent"
> &
  Partial<SyntheticSize>;

/** Every synthetic row, then `analyze`; returns the timings of the steps for the report. */
export async function generateSyntheticData(db: Db, request: SyntheticRequest, projectId: string) {
  const size: SyntheticSize = {
    indicators: 200,
    submissions: Math.min(500, request.organizations * 5),
    auditEntries: request.events * 2,
    ...request,
  };
  const steps: { step: string; ms: number }[] = [];
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    steps.push({ step, ms: performance.now() - started });
    return result;
  };
  const layout = await timed("organisations, people", () => generateRegistry(db, size));
  const planId = await timed("plan, nodes, indicators, periods, targets", () => generatePlan(db, size));
  await timed("events, organisers", () => generateEvents(db, size, projectId));
  await timed("event framework links", () => linkEventsToPlan(db, planId));
  // Statistics for the rows so far (as autovacuum gathers them after a bulk load): the triggers of
  // the participations join people, events and their links, and plan by them.
  await timed("analyze", () =>
    db.execute(sql`analyze people, events, event_organizers, event_framework_nodes`),
  );
  await timed("participations (+ rollup triggers)", () => generateParticipations(db, size, layout));
  await timed("audit entries", () => generateAudit(db, size));
  // What autovacuum does minutes after a bulk load: statistics, and the visibility map that lets
  // index-only scans skip the heap.
  await timed("vacuum analyze", () => db.execute(sql`vacuum analyze`));
  return { planId, layout, steps };
}
