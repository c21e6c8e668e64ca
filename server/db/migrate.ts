import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "migrations");

/** Any number, fixed: serialises concurrent app processes migrating the same database. */
const MIGRATION_LOCK = 1325_0001;

/**
 * Applies the committed SQL migrations that the database does not have yet, all of them in one
 * transaction, under an advisory lock so that two starting processes do not race.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
