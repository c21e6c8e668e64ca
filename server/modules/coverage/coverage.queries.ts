/**
 * Activity per municipality over the events the reader may read: from the facts the triggers of
 * migration 0018 keep for an unfiltered view by a reader of every event, else from the raw
 * participations. Brčko District counts as one municipality: events placed on the district itself count for the
 * municipality row beneath it, which carries the district's polygon.
 */
import { and, desc, eq, gt, gte, inArray, isNotNull, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type {
  CoverageFigures,
  CoverageQuery,
  InvolvedOrganization,
  LocalPartner,
  Municipality,
  MunicipalityEvent,
} from "../../../common/schemas/coverage.js";
import type { DbOrTx } from "../../db/client.js";
import { uuidArray } from "../../db/rows.js";
import {
  eventOrganizers,
  events,
  jurisdictions,
  municipalityAttendees,
  municipalityFigures,
  organizations,
  participations,
  people,
  projects,
} from "../../db/schema.js";
import { sortable } from "../../db/sql.js";
import type { Actor } from "../../http/actor.js";
import { readableEvents, trainerRoles } from "../events/events.scope.queries.js";

const place = alias(jurisdictions, "place");
const beneath = alias(jurisdictions, "beneath");
const parent = alias(jurisdictions, "parent");
const grandparent = alias(jurisdictions, "grandparent");

/** The municipality an event counts for: its own place, or the municipality beneath a district. */
const unitId = sql<string>`coalesce(${beneath.id}, ${place.id})`;

const integer = (expression: SQL) => sql<string>`${expression}`.mapWith(Number);
const distinctPeople = (filter?: SQL) =>
  integer(
    filter
      ? sql`count(distinct ${participations.personId}) filter (where ${filter})`
      : sql`count(distinct ${participations.personId})`,
  );

/** The query's filters on events: period (overlapping), project and kind. */
function eventFilters(query: CoverageQuery): (SQL | undefined)[] {
  return [
    query.from ? gte(events.endsOn, query.from) : undefined,
    query.to ? lte(events.startsOn, query.to) : undefined,
    query.projectId ? eq(events.projectId, query.projectId) : undefined,
    query.kind ? eq(events.kind, query.kind) : undefined,
  ];
}

/** Held, not archived events the actor may read that pass the query's filters. */
const countedEvents = (actor: Actor, query: CoverageQuery) =>
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
const keptFactsAnswer = (actor: Actor, query: CoverageQuery) =>
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

/** The places whose events count for a municipality: itself, and its district when it lies in one. */
export async function selectPlacesOf(db: DbOrTx, municipalityId: string): Promise<string[]> {
  const [row] = await db
    .select({ parentId: parent.id, parentKind: parent.kind })
    .from(jurisdictions)
    .leftJoin(parent, eq(parent.id, jurisdictions.parentId))
    .where(eq(jurisdictions.id, municipalityId));
  return row?.parentId && row.parentKind === "district" ? [municipalityId, row.parentId] : [municipalityId];
}

/** The not archived events in these places the actor may read, of any status, passing the filters. */
const listedEvents = (actor: Actor, query: CoverageQuery, placeIds: string[]) =>
  and(
    inArray(events.jurisdictionId, placeIds),
    isNull(events.archivedAt),
    readableEvents(actor, events.id),
    ...eventFilters(query),
  );

/** How many events a municipality's page shows: the newest; the events list holds them all. */
export const MUNICIPALITY_EVENTS_SHOWN = 25;

/** The newest events listed on a municipality's page (at most `MUNICIPALITY_EVENTS_SHOWN`), newest first. */
export async function selectMunicipalityEvents(
  db: DbOrTx,
  actor: Actor,
  query: CoverageQuery,
  placeIds: string[],
): Promise<MunicipalityEvent[]> {
  const rows = await db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      status: events.status,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
      project: { id: projects.id, title: projects.title, code: projects.code },
    })
    .from(events)
    .leftJoin(projects, eq(projects.id, events.projectId))
    .where(listedEvents(actor, query, placeIds))
    .orderBy(desc(events.startsOn), sortable(events.title), events.id)
    .limit(MUNICIPALITY_EVENTS_SHOWN);
  return rows.map((row) => ({
    ...row,
    kind: row.kind as MunicipalityEvent["kind"],
    status: row.status as MunicipalityEvent["status"],
  }));
}

/** How many events a municipality's page lists, under the same rule as `selectMunicipalityEvents`. */
export async function countMunicipalityEvents(
  db: DbOrTx,
  actor: Actor,
  query: CoverageQuery,
  placeIds: string[],
): Promise<number> {
  const [row] = await db
    .select({ count: integer(sql`count(*)`) })
    .from(events)
    .where(listedEvents(actor, query, placeIds));
  return row?.count ?? 0;
}

/** The events an organisation organises in a place: listed on the page, and held (counted). */
export interface OrganisedHere {
  listed: number;
  held: number;
}

