/**
 * The schema version: the last migration applied, named by its tag and identified by the hash and
 * time drizzle records for it in `drizzle.__drizzle_migrations` (the SHA-256 of the migration's SQL
 * file and the journal's `when`). The code's version is read from the migrations folder the same way.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { migrationsFolder } from "../db/migrate.js";

export const SchemaVersion = z.object({
  /** The migration's file name without `.sql`; null when this code does not know the migration. */
  tag: z.string().nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.number().int(),
  /** How many migrations the database has. */
  migrations: z.number().int().min(0),
});
export type SchemaVersion = z.infer<typeof SchemaVersion>;

interface CodeMigration {
  tag: string;
  hash: string;
  createdAt: number;
}

const Journal = z.object({ entries: z.array(z.object({ tag: z.string(), when: z.number().int() })) });

/** The migrations of this code, oldest first. */
export function codeMigrations(folder = migrationsFolder): CodeMigration[] {
  const journal = Journal.parse(JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")));
  return journal.entries.map((entry) => ({
    tag: entry.tag,
    hash: createHash("sha256")
      .update(readFileSync(join(folder, `${entry.tag}.sql`), "utf8"))
      .digest("hex"),
    createdAt: entry.when,
  }));
}

export function codeSchemaVersion(folder = migrationsFolder): SchemaVersion {
  const migrations = codeMigrations(folder);
  const last = migrations.at(-1);
  if (!last) throw new Error("this code has no migrations");
  return { tag: last.tag, hash: last.hash, createdAt: last.createdAt, migrations: migrations.length };
}

/** A database's version from its applied migrations, with the tag when this code knows it. */
export function schemaVersionOf(applied: { hash: string; createdAt: number }[]): SchemaVersion | null {
  const last = applied.at(-1);
  if (!last) return null;
  const known = codeMigrations().find((migration) => migration.hash === last.hash);
  return { tag: known?.tag ?? null, hash: last.hash, createdAt: last.createdAt, migrations: applied.length };
}

export const sameSchema = (a: SchemaVersion, b: SchemaVersion) =>
  a.hash === b.hash && a.createdAt === b.createdAt && a.migrations === b.migrations;

export const describeVersion = (version: SchemaVersion) =>
  `${version.tag ?? "an unknown migration"} (migration ${version.migrations}, ${version.hash.slice(0, 12)})`;
