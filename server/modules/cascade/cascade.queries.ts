/**
 * What tracing a trainer cascade needs, in two grouped queries whatever the number of events: the
 * events a cascade can reach and their attended participations with each person's sex and
 * organisation. The cascade itself is traced by `common/capacity/cascade.ts`.
 */
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { CascadeEvent, CascadeInput, CascadePerson } from "../../../common/capacity/cascade.js";
import type {
  EventKind,
  OrganizationLevel,
  OrganizationSector,
  ParticipationRole,
  Sex,
} from "../../../common/schemas/enums.js";
import type { DbOrTx } from "../../db/client.js";
import { uuidArray } from "../../db/rows.js";
import { events, jurisdictions, people } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { readableEvents } from "../events/events.scope.queries.js";

/** An event of a cascade with what the page shows of it. */
export interface CascadeEventRow extends CascadeEvent {
  title: string;
  municipalityName: string | null;
}

/** The TOTs a cascade starts from: every held, not archived TOT, or those among given ids. */
export type TotSeeds = { ids: string[] } | { startingUntil: string | null };

/** The input of `traceCascades` and the events with their titles and municipalities. */
export interface LoadedCascades {
  input: CascadeInput;
  events: Map<string, CascadeEventRow>;
}

function seedCondition(seeds: TotSeeds): SQL {
  if ("ids" in seeds) return sql`id = any(${uuidArray(seeds.ids)})`;
  return seeds.startingUntil === null ? sql`true` : sql`starts_on <= ${seeds.startingUntil}`;
}

/**
 * The held, not archived TOTs of the seeds and every held, not archived event after the earliest of
 * them in which someone they may reach trains: starting from the TOTs' participants, the people
 * reached are the participants of the events those people train, recursively. A superset of what
 * each cascade needs, found in one recursive query.
 */
async function selectCascadeEvents(db: DbOrTx, seeds: TotSeeds): Promise<CascadeEventRow[]> {
  const held = (alias: string) =>
    sql.raw(
      `${alias}.status = 'held' and ${alias}.archived_at is null and ${alias}.starts_on > (select min(starts_on) from tot)`,
    );
  const result = await db.execute<{
    id: string;
    kind: EventKind;
    startsOn: string;
    municipalityId: string | null;
    title: string;
    municipalityName: string | null;
  }>(sql`
    with recursive tot as (
      select id, starts_on from events
      where kind = 'training_of_trainers' and status = 'held' and archived_at is null and ${seedCondition(seeds)}
    ), reachable (person_id) as (
      select pa.person_id from participations pa join tot on tot.id = pa.event_id
      where pa.attended and pa.role = 'participant'
      union
      select s.person_id from reachable r
      join participations t on t.person_id = r.person_id and t.attended and t.role in ('trainer', 'co_trainer')
      join events e on e.id = t.event_id
      join participations s on s.event_id = e.id and s.attended and s.role = 'participant'
      where ${held("e")}
    ), cascade_events (id) as (
      select id from tot
      union
      select t.event_id from participations t
      join reachable r on r.person_id = t.person_id
      join events e on e.id = t.event_id
      where t.attended and t.role in ('trainer', 'co_trainer') and ${held("e")}
    )
    select e.id, e.kind, e.starts_on as "startsOn", e.jurisdiction_id as "municipalityId", e.title,
      j.name_latin as "municipalityName"
    from cascade_events c
    join events e on e.id = c.id
    left join jurisdictions j on j.id = e.jurisdiction_id`);
  return result.rows;
}

type ParticipationRow = {
  eventId: string;
  personId: string;
  role: ParticipationRole;
  sex: Sex;
  sector: OrganizationSector | null;
  level: OrganizationLevel | null;
};

/** The attended participations of the events, with each person's sex and organisation's sector and level. */
async function selectAttendedParticipations(db: DbOrTx, eventIds: string[]): Promise<ParticipationRow[]> {
  if (eventIds.length === 0) return [];
  const result = await db.execute<ParticipationRow>(sql`
    select pa.event_id as "eventId", pa.person_id as "personId", pa.role, pe.sex, o.sector, o.level
    from participations pa
    join people pe on pe.id = pa.person_id
    left join organizations o on o.id = pe.organization_id
    where pa.attended and pa.event_id = any(${uuidArray(eventIds)})`);
  return result.rows;
}

/** The events and participations the cascades of the seeds need, ready for `traceCascades`. */
export async function loadCascades(db: DbOrTx, seeds: TotSeeds): Promise<LoadedCascades> {
  if ("ids" in seeds && seeds.ids.length === 0) return loaded([], []);
  const eventRows = await selectCascadeEvents(db, seeds);
  return loaded(
    eventRows,
    await selectAttendedParticipations(
      db,
      eventRows.map((row) => row.id),
    ),
  );
}

/** Given events (whatever their status) and their attended participations, ready for `traceCascades`. */
export async function loadCascadeEvents(db: DbOrTx, eventIds: readonly string[]): Promise<LoadedCascades> {
  if (eventIds.length === 0) return loaded([], []);
  const result = await db.execute<CascadeEventRow & Record<string, unknown>>(sql`
    select e.id, e.kind, e.starts_on as "startsOn", e.jurisdiction_id as "municipalityId", e.title,
      j.name_latin as "municipalityName"
    from events e left join jurisdictions j on j.id = e.jurisdiction_id
    where e.id = any(${uuidArray(eventIds)})`);
  return loaded(result.rows, await selectAttendedParticipations(db, [...eventIds]));
}

function loaded(eventRows: CascadeEventRow[], participationRows: ParticipationRow[]): LoadedCascades {
  const peopleById = new Map<string, CascadePerson>();
  for (const { personId, sex, sector, level } of participationRows) {
    peopleById.set(personId, { id: personId, sex, sector, level });
  }
  return {
    input: {
      events: eventRows.map(({ id, kind, startsOn, municipalityId }) => ({
        id,
        kind,
        startsOn,
        municipalityId,
      })),
      participations: participationRows.map(({ eventId, personId, role }) => ({
        eventId,
        personId,
        role,
        attended: true,
      })),
      people: [...peopleById.values()],
    },
    events: new Map(eventRows.map((row) => [row.id, row])),
  };
}

/** One event with what the cascade page heads with, whatever its kind or status. */
export async function selectCascadeHead(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      startsOn: events.startsOn,
      municipalityId: events.jurisdictionId,
      municipalityName: jurisdictions.nameLatin,
    })
    .from(events)
    .leftJoin(jurisdictions, eq(jurisdictions.id, events.jurisdictionId))
    .where(eq(events.id, id));
  return row ? { ...row, kind: row.kind as EventKind } : undefined;
}

/** The held, not archived TOTs the actor may read (`readableEvents`, the event read rule in SQL), as list heads. */
export async function selectReadableTots(db: DbOrTx, actor: Actor) {
  return db
    .select({
      id: events.id,
      title: events.title,
      startsOn: events.startsOn,
      municipalityName: jurisdictions.nameLatin,
    })
    .from(events)
    .leftJoin(jurisdictions, eq(jurisdictions.id, events.jurisdictionId))
    .where(
      and(
        eq(events.kind, "training_of_trainers"),
        eq(events.status, "held"),
        isNull(events.archivedAt),
        readableEvents(actor, events.id),
      ),
    );
}

/** "Given Family" per person id. */
export async function selectPersonNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(inArray(people.id, ids));
  return new Map(rows.map((row) => [row.id, `${row.givenName} ${row.familyName}`]));
}
