/**
 * Everything between "a PostgreSQL server is reachable" and "the app can serve": the database
 * exists, migrations ran, reference data and (optionally) the default dataset are loaded, and
 * there is an administrator.
 */
import pg from "pg";
import { loadDefaultData } from "../seed/load.js";
import { createDatabaseIfMissing, hasAdministrator } from "./bootstrap.queries.js";
import type { Config } from "./config.js";
import type { Db } from "./db/client.js";
import { type EmbeddedServer, startEmbeddedPostgres } from "./db/embedded.js";
import { migrateDatabase } from "./db/migrate.js";
import { ensureCategorySets } from "./modules/indicators/category-sets.load.js";
import { ensureJurisdictions } from "./modules/jurisdictions/jurisdictions.load.js";
import { createUser } from "./modules/users/users.service.js";

export const EMBEDDED_DATABASE = "nap1325";

/**
 * The app's database, migrated: the server in DATABASE_URL, or the embedded server started on
 * DATA_DIR (then `embedded` is that server, to stop when done). The app and the operator commands
 * start it the same way; a command run beside the app uses the app's running server
 * (`whenRunning: "reuse"`) instead of restarting it.
 */
export async function startServerDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir" | "embedded">,
  options: { whenRunning?: "restart" | "reuse" } = {},
): Promise<{ url: string; embedded: EmbeddedServer | null }> {
  if (config.databaseUrl) {
    await migrateDatabase(config.databaseUrl);
    return { url: config.databaseUrl, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, ...config.embedded, ...options });
  try {
    const url = await ensureDatabase(embedded.url);
    await migrateDatabase(url);
    return { url, embedded };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/** On the embedded server the app owns the cluster and makes its own database. */
export async function ensureDatabase(serverUrl: string, name = EMBEDDED_DATABASE): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await createDatabaseIfMissing(client, name);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export type AdminOutcome =
  | { kind: "existing" }
  | { kind: "created"; email: string; generatedPassword: string | null };

/**
 * The first administrator: from ADMIN_EMAIL/ADMIN_PASSWORD when both are set, otherwise with a
 * generated password that is shown once and stored only as an argon2id hash.
 */
export async function ensureAdministrator(
  db: Db,
  admin: { email: string; password: string } | null,
  fallbackEmail: string,
): Promise<AdminOutcome> {
  if (await hasAdministrator(db)) return { kind: "existing" };
  const { user, generatedPassword } = await createUser(db, null, {
    email: admin?.email ?? fallbackEmail,
    displayName: "Administrator",
    role: "administrator",
    organizationId: null,
    personId: null,
    locale: "bs",
    password: admin?.password,
  });
  return { kind: "created", email: user.email, generatedPassword };
}

export { loadDefaultData };

/** Any number, fixed, other than the migrations' lock. */
const STARTUP_LOCK = 1325_0002;

/**
 * Runs `work` while no other process of this database runs its own: the steps of start-up that
 * write (the reference data, the first administrator, the job queue's tables and schedules) would
 * otherwise race between processes started together — two administrators, or a deadlock. The
 * lock is held on a connection of its own, so `work` may use the pool.
 */
export async function withStartupLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [STARTUP_LOCK]);
    return await work();
  } finally {
    await client.query("select pg_advisory_unlock($1)", [STARTUP_LOCK]).catch(() => {});
    await client.end();
  }
}

/** The reference data, the default dataset (when asked) and the first administrator. */
export async function prepareData(db: Db, config: Pick<Config, "loadDemoData" | "admin" | "adminEmail">) {
  await ensureJurisdictions(db);
  await ensureCategorySets(db);
  const loaded = config.loadDemoData ? await loadDefaultData(db) : null;
  const admin = await ensureAdministrator(db, config.admin, config.adminEmail);
  return { loaded, admin };
}

/**
 * Why start-up failed, for the terminal: a failed query's own message (e.g. a constraint's name),
 * never the statement and its values, which may hold personal data.
 */
export function startupFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message.startsWith("Failed query:") && error.cause instanceof Error) return error.cause.message;
  return error.message;
}
