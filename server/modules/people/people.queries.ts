import { and, count, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Stored } from "../../../common/schemas/abilities.js";
import { MAX_PAGE_SIZE } from "../../../common/schemas/common.js";
import type { Person, PersonListQuery } from "../../../common/schemas/people.js";
import type { DbOrTx } from "../../db/client.js";
import { archivable, lockById } from "../../db/rows.js";
import { organizations, people } from "../../db/schema.js";
import { matchesSearch, ordered, pageOffset, pageTotal } from "../../db/sql.js";
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
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
};

const selectBase = (db: DbOrTx, extra: { isSeenThroughEvents: SQL<boolean> }) =>
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

export async function selectPeople(db: DbOrTx, actor: Actor, query: PersonListQuery) {
  const conditions: (SQL | undefined)[] = [
    peopleScope(actor),
    matchesSearch(people.searchText, query.q),
    query.sex ? eq(people.sex, query.sex) : undefined,
    query.organizationId ? eq(people.organizationId, query.organizationId) : undefined,
    query.archived === "exclude" ? isNull(people.archivedAt) : undefined,
    query.archived === "only" ? isNotNull(people.archivedAt) : undefined,
  ];
  const isText = query.sort !== "updatedAt";
  const where = and(...conditions);
  const search = matchesSearch(people.searchText, query.q);
  // A page of a search sorts its matches (found through the trigram index) instead of walking the
  // name index in order until the page is full: matches of a family name lie together far down
  // that index, which PostgreSQL cannot know, and the walk then reads most of the registry. `|| ''`
  // leaves the order as it is and only keeps the planner off the index's order. An export's large
  // batches keep the walk: they read most of what it passes anyway, and sorting every match again
  // for each batch would cost more.
  const isPage = query.pageSize <= MAX_PAGE_SIZE;
  const sortKey = (column: (typeof sortColumns)[keyof typeof sortColumns][number]) =>
    search && isText && isPage ? sql`(${column} || '')` : column;
  const rows = await selectBase(db, { isSeenThroughEvents: sql<boolean>`false` })
    .where(where)
    .orderBy(
      ...sortColumns[query.sort].map((column) => ordered(sortKey(column), query.order, isText)),
      people.id,
    )
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  // No window count: a sorted page then needs only its top rows, not every match (exports read
  // page after page); the total comes from the page when it tells, else from a narrow count.
  const total = await pageTotal(rows.length, query.page, query.pageSize, async () => {
    const [row] = await db.select({ n: count() }).from(people).where(where);
    return row?.n ?? 0;
  });
  return { items: rows.map((row) => ({ person: toPerson(row), facts: toFacts(row) })), total };
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
