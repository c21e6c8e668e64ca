import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { DbOrTx } from "../../db/client.js";
import { migrationsFolder } from "../../db/migrate.js";
import type { FileStore } from "../../files/store.js";
import type { Drain } from "./drain.js";
import { pingDatabase, selectAppliedMigrations } from "./health.queries.js";

/** The app is up and its database answers; `now` is the server's time. */
export async function checkHealth(db: DbOrTx, now: Date) {
  await pingDatabase(db);
  return { status: "ok" as const, database: "ok" as const, time: now.toISOString() };
}

export interface ReadinessChecks {
  database: "ok" | "unreachable";
  /**
   * `behind`: the database lacks migrations this code has (they have not run yet); `ahead`: it has
   * migrations this code does not know (a newer version migrated it); `unknown`: no database.
   */
  migrations: "ok" | "behind" | "ahead" | "unknown";
  files: "ok" | "not_writable";
}

export type Readiness =
  | { status: "ready"; checks: ReadinessChecks }
  | { status: "not_ready"; checks: ReadinessChecks }
  | { status: "draining" };

/**
 * A check that has not answered by then counts as failed: a load balancer must get an answer even
 * when the database server is unreachable and its connection attempt would hang.
 */
const checkDeadlineMs = 5000;

/** What the check answered, or null when it failed or did not answer in time. */
function withinDeadline<T>(check: Promise<T>): Promise<{ value: T } | null> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), checkDeadlineMs);
    timer.unref();
  });
  const outcome = check.then(
    (value) => ({ value }),
    () => null,
  );
  return Promise.race([outcome, deadline]).finally(() => clearTimeout(timer));
}

let codeMigrations: Promise<number[]> | undefined;

/** The migrations this code ships, from drizzle's journal (read once per process). */
function migrationsOfCode(): Promise<number[]> {
  codeMigrations ??= readFile(join(migrationsFolder, "meta", "_journal.json"), "utf8").then((text) => {
    const journal = JSON.parse(text) as { entries: { when: number }[] };
    return journal.entries.map((entry) => entry.when);
  });
  // A failed read is tried again at the next check rather than remembered.
  codeMigrations.catch(() => {
    codeMigrations = undefined;
  });
  return codeMigrations;
}

async function compareMigrations(db: DbOrTx): Promise<ReadinessChecks["migrations"]> {
  const [applied, code] = await Promise.all([selectAppliedMigrations(db), migrationsOfCode()]);
  const appliedSet = new Set(applied);
  const codeSet = new Set(code);
  if (code.some((when) => !appliedSet.has(when))) return "behind";
  if (applied.some((when) => !codeSet.has(when))) return "ahead";
  return "ok";
}

/** A reachable database is compared with the code's migrations; an unreachable one is not. */
async function checkDatabase(db: DbOrTx): Promise<Pick<ReadinessChecks, "database" | "migrations">> {
  if (!(await withinDeadline(pingDatabase(db)))) return { database: "unreachable", migrations: "unknown" };
  const migrations = await withinDeadline(compareMigrations(db));
  return { database: "ok", migrations: migrations?.value ?? "unknown" };
}

/**
 * Whether this process should be sent requests: its database answers with exactly the migrations
 * of this code, and its file store takes a file. A process that is shutting down is not ready,
 * whatever its checks say, and is not asked to run them.
 */
export async function checkReadiness(deps: {
  db: DbOrTx;
  files: FileStore;
  drain: Drain;
}): Promise<Readiness> {
  if (deps.drain.isDraining) return { status: "draining" };
  const [database, files] = await Promise.all([
    checkDatabase(deps.db),
    withinDeadline(deps.files.checkWritable()),
  ]);
  const checks: ReadinessChecks = { ...database, files: files ? "ok" : "not_writable" };
  const isReady = checks.database === "ok" && checks.migrations === "ok" && checks.files === "ok";
  // Draining may have begun while the checks ran.
  if (deps.drain.isDraining) return { status: "draining" };
  return isReady ? { status: "ready", checks } : { status: "not_ready", checks };
}