/**
 * Per organisation, the events it organises among those listed on a municipality's page, and how
 * many of them were held: one grouped query for the organisations and the local partners.
 */
export async function selectOrganisersHere(
  db: DbOrTx,
  actor: Actor,
  query: CoverageQuery,
  placeIds: string[],
): Promise<Map<string, OrganisedHere>> {
  const rows = await db
    .select({
      id: eventOrganizers.organizationId,
      listed: integer(sql`count(*)`),
      held: integer(sql`count(*) filter (where ${events.status} = 'held')`),
    })
    .from(eventOrganizers)
    .innerJoin(events, eq(events.id, eventOrganizers.eventId))
    .where(listedEvents(actor, query, placeIds))
    .groupBy(eventOrganizers.organizationId);
  return new Map(rows.map((row) => [row.id, { listed: row.listed, held: row.held }]));
}

/**
 * Organisers of the held events counted here, and the organisations of the people who attended
 * them. The people come from the kept attendees of the municipality (`municipality_attendees`) when
 * those answer (no filter, a reader of every event), else from the attended participations.
 */
export async function selectInvolvedOrganizations(
  db: DbOrTx,
  actor: Actor,
  query: CoverageQuery,
  municipalityId: string,
  placeIds: string[],
  organisers: ReadonlyMap<string, OrganisedHere>,
): Promise<InvolvedOrganization[]> {
  const counted = and(inArray(events.jurisdictionId, placeIds), countedEvents(actor, query));
  const organised = [...organisers]
    .filter(([, here]) => here.held > 0)
    .map(([id, here]) => ({ id, count: here.held }));
  const attended = keptFactsAnswer(actor, query)
    ? await selectKeptParticipantsByOrganization(db, municipalityId)
    : await countParticipantsByOrganization(db, counted);
  const organisedBy = new Map(organised.map((row) => [row.id, row.count]));
  const attendedFrom = new Map(attended.map((row) => [row.id, row.count]));
  const ids = [...new Set([...organisedBy.keys(), ...attendedFrom.keys()])];
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      shortName: organizations.shortName,
      level: organizations.level,
      sector: organizations.sector,
    })
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(sortable(organizations.name), organizations.id);
  return rows.map((row) => ({
    ...row,
    level: row.level as InvolvedOrganization["level"],
    sector: row.sector as InvolvedOrganization["sector"],
    eventsOrganized: organisedBy.get(row.id) ?? 0,
    participants: attendedFrom.get(row.id) ?? 0,
  }));
}

/** Distinct people per organisation among the kept attendees of a municipality (one row per person there). */
async function selectKeptParticipantsByOrganization(
  db: DbOrTx,
  municipalityId: string,
): Promise<{ id: string; count: number }[]> {
  const rows = await db
    .select({ id: municipalityAttendees.organizationId, count: integer(sql`count(*)`) })
    .from(municipalityAttendees)
    .where(
      and(
        eq(municipalityAttendees.municipalityId, municipalityId),
        isNotNull(municipalityAttendees.organizationId),
      ),
    )
    .groupBy(municipalityAttendees.organizationId);
  return rows.map((row) => ({ id: row.id as string, count: row.count }));
}

/** Distinct people per organisation who attended the events passing `counted`, from the participations. */
async function countParticipantsByOrganization(
  db: DbOrTx,
  counted: SQL | undefined,
): Promise<{ id: string; count: number }[]> {
  const rows = await db
    .select({ id: people.organizationId, count: distinctPeople() })
    .from(participations)
    .innerJoin(events, eq(events.id, participations.eventId))
    .innerJoin(people, eq(people.id, participations.personId))
    .where(and(counted, eq(participations.attended, true), isNotNull(people.organizationId)))
    .groupBy(people.organizationId);
  return rows.map((row) => ({ id: row.id as string, count: row.count }));
}

/** Civil-society organisations, not archived, seated in the municipality or organising its listed events. */
export async function selectLocalPartners(
  db: DbOrTx,
  placeIds: string[],
  organisers: ReadonlyMap<string, OrganisedHere>,
): Promise<LocalPartner[]> {
  const organisingHere = [...organisers].filter(([, here]) => here.listed > 0).map(([id]) => id);
  const isSeatedHere = inArray(organizations.jurisdictionId, placeIds);
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      shortName: organizations.shortName,
      level: organizations.level,
      isSeatedHere: sql<boolean>`coalesce(${isSeatedHere}, false)`,
    })
    .from(organizations)
    .where(
      and(
        eq(organizations.sector, "civil_society"),
        isNull(organizations.archivedAt),
        or(isSeatedHere, sql`${organizations.id} = any(${uuidArray(organisingHere)})`),
      ),
    )
    .orderBy(sortable(organizations.name), organizations.id);
  return rows.map((row) => ({
    ...row,
    level: row.level as LocalPartner["level"],
    eventsOrganized: organisers.get(row.id)?.listed ?? 0,
  }));
}
