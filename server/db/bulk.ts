/**
 * Many rows in one statement with one parameter: the rows as a JSON array that PostgreSQL reads
 * with `jsonb_to_recordset`. Drizzle's `values([...])` builds a parameter per cell (10,000 people
 * are 150,000 parameters, split into statements of a thousand rows) and spends most of an
 * import's commit building them; one JSON text costs a `JSON.stringify`. The rows are those
 * `values()` would take: each value goes through its column's driver mapping, json and jsonb
 * values stay objects inside the document. Every row must name the same columns (a row without a
 * column would store null there, not the column's default).
 */
import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "./client.js";
import { type TableWithId, uuidArray } from "./rows.js";

/** Rows per statement: a document of a few megabytes at most. */
const rowsPerStatement = 5000;

const isJson = (column: PgColumn) => ["json", "jsonb"].includes(column.getSQLType());

/** Inserts the rows, in statements of up to 5,000; nothing is returned (read the rows back by id). */
export async function insertRowsAsJson<T extends PgTable>(
  tx: DbOrTx,
  table: T,
  rows: readonly T["$inferInsert"][],
): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const byKey = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(first).filter((key) => byKey[key] !== undefined);
  for (const row of rows) {
    const named = Object.keys(row).filter((key) => byKey[key] !== undefined);
    if (named.length !== keys.length || named.some((key) => !keys.includes(key)))
      throw new Error(`rows for ${getTableName(table)} name different columns`);
  }
  const columns = keys.map((key) => byKey[key] as PgColumn);
  const names = sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
  const definitions = sql.raw(
    columns.map((column) => `"${column.name.replace(/"/g, '""')}" ${column.getSQLType()}`).join(", "),
  );
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const document = rows.slice(start, start + rowsPerStatement).map((row) => {
      const values: Record<string, unknown> = {};
      for (const [index, key] of keys.entries()) {
        const column = columns[index] as PgColumn;
        const value = (row as Record<string, unknown>)[key];
        values[column.name] =
          value === null || value === undefined || isJson(column)
            ? (value ?? null)
            : column.mapToDriverValue(value);
      }
      return values;
    });
    await tx.execute(sql`
      insert into ${table} (${names})
      select ${names} from jsonb_to_recordset(${JSON.stringify(document)}::jsonb) as rows(${definitions})`);
  }
}

/**
 * Inserts the rows (each with the id the caller chose) as {@link insertRowsAsJson} does, then
 * answers them as stored — defaults, generated columns and all — in the order given.
 */
export async function insertRowsReturning<T extends TableWithId>(
  tx: DbOrTx,
  table: T,
  rows: readonly (T["$inferInsert"] & { id: string })[],
): Promise<T["$inferSelect"][]> {
  if (rows.length === 0) return [];
  await insertRowsAsJson(tx, table, rows);
  const ids = rows.map((row) => row.id);
  // biome-ignore lint/suspicious/noExplicitAny: drizzle's generic select over any table with an id
  const stored: T["$inferSelect"][] = await (tx as any)
    .select()
    .from(table)
    .where(sql`${table.id} = any(${uuidArray(ids)})`);
  const byId = new Map(stored.map((row) => [(row as { id: string }).id, row]));
  return ids.map((id) => byId.get(id) as T["$inferSelect"]);
}
