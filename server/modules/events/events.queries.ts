import {
  type AnyColumn,
  and,
  count,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  type SQL,
  sql,
} from "drizzle-orm";
import { type AnyPgTable, QueryBuilder } from "drizzle-orm/pg-core";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Event, EventListQuery } from "../../../common/schemas/events.js";
import type { DbOrTx } from "../../db/client.js";
import { isWholeList, keptListTotal } from "../../db/list-totals.js";
import { archivable, lockById, replaceLinks } from "../../db/rows.js";
import {
  eventAttendance,
  eventFrameworkNodes,
  eventOrganizers,
  events,
  frameworkNodes,
  jurisdictions,
  organizations,
  participations,
  people,
  projects,
} from "../../db/schema.js";
import { matchesSearch, ordered, pageOffset, pageTotal, sortable } from "../../db/sql.js";
import type { Actor } from "../../http/actor.js";
import type { EventFacts } from "./events.policy.js";
import { readableEvents, trainerRoles } from "./events.scope.queries.js";

/** An event as stored, without the reader's abilities, and the facts its policy needs. */
export interface EventRecord {
  event: Stored<Event>;
  facts: EventFacts;
}

export interface EventLinks extends EventFacts {
  organizers: { id: string; name: string }[];
  frameworkNodeIds: string[];
}

const qb = new QueryBuilder();

/**
 * Attended participations per event and sex, for the given events only (a list's page, one event,
 * an export's batch), as kept by triggers (migration 0030).
 */
async function selectAttendance(db: DbOrTx, eventIds: string[]): Promise<Map<string, Attendance>> {
  const counts = new Map<string, Attendance>();
  if (eventIds.length === 0) return counts;
  const rows = await db
    .select({ eventId: eventAttendance.eventId, female: eventAttendance.female, male: eventAttendance.male })
    .from(eventAttendance)
    .where(inArray(eventAttendance.eventId, eventIds));
  for (const row of rows) counts.set(row.eventId, { female: row.female, male: row.male });
  return counts;
}

interface Attendance {
  female: number;
  male: number;
}
const noAttendance: Attendance = { female: 0, male: 0 };

const selectBase = (db: DbOrTx) =>
  db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      status: events.status,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
      jurisdictionId: events.jurisdictionId,
      jurisdictionName: jurisdictions.nameLatin,
      venue: events.venue,
      projectId: events.projectId,
      projectTitle: projects.title,
      description: events.description,
      isDemo: events.isDemo,
      archivedAt: events.archivedAt,
      createdAt: events.createdAt,
      updatedAt: events.updatedAt,
    })
    .from(events)
    .innerJoin(jurisdictions, eq(jurisdictions.id, events.jurisdictionId))
    .leftJoin(projects, eq(projects.id, events.projectId))
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

const noLinks = (): EventLinks => ({
  organizers: [],
  organizerIds: [],
  frameworkNodeIds: [],
  trainerPersonIds: [],
  participantOrganizationIds: [],
});

const toRecord = (row: Row, links: EventLinks = noLinks(), attendance = noAttendance): EventRecord => ({
  event: {
    id: row.id,
    title: row.title,
    kind: row.kind as Event["kind"],
    status: row.status as Event["status"],
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    jurisdictionId: row.jurisdictionId,
    jurisdictionName: row.jurisdictionName,
    venue: row.venue,
    projectId: row.projectId,
    projectTitle: row.projectTitle,
    organizers: links.organizers,
    frameworkNodeIds: links.frameworkNodeIds,
    description: row.description,
    isDemo: row.isDemo,
    isArchived: row.archivedAt !== null,
    attendance: { ...attendance, total: attendance.female + attendance.male },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  },
  facts: factsOf(links),
});

const factsOf = (links: EventFacts): EventFacts => ({
  organizerIds: links.organizerIds,
  trainerPersonIds: links.trainerPersonIds,
  participantOrganizationIds: links.participantOrganizationIds,
});

/**
 * Organisers, framework nodes, trainers and participants' organisations of many events: four
 * queries. The participants' organisations serve one decision only — whether a representative's
 * organisation takes part — so for a known `reader` only that is looked up: their organisation
 * for a representative, nothing for anyone else (a list page's 500 participants otherwise).
 */
export async function selectEventLinks(
  db: DbOrTx,
  eventIds: string[],
  reader?: Actor,
): Promise<Map<string, EventLinks>> {
  const links = new Map<string, EventLinks>();
  if (eventIds.length === 0) return links;
  // One after another: inside a transaction the four share one connection.
  const organizerRows = await db
    .select({ eventId: eventOrganizers.eventId, id: organizations.id, name: organizations.name })
    .from(eventOrganizers)
    .innerJoin(organizations, eq(organizations.id, eventOrganizers.organizationId))
    .where(inArray(eventOrganizers.eventId, eventIds))
    .orderBy(sortable(organizations.name));
  const nodeRows = await db
    .select({ eventId: eventFrameworkNodes.eventId, id: eventFrameworkNodes.frameworkNodeId })
    .from(eventFrameworkNodes)
    .where(inArray(eventFrameworkNodes.eventId, eventIds));
  const trainerRows = await db
    .select({ eventId: participations.eventId, id: participations.personId })
    .from(participations)
    .where(and(inArray(participations.eventId, eventIds), inArray(participations.role, [...trainerRoles])));
  const onlyOrganization = reader?.role === "representative" ? reader.organizationId : null;
  const organizationRows =
    reader && !onlyOrganization
      ? []
      : await db
          .selectDistinct({ eventId: participations.eventId, id: people.organizationId })
          .from(participations)
          .innerJoin(people, eq(people.id, participations.personId))
          .where(
            and(
              inArray(participations.eventId, eventIds),
              onlyOrganization
                ? eq(people.organizationId, onlyOrganization)
                : isNotNull(people.organizationId),
            ),
          );
  const linksOf = (eventId: string) => {
    let found = links.get(eventId);
    if (!found) {
      found = noLinks();
      links.set(eventId, found);
    }
    return found;
  };
  for (const row of organizerRows) {
    linksOf(row.eventId).organizers.push({ id: row.id, name: row.name });
    linksOf(row.eventId).organizerIds.push(row.id);
  }
  for (const row of nodeRows) linksOf(row.eventId).frameworkNodeIds.push(row.id);
  for (const row of trainerRows) linksOf(row.eventId).trainerPersonIds.push(row.id);
  for (const row of organizationRows) {
    if (row.id) linksOf(row.eventId).participantOrganizationIds.push(row.id);
  }
  return links;
}

