import { and, count, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Stored } from "../../../common/schemas/abilities.js";
import { MAX_PAGE_SIZE } from "../../../common/schemas/common.js";
import type { Person, PersonListQuery } from "../../../common/schemas/people.js";
import { insertRowsReturning } from "../../db/bulk.js";
import type { DbOrTx } from "../../db/client.js";
import { isWholeList, keptListTotal } from "../../db/list-totals.js";
import { archivable, lockById } from "../../db/rows.js";
import { organizations, people } from "../../db/schema.js";
import { matchesSearch, ordered, pageOffset, pageTotal, sortable } from "../../db/sql.js";
import type { Actor } from "../../http/actor.js";
import type { PersonFacts } from "./people.policy.js";
import { peopleScope, seenThroughEvents } from "./people.scope.queries.js";

/** A person as stored (the audit log's before → after). */
export type PersonRow = typeof people.$inferSelect;
export type PersonRowValues = Omit<typeof people.$inferInsert, "id" | "createdAt" | "updatedAt">;

/** People are archived, never deleted. */
export const personRecord = archivable(people);

const columns = {
  id: people.id,
  givenName: people.givenName,
  familyName: people.familyName,
  sex: people.sex,
  organizationId: people.organizationId,
  organizationName: organizations.name,
  registeredByOrganizationId: people.registeredByOrganizationId,
  position: people.position,
  rank: people.rank,
  isDecisionMaker: people.isDecisionMaker,
  email: people.email,
  phone: people.phone,
  birthYear: people.birthYear,
  hasConsented: people.hasConsented,
  consentedOn: people.consentedOn,
  isDemo: people.isDemo,
  archivedAt: people.archivedAt,
  mergedIntoId: people.mergedIntoId,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
};

const selectBase = (db: DbOrTx, extra: { isSeenThroughEvents: SQL<boolean>; matches?: SQL<number> }) =>
  db
    .select({ ...columns, ...extra })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

