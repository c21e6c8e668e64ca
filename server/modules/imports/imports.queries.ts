/** SQL of imports: the import rows, the remembered mappings, and the registry an import is matched against. */
import { and, count, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type {
  ImportKind,
  ImportListQuery,
  ImportProgress,
  ImportRecord,
} from "../../../common/schemas/imports.js";
import { emptyImportCounts } from "../../../common/schemas/imports.js";
import type { DbOrTx } from "../../db/client.js";
import { uuidArray } from "../../db/rows.js";
import {
  events,
  importMappings,
  imports,
  jurisdictions,
  organizations,
  participations,
  people,
  users,
} from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import { eventsWithReadableParticipants } from "../events/events.scope.queries.js";
import { peopleScope } from "../people/people.scope.queries.js";

export type ImportRow = typeof imports.$inferSelect;

/** An import as recorded; the service adds what the reader may do with it. */
export type StoredImportRecord = Omit<ImportRecord, "abilities">;

/** A commit whose progress has not moved for this long was cut off (its transaction wrote nothing). */
const commitStaleAfter = sql.raw(`interval '2 minutes'`);

/** Whether a committing import's progress stopped moving, by the database's clock. */
const commitStale = sql<boolean>`(${imports.status} = 'committing'
  and (${imports.progress} ->> 'updatedAt')::timestamptz < now() - ${commitStaleAfter})`;

const recordColumns = {
  row: imports,
  eventTitle: events.title,
  createdByName: users.displayName,
  stale: commitStale,
};

/** A commit that was cut off reads as not committed, with why. */
const interrupted = {
  code: "CONFLICT",
  message: "The commit was cut off",
  reason: "import_commit_interrupted",
};

function toRecord(found: {
  row: ImportRow;
  eventTitle: string | null;
  createdByName: string | null;
  stale: boolean | null;
}) {
  const { row } = found;
  const stale = found.stale === true;
  const record: StoredImportRecord = {
    id: row.id,
    kind: row.kind as ImportKind,
    status: stale ? "previewed" : (row.status as ImportRecord["status"]),
    eventId: row.eventId,
    eventTitle: found.eventTitle,
    organizationId: row.organizationId,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    createdBy: row.createdBy,
    createdByName: found.createdByName,
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt ? row.committedAt.toISOString() : null,
    counts: { ...emptyImportCounts, ...row.counts },
    progress: stale ? null : ((row.progress as ImportProgress | null) ?? null),
    commitError: stale ? interrupted : ((row.commitError as ImportRecord["commitError"]) ?? null),
  };
  return record;
}

/** Mirrors `importPolicy(actor, "read", facts)`: `undefined` means every import. */
export function readableImports(actor: Actor): SQL | undefined {
  if (isStaff(actor)) return undefined;
  const throughEvents = eventsWithReadableParticipants(actor, imports.eventId);
  return or(eq(imports.createdBy, actor.userId), throughEvents ?? sql`true`);
}

/** Whether the event exists. */
export async function eventExists(db: DbOrTx, eventId: string): Promise<boolean> {
  const [event] = await db.select({ id: events.id }).from(events).where(eq(events.id, eventId));
  return Boolean(event);
}

export async function insertImportRow(tx: DbOrTx, values: typeof imports.$inferInsert): Promise<ImportRow> {
  const [inserted] = await tx.insert(imports).values(values).returning();
  if (!inserted) throw new Error("import row not written");
  return inserted;
}

/** Changes the import row; the row as it is after the change, undefined when missing. */
export async function updateImportRow(
  tx: DbOrTx,
  id: string,
  changes: Pick<typeof imports.$inferInsert, "reading" | "counts">,
): Promise<ImportRow | undefined> {
  const [after] = await tx.update(imports).set(changes).where(eq(imports.id, id)).returning();
  return after;
}

/** Marks the import committed now, with its final counts and reading. */
export async function commitImportRow(
  tx: DbOrTx,
  id: string,
  changes: Pick<typeof imports.$inferInsert, "reading" | "counts">,
): Promise<ImportRow | undefined> {
  const [after] = await tx
    .update(imports)
    .set({ ...changes, status: "committed", committedAt: sql`now()`, progress: null, commitError: null })
    .where(eq(imports.id, id))
    .returning();
  return after;
}

/** The progress as stored: the counts so far, stamped with the database's clock. */
const stamped = (progress: Omit<ImportProgress, "startedAt" | "updatedAt">, started: SQL) =>
  sql`${JSON.stringify(progress)}::jsonb || jsonb_build_object('startedAt', ${started}, 'updatedAt', now())`;

/**
 * Claims the import for a commit: previewed, or committing with a progress that stopped moving (a
 * process that ended mid-commit). Atomic, so of two commits (on any process) one wins; the row as
 * it was before, or undefined when the import is not free to commit.
 */
export async function claimImportCommit(
  db: DbOrTx,
  id: string,
  progress: Omit<ImportProgress, "startedAt" | "updatedAt">,
): Promise<ImportRow | undefined> {
  const [claimed] = await db
    .update(imports)
    .set({ status: "committing", progress: stamped(progress, sql`now()`), commitError: null })
    .where(and(eq(imports.id, id), or(eq(imports.status, "previewed"), commitStale)))
    .returning();
  return claimed;
}

/** How far the commit has come; nothing once it has ended (committed, or failed). */
export async function updateImportProgress(
  db: DbOrTx,
  id: string,
  progress: Omit<ImportProgress, "startedAt" | "updatedAt">,
): Promise<void> {
  await db
    .update(imports)
    .set({ progress: stamped(progress, sql`${imports.progress} -> 'startedAt'`) })
    .where(and(eq(imports.id, id), eq(imports.status, "committing")));
}

/** A failed commit: the import is previewed again, with the error the commit met. */
export async function failImportCommit(
  db: DbOrTx,
  id: string,
  error: Record<string, unknown>,
): Promise<void> {
  await db
    .update(imports)
    .set({ status: "previewed", progress: null, commitError: error })
    .where(and(eq(imports.id, id), eq(imports.status, "committing")));
}

export async function selectImportRow(db: DbOrTx, id: string, forUpdate = false) {
  const query = db.select().from(imports).where(eq(imports.id, id));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

export async function selectImportRecord(db: DbOrTx, id: string): Promise<StoredImportRecord | undefined> {
  const [found] = await db
    .select(recordColumns)
    .from(imports)
    .leftJoin(events, eq(events.id, imports.eventId))
    .leftJoin(users, eq(users.id, imports.createdBy))
    .where(eq(imports.id, id));
  return found ? toRecord(found) : undefined;
}

export async function selectImportRecords(db: DbOrTx, actor: Actor, query: ImportListQuery) {
  const where = and(
    readableImports(actor),
    query.kind ? eq(imports.kind, query.kind) : undefined,
    query.eventId ? eq(imports.eventId, query.eventId) : undefined,
  );
  const rows = await db
    .select({ ...recordColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(imports)
    .leftJoin(events, eq(events.id, imports.eventId))
    .leftJoin(users, eq(users.id, imports.createdBy))
    .where(where)
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  if (rows.length > 0 || query.page === 1) return { items: rows.map(toRecord), total: rows[0]?.total ?? 0 };
  const [counted] = await db.select({ total: count() }).from(imports).where(where);
  return { items: [], total: counted?.total ?? 0 };
}

/** The remembered mapping of an organisation (null: the agency), kind and header key. */
const rememberedFor = (organizationId: string | null, kind: ImportKind, headerKey: string) =>
  and(
    organizationId === null
      ? isNull(importMappings.organizationId)
      : eq(importMappings.organizationId, organizationId),
    eq(importMappings.kind, kind),
    eq(importMappings.headerKey, headerKey),
  );

/** The mapping remembered for an organisation (null: the agency), kind and header key. */
export async function selectRememberedMapping(
  db: DbOrTx,
  organizationId: string | null,
  kind: ImportKind,
  headerKey: string,
) {
  const [row] = await db
    .select()
    .from(importMappings)
    .where(rememberedFor(organizationId, kind, headerKey));
  return row;
}

/** The same, locked until the transaction ends. */
export async function lockRememberedMapping(
  tx: DbOrTx,
  organizationId: string | null,
  kind: ImportKind,
  headerKey: string,
) {
  const [row] = await tx
    .select()
    .from(importMappings)
    .where(rememberedFor(organizationId, kind, headerKey))
    .for("update");
  return row;
}

export async function updateRememberedMapping(
  tx: DbOrTx,
  id: string,
  mapping: Record<string, string | null>,
) {
  const [after] = await tx
    .update(importMappings)
    .set({ mapping, updatedAt: sql`now()` })
    .where(eq(importMappings.id, id))
    .returning();
  return after;
}

export async function insertRememberedMapping(tx: DbOrTx, values: typeof importMappings.$inferInsert) {
  const [created] = await tx.insert(importMappings).values(values).returning();
  return created;
}

/** A registered person as an import matches it. */
export interface RegistryPerson {
  id: string;
  givenName: string;
  familyName: string;
  /** `personKey(givenName, familyName)`, as the database keeps it (`people.name_key`). */
  nameKey: string;
  organizationId: string | null;
  organizationName: string | null;
}

/**
 * The people an import may match: not archived, and readable by the actor. A person merged into
 * another stays as an alias: its name is matched too, and leads to the person it was merged into.
 * Only what matching needs, without the ORM's row mapping: the whole readable registry is read for
 * each analysis (the rest of a person, for the few a people import changes: `selectPeopleDetails`).
 */
export async function selectRegistryPeople(db: DbOrTx, actor: Actor): Promise<RegistryPerson[]> {
  const readable = and(isNull(people.archivedAt), peopleScope(actor));
  const survivor = sql`${people.id} as id, ${people.organizationId} as "organizationId",
    ${organizations.name} as "organizationName"`;
  const current = await db.execute<RegistryPerson & Record<string, unknown>>(sql`
    select ${survivor}, ${people.givenName} as "givenName", ${people.familyName} as "familyName",
      ${people.nameKey} as "nameKey"
    from ${people} left join ${organizations} on ${organizations.id} = ${people.organizationId}
    where ${readable}`);
  const merged = alias(people, "merged");
  const aliases = await db.execute<RegistryPerson & Record<string, unknown>>(sql`
    select ${survivor}, ${merged.givenName} as "givenName", ${merged.familyName} as "familyName",
      ${merged.nameKey} as "nameKey"
    from ${people} as merged
    join ${people} on ${people.id} = ${merged.mergedIntoId}
    left join ${organizations} on ${organizations.id} = ${people.organizationId}
    where ${readable}`);
  return [...current.rows, ...aliases.rows];
}

/** What a people import may change of a registered person, and what its policy asks. */
export interface PersonDetails {
  id: string;
  sex: string;
  organizationId: string | null;
  registeredByOrganizationId: string | null;
  position: string | null;
  email: string | null;
  phone: string | null;
}

export async function selectPeopleDetails(db: DbOrTx, ids: readonly string[]): Promise<PersonDetails[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: people.id,
      sex: people.sex,
      organizationId: people.organizationId,
      registeredByOrganizationId: people.registeredByOrganizationId,
      position: people.position,
      email: people.email,
      phone: people.phone,
    })
    .from(people)
    .where(sql`${people.id} = any(${uuidArray(ids)})`);
}

export interface RegistryOrganisation {
  id: string;
  name: string;
  shortName: string | null;
}

/** Organisations not archived (organisations are public knowledge inside the platform). */
export async function selectRegistryOrganisations(db: DbOrTx): Promise<RegistryOrganisation[]> {
  return db
    .select({ id: organizations.id, name: organizations.name, shortName: organizations.shortName })
    .from(organizations)
    .where(isNull(organizations.archivedAt));
}

export interface RegistryMunicipality {
  id: string;
  kind: string;
  nameLatin: string;
  nameCyrillic: string;
}

/** Municipalities and Brčko District: the places a list names. */
export async function selectMunicipalities(db: DbOrTx): Promise<RegistryMunicipality[]> {
  return db
    .select({
      id: jurisdictions.id,
      kind: jurisdictions.kind,
      nameLatin: jurisdictions.nameLatin,
      nameCyrillic: jurisdictions.nameCyrillic,
    })
    .from(jurisdictions)
    .where(inArray(jurisdictions.kind, ["municipality", "district"]));
}

export type ParticipationRow = typeof participations.$inferSelect;

/** The participations of an event, locked: an attendance import updates or adds to them. */
export async function selectEventParticipations(db: DbOrTx, eventId: string): Promise<ParticipationRow[]> {
  return db.select().from(participations).where(eq(participations.eventId, eventId)).for("update");
}

/** The people already taking part in an event. */
export async function selectParticipantIds(db: DbOrTx, eventId: string): Promise<string[]> {
  const rows = await db
    .select({ personId: participations.personId })
    .from(participations)
    .where(eq(participations.eventId, eventId));
  return rows.map((row) => row.personId);
}

/** The test maximum most often recorded for an event's participants, or null. */
export async function selectEventScoreMaximum(db: DbOrTx, eventId: string): Promise<number | null> {
  const [found] = await db
    .select({ max: participations.testMaxScore, n: count() })
    .from(participations)
    .where(and(eq(participations.eventId, eventId), sql`${participations.testMaxScore} is not null`))
    .groupBy(participations.testMaxScore)
    .orderBy(desc(count()), desc(participations.testMaxScore))
    .limit(1);
  return found?.max == null ? null : Number(found.max);
}
