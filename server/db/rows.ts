/**
 * Row helpers every queries file shares: lock a row by id, archive or restore it, replace an
 * entity's link rows, and drop the fields a partial update leaves out. They take tables, so
 * queries files call them; services reach them through what their queries file exports (e.g. an
 * `archivable` record).
 */
import { eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "./client.js";

/** A table whose rows have a uuid `id`. */
export type TableWithId = PgTable & { id: PgColumn };
/** A table whose rows are archived (never deleted) and keep when they last changed. */
export type ArchivableTable = TableWithId & { archivedAt: PgColumn; updatedAt: PgColumn };

/** The row with this id, locked `for update` until the transaction ends; undefined when missing. */
export async function lockById<T extends TableWithId>(
  tx: DbOrTx,
  table: T,
  id: string,
): Promise<T["$inferSelect"] | undefined> {
  // biome-ignore lint/suspicious/noExplicitAny: drizzle's generic select over any table with an id
  const rows = await (tx as any).select().from(table).where(eq(table.id, id)).for("update");
  return rows[0] as T["$inferSelect"] | undefined;
}

/**
 * Archives the row (`archivedAt` = `at`) or restores it (`at` null); `updatedAt` is the
 * database's clock. Returns the row as it is after the change.
 */
export async function setArchived<T extends ArchivableTable>(
  tx: DbOrTx,
  table: T,
  id: string,
  at: Date | null,
): Promise<T["$inferSelect"]> {
  const rows = await tx
    .update(table)
    // biome-ignore lint/suspicious/noExplicitAny: the two columns exist on every archivable table
    .set({ archivedAt: at, updatedAt: sql`now()` } as any)
    .where(eq(table.id, id))
    .returning();
  return (rows as T["$inferSelect"][])[0] as T["$inferSelect"];
}

/** Locking and archiving bound to one table: a queries file exports one for its resource. */
export interface ArchivableRecord<Row> {
  lock(tx: DbOrTx, id: string): Promise<Row | undefined>;
  setArchived(tx: DbOrTx, id: string, at: Date | null): Promise<Row>;
}

/** e.g. `export const planRecord = archivable(plans);` in plans.queries.ts. */
export const archivable = <T extends ArchivableTable>(table: T): ArchivableRecord<T["$inferSelect"]> => ({
  lock: (tx, id) => lockById(tx, table, id),
  setArchived: (tx, id, at) => setArchived(tx, table, id, at),
});

/**
 * Replaces the link rows of one owner (an event's organisers, a project's implementers…): deletes
 * those of `ownerColumn = ownerId`, then inserts `rows` (none when empty).
 */
export async function replaceLinks<T extends PgTable>(
  tx: DbOrTx,
  table: T,
  ownerColumn: PgColumn,
  ownerId: string,
  rows: T["$inferInsert"][],
): Promise<void> {
  await tx.delete(table).where(eq(ownerColumn, ownerId));
  if (rows.length > 0) await tx.insert(table).values(rows);
}

/** A partial update without the fields it leaves out (`undefined`), so they stay as they are. */
export function definedOnly<T extends object>(patch: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/** A list of ids as one `uuid[]` parameter (`= any(…)`), however long the list. */
export const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;
