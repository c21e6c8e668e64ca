/**
 * Activity per municipality over the events the reader may read: from the facts the triggers of
 * migration 0018 keep for an unfiltered view by a reader of every event, else from the raw
 * participations. Brčko District counts as one municipality: events placed on the district itself count for the
 * municipality row beneath it, which carries the district's polygon.
 */
import { and, eq, gt, gte, inArray, isNull, lte, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CoverageFigures, CoverageQuery, Municipality } from "../../../common/schemas/coverage.js";
import type { DbOrTx } from "../../db/client.js";
import { events, jurisdictions, municipalityFigures, participations, people } from "../../db/schema.js";
import { sortable } from "../../db/sql.js";
import type { Actor } from "../../http/actor.js";
import { readableEvents, trainerRoles } from "../events/events.scope.queries.js";

const place = alias(jurisdictions, "place");
const beneath = alias(jurisdictions, "beneath");
const parent = alias(jurisdictions, "parent");
const grandparent = alias(jurisdictions, "grandparent");

/** The municipality an event counts for: its own place, or the municipality beneath a district. */
const unitId = sql<string>`coalesce(${beneath.id}, ${place.id})`;

export const integer = (expression: SQL) => sql<string>`${expression}`.mapWith(Number);
export const distinctPeople = (filter?: SQL) =>
  integer(
    filter
      ? sql`count(distinct ${participations.personId}) filter (where ${filter})`
      : sql`count(distinct ${participations.personId})`,
  );

/** The query's filters on events: period (overlapping), project and kind. */
export function eventFilters(query: CoverageQuery): (SQL | undefined)[] {
  return [
    query.from ? gte(events.endsOn, query.from) : undefined,
    query.to ? lte(events.startsOn, query.to) : undefined,
    query.projectId ? eq(events.projectId, query.projectId) : undefined,
    query.kind ? eq(events.kind, query.kind) : undefined,
  ];
}

/** Held, not archived events the actor may read that pass the query's filters. */
export const countedEvents = (actor: Actor, query: CoverageQuery) =>
  and(
    eq(events.status, "held"),
    isNull(events.archivedAt),
    readableEvents(actor, events.id),
    ...eventFilters(query),
  );

/**
 * Whether the facts kept by the triggers of migration 0018 answer: a query with no filter, by a
 * reader of every event. Filtered views and readers of some events only count from the rows.
 */
export const keptFactsAnswer = (actor: Actor, query: CoverageQuery) =>
  !query.from &&
  !query.to &&
  !query.projectId &&
  !query.kind &&
  readableEvents(actor, events.id) === undefined;

export type FiguresByUnit = Map<string, CoverageFigures>;

/**
 * The figures of every municipality that had activity, in one grouped query over events and their
 * attended participations; `onlyUnitId` narrows it to one municipality.
 */
export async function selectFiguresByMunicipality(
  db: DbOrTx,
  actor: Actor,
  query: CoverageQuery,
  onlyUnitId?: string,
): Promise<FiguresByUnit> {
  if (keptFactsAnswer(actor, query)) return selectKeptFigures(db, onlyUnitId);
  return countFiguresByMunicipality(db, actor, query, onlyUnitId);
}

/**
 * The same figures counted from the raw rows: for a filtered view or a reader of some events only
 * (and, in tests, to check the kept totals against).
 */
export async function countFiguresByMunicipality(
  db: DbOrTx,
  actor: Actor,
  query: CoverageQuery,
  onlyUnitId?: string,
): Promise<FiguresByUnit> {
  const rows = await db
    .select({
      unitId,
      events: integer(sql`count(distinct ${events.id})`),
      participations: integer(sql`count(${participations.id})`),
      people: distinctPeople(),
      female: distinctPeople(sql`${people.sex} = 'female'`),
      male: distinctPeople(sql`${people.sex} = 'male'`),
      trainers: distinctPeople(inArray(participations.role, [...trainerRoles])),
    })
    .from(events)
    .innerJoin(place, eq(place.id, events.jurisdictionId))
    .leftJoin(
      beneath,
      and(eq(place.kind, "district"), eq(beneath.parentId, place.id), eq(beneath.kind, "municipality")),
    )
    .leftJoin(participations, and(eq(participations.eventId, events.id), eq(participations.attended, true)))
    .leftJoin(people, eq(people.id, participations.personId))
    .where(
      and(
        inArray(place.kind, ["municipality", "district"]),
        countedEvents(actor, query),
        onlyUnitId ? sql`${unitId} = ${onlyUnitId}` : undefined,
      ),
    )
    .groupBy(unitId);
  return new Map(rows.map((row) => [row.unitId, toFigures(row)]));
}