const sortColumns = { startsOn: events.startsOn, title: events.title, kind: events.kind };

export async function selectEvents(db: DbOrTx, actor: Actor, query: EventListQuery) {
  const notArchived = query.archived === "exclude" ? isNull(events.archivedAt) : undefined;
  const conditions: (SQL | undefined)[] = [
    readableEvents(actor, events.id),
    matchesSearch(events.searchText, query.q),
    query.kind ? eq(events.kind, query.kind) : undefined,
    query.status ? eq(events.status, query.status) : undefined,
    query.projectId ? eq(events.projectId, query.projectId) : undefined,
    query.jurisdictionId ? eq(events.jurisdictionId, query.jurisdictionId) : undefined,
    query.organizationId
      ? inArray(
          events.id,
          qb
            .select({ eventId: eventOrganizers.eventId })
            .from(eventOrganizers)
            .where(eq(eventOrganizers.organizationId, query.organizationId)),
        )
      : undefined,
    query.from ? gte(events.endsOn, query.from) : undefined,
    query.to ? lte(events.startsOn, query.to) : undefined,
    notArchived,
    query.archived === "only" ? isNotNull(events.archivedAt) : undefined,
  ];
  const where = and(...conditions);
  const rows = await selectBase(db)
    .where(where)
    .orderBy(
      ordered(sortColumns[query.sort], query.order, query.sort === "title"),
      ordered(events.startsOn, query.order, false),
      events.id,
    )
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  const ids = rows.map((row) => row.id);
  const links = await selectEventLinks(db, ids, actor);
  const attendance = await selectAttendance(db, ids);
  // No window count over every match (see selectPeople); the whole list's total is kept.
  const total = await pageTotal(rows.length, query.page, query.pageSize, async () => {
    if (isWholeList(conditions, notArchived)) return keptListTotal(db, "events");
    const [row] = await db.select({ n: count() }).from(events).where(where);
    return row?.n ?? 0;
  });
  return { items: rows.map((row) => toRecord(row, links.get(row.id), attendance.get(row.id))), total };
}

export async function selectEvent(db: DbOrTx, id: string, reader?: Actor): Promise<EventRecord | undefined> {
  const [row] = await selectBase(db).where(eq(events.id, id));
  if (!row) return undefined;
  const links = await selectEventLinks(db, [id], reader);
  const attendance = await selectAttendance(db, [id]);
  return toRecord(row, links.get(id), attendance.get(id));
}

/** The links of one event, and with them the facts its policies need (for write paths). */
export async function selectEventLinksOf(db: DbOrTx, id: string, reader?: Actor): Promise<EventLinks> {
  const links = await selectEventLinks(db, [id], reader);
  return links.get(id) ?? noLinks();
}

/** The ids among `ids` that have no row in `table`. */
async function findUnknownIds(
  db: DbOrTx,
  table: AnyPgTable,
  idColumn: AnyColumn,
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: sql<string>`${idColumn}` })
    .from(table)
    .where(inArray(idColumn, ids));
  const known = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

export const unknownProjectIds = (db: DbOrTx, ids: string[]) =>
  findUnknownIds(db, projects, projects.id, ids);
export const unknownOrganizationIds = (db: DbOrTx, ids: string[]) =>
  findUnknownIds(db, organizations, organizations.id, ids);
export const unknownFrameworkNodeIds = (db: DbOrTx, ids: string[]) =>
  findUnknownIds(db, frameworkNodes, frameworkNodes.id, ids);

/** An event as stored (the audit log's before → after). */
export type EventRow = typeof events.$inferSelect;
export type EventRowValues = Omit<typeof events.$inferInsert, "id" | "createdAt" | "updatedAt">;

/** Events are archived, never deleted. */
export const eventRecord = archivable(events);

export const lockEvent = (tx: DbOrTx, id: string) => lockById(tx, events, id);

export async function eventExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.id, id));
  return row !== undefined;
}

export async function insertEventRow(tx: DbOrTx, values: EventRowValues): Promise<EventRow> {
  const [row] = await tx.insert(events).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateEventRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<EventRowValues>,
): Promise<EventRow | undefined> {
  const [row] = await tx
    .update(events)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(events.id, id))
    .returning();
  return row;
}

export const replaceEventOrganizers = (tx: DbOrTx, eventId: string, organizerIds: string[]) =>
  replaceLinks(
    tx,
    eventOrganizers,
    eventOrganizers.eventId,
    eventId,
    organizerIds.map((organizationId) => ({ eventId, organizationId })),
  );

export const replaceEventFrameworkNodes = (tx: DbOrTx, eventId: string, frameworkNodeIds: string[]) =>
  replaceLinks(
    tx,
    eventFrameworkNodes,
    eventFrameworkNodes.eventId,
    eventId,
    frameworkNodeIds.map((frameworkNodeId) => ({ eventId, frameworkNodeId })),
  );