/** The person with personal data filled in; the service removes it for readers who may not see it. */
const toPerson = (row: Row): Stored<Person> => ({
  id: row.id,
  givenName: row.givenName,
  familyName: row.familyName,
  sex: row.sex as Person["sex"],
  organizationId: row.organizationId,
  organizationName: row.organizationName,
  position: row.position,
  rank: row.rank,
  isDecisionMaker: row.isDecisionMaker,
  isDemo: row.isDemo,
  isArchived: row.archivedAt !== null,
  mergedIntoId: row.mergedIntoId,
  personal: {
    email: row.email,
    phone: row.phone,
    birthYear: row.birthYear,
    hasConsented: row.hasConsented,
    consentedOn: row.consentedOn,
  },
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const toFacts = (row: Row): PersonFacts => ({
  organizationId: row.organizationId,
  registeredByOrganizationId: row.registeredByOrganizationId,
  isSeenThroughEvents: row.isSeenThroughEvents,
  isArchived: row.archivedAt !== null,
  isMerged: row.mergedIntoId !== null,
});

const sortColumns = {
  familyName: [people.familyName, people.givenName],
  givenName: [people.givenName, people.familyName],
  organization: [organizations.name, people.familyName],
  updatedAt: [people.updatedAt],
};

const seenColumn = (actor: Actor) => {
  const seen = seenThroughEvents(actor, people.id);
  return seen ? sql<boolean>`${seen}` : sql<boolean>`true`;
};

/** Where a continuing page starts: the last person of the page before. */
export type PersonKey = Pick<Person, "id" | "familyName" | "givenName">;

/**
 * After `key` in a name order read from the name index (ascending, ties by id), as one row
 * comparison the index answers; undefined for an order it cannot continue (descending, by
 * organisation or by date), which then skips its pages.
 */
function afterKey(query: PersonListQuery, key: PersonKey | undefined): SQL | undefined {
  if (!key || query.order !== "asc") return undefined;
  const text = (value: string) => sql`${value}::text collate "bs-x-icu"`;
  if (query.sort === "familyName") {
    return sql`(${sortable(people.familyName)}, ${sortable(people.givenName)}, ${people.id}) > (${text(key.familyName)}, ${text(key.givenName)}, ${key.id}::uuid)`;
  }
  if (query.sort === "givenName") {
    return sql`(${sortable(people.givenName)}, ${sortable(people.familyName)}, ${people.id}) > (${text(key.givenName)}, ${text(key.familyName)}, ${key.id}::uuid)`;
  }
  return undefined;
}

export async function selectPeople(db: DbOrTx, actor: Actor, query: PersonListQuery, after?: PersonKey) {
  const notArchived = query.archived === "exclude" ? isNull(people.archivedAt) : undefined;
  // The reader's scope first (`scope` below).
  const conditions: (SQL | undefined)[] = [
    peopleScope(actor),
    matchesSearch(people.searchText, query.q),
    query.sex ? eq(people.sex, query.sex) : undefined,
    query.organizationId ? eq(people.organizationId, query.organizationId) : undefined,
    notArchived,
    query.archived === "only" ? isNotNull(people.archivedAt) : undefined,
    // Merged records are aliases of their survivor, never listed (archived, so "exclude" drops them).
    query.archived === "exclude" ? undefined : isNull(people.mergedIntoId),
  ];
  const isText = query.sort !== "updatedAt";
  const where = and(...conditions);
  const [scope, search] = conditions;
  const continued = afterKey(query, after);
  // How the page is read. The name index in order, until the page is full ("walk"): the whole
  // registry lies densely along it. A set found first, then sorted: the matches of a search
  // (through the trigram index) or a reader's scope — those may lie together far down the index (a
  // family name's matches do), which PostgreSQL cannot know, and a walk would then read most of the
  // registry to fill one page. `|| ''` leaves the sort order as it is and only keeps the planner off
  // the index's order. Sorting every row anyway, such a page counts them in the same pass (a window
  // count). An export's batches walk, each continuing where the one before stopped: one pass.
  const isSorted =
    (search !== undefined || scope !== undefined) && isText && query.pageSize <= MAX_PAGE_SIZE && !continued;
  const sortKey = (column: (typeof sortColumns)[keyof typeof sortColumns][number]) =>
    isSorted ? sql`(${column} || '')` : column;
  const rows = await selectBase(db, {
    isSeenThroughEvents: sql<boolean>`false`,
    matches: isSorted ? sql<number>`count(*) over ()`.mapWith(Number) : sql<number>`null`,
  })
    .where(continued ? and(where, continued) : where)
    .orderBy(
      ...sortColumns[query.sort].map((column) => ordered(sortKey(column), query.order, isText)),
      people.id,
    )
    .limit(query.pageSize)
    .offset(continued ? 0 : pageOffset(query.page, query.pageSize));
  const items = rows.map((row) => ({ person: toPerson(row), facts: toFacts(row) }));
  if (continued) return { items, total: rows.length };
  if (isSorted && rows[0]?.matches != null) return { items, total: rows[0].matches };
  // Otherwise the total comes from the page when it tells, else from the kept total of the whole
  // list, else from a count (no window count: a walk reads only up to its page).
  const total = await pageTotal(rows.length, query.page, query.pageSize, async () => {
    if (isWholeList(conditions, notArchived)) return keptListTotal(db, "people");
    const [row] = await db.select({ n: count() }).from(people).where(where);
    return row?.n ?? 0;
  });
  return { items, total };
}

/** One person and what the policy needs to decide whether this actor may see them. */
export async function selectPerson(
  db: DbOrTx,
  actor: Actor,
  id: string,
): Promise<{ person: Stored<Person>; facts: PersonFacts } | undefined> {
  const [row] = await selectBase(db, { isSeenThroughEvents: seenColumn(actor) }).where(eq(people.id, id));
  return row ? { person: toPerson(row), facts: toFacts(row) } : undefined;
}

export async function organizationExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return row !== undefined;
}

/** How many of these organisations exist. */
export async function countOrganizations(db: DbOrTx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(organizations)
    .where(inArray(organizations.id, [...ids]));
  return row?.n ?? 0;
}

/** Inserts people, as many as given in one statement (the caller keeps batches small enough). */
/** Registers many people in one statement per 5,000 (ids chosen by the caller); the rows as stored, in order. */
export const insertPersonRows = (tx: DbOrTx, values: readonly (PersonRowValues & { id: string })[]) =>
  insertRowsReturning(tx, people, values);

export async function insertPersonRow(tx: DbOrTx, values: PersonRowValues): Promise<PersonRow> {
  const [row] = await tx.insert(people).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export const lockPerson = (tx: DbOrTx, id: string) => lockById(tx, people, id);

export async function updatePersonRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<PersonRowValues>,
): Promise<PersonRow | undefined> {
  const [row] = await tx
    .update(people)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(people.id, id))
    .returning();
  return row;
}
