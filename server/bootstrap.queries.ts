/** The SQL of starting the app: the embedded server's database and the first administrator. */
import { eq } from "drizzle-orm";
import type pg from "pg";
import type { Db } from "./db/client.js";
import { users } from "./db/schema.js";

/** Creates the database `name` on a connected server unless it exists. */
export async function createDatabaseIfMissing(client: pg.Client, name: string): Promise<void> {
  const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
  if (!rowCount) await client.query(`create database ${name} encoding 'UTF8' template template0`);
}

/** Whether any user is an administrator. */
export async function hasAdministrator(db: Db): Promise<boolean> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.role, "administrator"))
    .limit(1);
  return Boolean(existing);
}
