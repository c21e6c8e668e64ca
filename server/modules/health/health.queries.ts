import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";

/** Answers when the database does; throws when it cannot be reached. */
export async function pingDatabase(db: DbOrTx): Promise<void> {
  await db.execute(sql`select 1`);
}

/**
 * The migrations the database has applied, by the journal time (`when`) drizzle records for each
 * in `drizzle.__drizzle_migrations`; none when that table does not exist yet.
 */
export async function selectAppliedMigrations(db: DbOrTx): Promise<number[]> {
  const table = await db.execute<{ present: boolean }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (table.rows[0]?.present !== true) return [];
  const applied = await db.execute<{ created_at: string | number | null }>(
    sql`select created_at from drizzle.__drizzle_migrations`,
  );
  return applied.rows.flatMap((row) => (row.created_at === null ? [] : [Number(row.created_at)]));
}