const toFigures = (row: {
  events: number;
  participations: number;
  people: number;
  female: number;
  male: number;
  trainers: number;
}): CoverageFigures => ({
  events: row.events,
  participations: row.participations,
  participants: { female: row.female, male: row.male, total: row.people },
  womenShare: row.people > 0 ? row.female / row.people : null,
  trainersActive: row.trainers,
});

/**
 * The figures of every municipality for a reader of every event with no filter: the totals the
 * triggers of migration 0018 keep (one row per municipality), never a count over participations.
 */
async function selectKeptFigures(db: DbOrTx, onlyUnitId?: string): Promise<FiguresByUnit> {
  const rows = await db
    .select({
      unitId: municipalityFigures.municipalityId,
      events: municipalityFigures.events,
      participations: municipalityFigures.attendances,
      people: municipalityFigures.people,
      female: municipalityFigures.female,
      male: municipalityFigures.male,
      trainers: municipalityFigures.trainers,
    })
    .from(municipalityFigures)
    .where(
      and(
        gt(municipalityFigures.events, 0),
        onlyUnitId ? eq(municipalityFigures.municipalityId, onlyUnitId) : undefined,
      ),
    );
  return new Map(rows.map((row) => [row.unitId, toFigures(row)]));
}

const nameOf = (row: { id: string | null; nameLatin: string | null; nameCyrillic: string | null }) =>
  row.id
    ? ({ id: row.id, nameLatin: row.nameLatin ?? "", nameCyrillic: row.nameCyrillic ?? "" } as const)
    : null;

/** Municipalities (and Brčko District's) by id, with entity or district and canton, sorted by Latin name. */
export async function selectMunicipalities(db: DbOrTx, ids: string[]): Promise<Municipality[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: jurisdictions.id,
      code: jurisdictions.code,
      nameLatin: jurisdictions.nameLatin,
      nameCyrillic: jurisdictions.nameCyrillic,
      shapeId: jurisdictions.shapeId,
      parent: {
        id: parent.id,
        kind: parent.kind,
        nameLatin: parent.nameLatin,
        nameCyrillic: parent.nameCyrillic,
      },
      grandparent: {
        id: grandparent.id,
        nameLatin: grandparent.nameLatin,
        nameCyrillic: grandparent.nameCyrillic,
      },
    })
    .from(jurisdictions)
    .leftJoin(parent, eq(parent.id, jurisdictions.parentId))
    .leftJoin(grandparent, eq(grandparent.id, parent.parentId))
    .where(inArray(jurisdictions.id, ids))
    .orderBy(sortable(jurisdictions.nameLatin), jurisdictions.id);
  return rows.map((row) => {
    const inCanton = row.parent?.kind === "canton";
    const parentName = row.parent ? nameOf(row.parent) : null;
    return {
      id: row.id,
      code: row.code,
      nameLatin: row.nameLatin,
      nameCyrillic: row.nameCyrillic,
      shapeId: row.shapeId,
      entity: inCanton ? (row.grandparent ? nameOf(row.grandparent) : null) : parentName,
      canton: inCanton ? parentName : null,
    };
  });
}

/** The municipality beneath a district (Brčko District's own municipality row). */
export async function selectMunicipalityBeneath(db: DbOrTx, districtId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: jurisdictions.id })
    .from(jurisdictions)
    .where(and(eq(jurisdictions.parentId, districtId), eq(jurisdictions.kind, "municipality")))
    .orderBy(jurisdictions.code)
    .limit(1);
  return row?.id;
}
