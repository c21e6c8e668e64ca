/**
 * A municipality's page: its places, the events listed there (the newest, and how many), the
 * organisations involved with their people and events, and the local civil-society partners —
 * from the kept attendees when the reader may read every event, else from the participations.
 */
import { and, desc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  type CoverageQuery,
  type InvolvedOrganization,
  type LocalPartner,
  MUNICIPALITY_ORGANIZATIONS_PAGE_SIZE,
  type MunicipalityEvent,
} from "../../../common/schemas/coverage.js";
import type { DbOrTx } from "../../db/client.js";
import { uuidArray } from "../../db/rows.js";
import {
  eventOrganizers,
  events,
  jurisdictions,
  municipalityAttendees,
  organizations,
  participations,
  people,
  projects,
} from "../../db/schema.js";
import { pageOffset, sortable } from "../../db/sql.js";
import type { Actor } from "../../http/actor.js";
import { readableEvents } from "../events/events.scope.queries.js";

import { countedEvents, distinctPeople, eventFilters, integer, keptFactsAnswer } from "./coverage.queries.js";

const parent = alias(jurisdictions, "parent");

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
  page: number,
): Promise<{ items: InvolvedOrganization[]; total: number }> {
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
  if (ids.length === 0) return { items: [], total: 0 };
  // One page by name: a large municipality involves thousands of organisations.
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      shortName: organizations.shortName,
      level: organizations.level,
      sector: organizations.sector,
    })
    .from(organizations)
    .where(sql`${organizations.id} = any(${uuidArray(ids)})`)
    .orderBy(sortable(organizations.name), organizations.id)
    .limit(MUNICIPALITY_ORGANIZATIONS_PAGE_SIZE)
    .offset(pageOffset(page, MUNICIPALITY_ORGANIZATIONS_PAGE_SIZE));
  const items = rows.map((row) => ({
    ...row,
    level: row.level as InvolvedOrganization["level"],
    sector: row.sector as InvolvedOrganization["sector"],
    eventsOrganized: organisedBy.get(row.id) ?? 0,
    participants: attendedFrom.get(row.id) ?? 0,
  }));
  return { items, total: ids.length };
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
