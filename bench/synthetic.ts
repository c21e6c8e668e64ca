/**
 * Synthetic data for the benchmark, generated inside PostgreSQL (generate_series), so that a large
 * dataset takes seconds: organisations, people (60 % women, some Cyrillic names), events across
 * municipalities and participations.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../server/db/client.js";

export interface SyntheticSize {
  organizations: number;
  people: number;
  events: number;
  participationsPerEvent: number;
}

export async function generateSyntheticData(db: Db, size: SyntheticSize, projectId: string): Promise<void> {
  await db.execute(sql`
    insert into organizations (name, level, sector, search_text)
    select 'Synthetic organisation ' || g, (array['state','entity','canton','municipality'])[1 + g % 4],
           (array['police','defence','civil_society','local_government','justice'])[1 + g % 5],
           'synthetic organisation ' || g
    from generate_series(1, ${size.organizations}) g`);
  await db.execute(sql`
    insert into people (given_name, family_name, sex, organization_id, is_demo, search_text)
    select case when g % 7 = 0 then 'Јелена' else 'Dženana' end, 'Person' || g,
           case when g % 5 < 3 then 'female' else 'male' end,
           (select id from organizations order by id offset (g % ${size.organizations}) limit 1),
           true, 'dzenana jelena person' || g
    from generate_series(1, ${size.people}) g`);
  await db.execute(sql`
    with municipalities as (select id, row_number() over (order by code) as n from jurisdictions where kind = 'municipality')
    insert into events (title, kind, status, starts_on, ends_on, jurisdiction_id, project_id, is_demo, search_text)
    select 'Radionica ' || g, (array['workshop','seminar','training_of_trainers','board_meeting'])[1 + g % 4],
           case when g % 10 = 0 then 'planned' else 'held' end,
           date '2012-01-01' + (g % 700), date '2012-01-01' + (g % 700),
           (select id from municipalities where n = 1 + g % 143), ${projectId}, true, 'radionica ' || g
    from generate_series(1, ${size.events}) g`);
  await db.execute(sql`
    insert into event_organizers (event_id, organization_id)
    select e.id, (select id from organizations order by id limit 1) from events e
    on conflict do nothing`);
  await db.execute(sql`
    with numbered_events as (select id, row_number() over (order by id) as n from events),
         numbered_people as (select id, row_number() over (order by id) as n from people)
    insert into participations (event_id, person_id, role, attended)
    select e.id, p.id, 'participant', (e.n + k) % 20 <> 0
    from numbered_events e
    cross join generate_series(0, ${size.participationsPerEvent - 1}) k
    join numbered_people p on p.n = 1 + ((e.n * 37 + k * 101) % (select count(*) from people))
    on conflict do nothing`);
  await db.execute(sql`analyze`);
}
