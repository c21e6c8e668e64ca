/**
 * Restoring an archive into an empty database: the archive is checked whole first (its seal, its
 * manifest, the schema version against this code's) before anything is written. Then the database
 * is migrated to the code's schema, the files are put back under their keys, and every table is
 * loaded with COPY in one transaction, in an order its foreign keys allow, with the app's own
 * triggers off: the kept figures (rollups, coverage, cascade traces …) are data of the snapshot and
 * come back as they were, not recounted. Sequences are moved past their largest number.
 */
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { migrateDatabase } from "../db/migrate.js";
import type { FileStore } from "../files/store.js";
import { ArchiveError, ArchiveReader, type Manifest, type TableRecord } from "./archive.js";
import {
  APP_SCHEMA,
  countOtherSessions,
  countRows,
  dropApplicationObjects,
  prepareSession,
  quoted,
  selectAppliedMigrations,
  selectForeignKeys,
  selectSequences,
  selectTables,
  setSequence,
  setUserTriggers,
  truncateTables,
} from "./backup.queries.js";
import { copyIn } from "./copy.js";
import { RowDigest } from "./digest.js";
import { loadOrder } from "./order.js";
import {
  codeSchemaVersion,
  describeVersion,
  type SchemaVersion,
  sameSchema,
  schemaVersionOf,
} from "./schema-version.js";

/** A restore that will not go ahead, with the reason for the operator. */
export class RestoreRefused extends Error {}

/** Opens and checks an archive; refuses one of another schema version than this code's. */
export async function checkArchive(path: string): Promise<ArchiveReader> {
  const reader = await ArchiveReader.open(path);
  const code = codeSchemaVersion();
  const archived = reader.manifest.schemaVersion;
  if (!sameSchema(archived, code)) throw new RestoreRefused(schemaMismatch(reader.manifest, code));
  return reader;
}

function schemaMismatch(manifest: Manifest, code: SchemaVersion): string {
  const archived = manifest.schemaVersion;
  const release = `a release whose last migration is ${archived.tag ?? archived.hash}`;
  const start = `this archive has schema ${describeVersion(archived)}, this release has ${describeVersion(code)}.`;
  return archived.createdAt < code.createdAt
    ? `${start} Migrations only go forward: restore it with ${release} (it was made by nap1325 ${manifest.appVersion}), then start this release on the restored database: its migrations bring the data forward.`
    : `${start} It comes from a newer release (it was made by nap1325 ${manifest.appVersion}): restore it with ${release}.`;
}

export interface RestoreOptions {
  /** The database to restore into; it exists, and holds nothing of ours unless `force`. */
  url: string;
  files: FileStore;
  /** Replace what the database holds: drop the application's objects first. */
  force: boolean;
  onProgress?: (line: string) => void;
}

export interface RestoreResult {
  schemaVersion: SchemaVersion;
  tables: number;
  rows: number;
  files: number;
  fileBytes: number;
  /** Files already in the store with the same content, left as they were. */
  filesPresent: number;
  /** What was dropped with --force. */
  replaced: { tables: number; rows: number } | null;
  /** Keys the snapshot's rows referred to that the source's store no longer had. */
  missingFiles: number;
}

export async function restoreBackup(reader: ArchiveReader, options: RestoreOptions): Promise<RestoreResult> {
  const { manifest } = reader;
  const progress = options.onProgress ?? (() => {});
  const client = new pg.Client({ connectionString: options.url, application_name: "nap1325 restore" });
  await client.connect();
  try {
    await prepareSession(client);
    const existing = await describeExisting(client);
    if (existing.rows > 0 && !options.force) {
      const listed = existing.nonEmpty.slice(0, 5).join(", ") + (existing.nonEmpty.length > 5 ? ", …" : "");
      throw new RestoreRefused(
        `the database is not empty: ${existing.nonEmpty.length} tables hold ${existing.rows} rows (${listed}). ` +
          "Restore into an empty database, or add --force to drop everything nap1325 keeps in it and replace it with the archive",
      );
    }
    const others = await countOtherSessions(client);
    if (others > 0) {
      throw new RestoreRefused(
        `${others} other sessions are connected to this database; stop the app (and anything else using it) before restoring`,
      );
    }
    await options.files.checkWritable();
    let replaced: RestoreResult["replaced"] = null;
    if (options.force && (existing.tables > 0 || existing.migrated)) {
      progress(
        `replacing: dropping nap1325's ${existing.tables} tables (${existing.rows} rows), its functions, its migrations' record and its job queue`,
      );
      await dropApplicationObjects(client);
      replaced = { tables: existing.tables, rows: existing.rows };
    }
    await migrateDatabase(options.url);
    const applied = schemaVersionOf((await selectAppliedMigrations(client)) ?? []);
    if (!applied || !sameSchema(applied, manifest.schemaVersion)) {
      throw new RestoreRefused(
        `the database's schema is ${applied ? describeVersion(applied) : "unknown"}, not the archive's ${describeVersion(manifest.schemaVersion)}; restore into an empty database, or add --force`,
      );
    }
    progress(`files: putting back ${manifest.files.length}`);
    const files = await restoreFiles(reader, options.files, options.force);
    progress(`tables: loading ${manifest.tables.length}`);
    const rows = await loadTables(client, reader);
    return {
      schemaVersion: manifest.schemaVersion,
      tables: manifest.tables.length,
      rows,
      files: manifest.files.length,
      fileBytes: manifest.files.reduce((total, file) => total + file.size, 0),
      filesPresent: files.present,
      replaced,
      missingFiles: manifest.missingFiles.length,
    };
  } finally {
    await client.end().catch(() => {});
  }
}

/** What the database holds now: the application's tables, their rows, and whether it was migrated. */
async function describeExisting(client: pg.Client) {
  const tables = await selectTables(client);
  const nonEmpty: string[] = [];
  let rows = 0;
  for (const table of tables) {
    const count = await countRows(client, table.schema, table.name);
    if (count > 0) nonEmpty.push(`${table.name}: ${count}`);
    rows += count;
  }
  const migrated = (await selectAppliedMigrations(client)) !== null;
  return { tables: tables.length, rows, nonEmpty, migrated };
}

/**
 * Puts every file back under its key, checking its bytes against the manifest. A file already
 * stored under the key with the same content (a second attempt) is left as it is.
 */
async function restoreFiles(reader: ArchiveReader, files: FileStore, force: boolean) {
  let present = 0;
  for (const record of reader.manifest.files) {
    if (await files.exists(record.key)) {
      if ((await hashOf(await files.open(record.key))) === record.sha256) {
        present++;
        continue;
      }
      if (!force) {
        throw new RestoreRefused(
          `the file store already holds a different file under key ${record.key}; use an empty file store, or add --force to replace it`,
        );
      }
      await files.remove(record.key);
    }
    const stored = await files.save(reader.read(record.entry), record.size, record.key);
    if (stored.sha256 !== record.sha256 || stored.sizeBytes !== record.size) {
      await files.remove(record.key);
      throw new ArchiveError(`the archive's copy of file ${record.key} does not match its manifest`);
    }
  }
  return { present };
}

async function hashOf(source: Readable): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of source) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Every table in one transaction: triggers off, emptied, loaded in foreign-key order, checked. */
async function loadTables(client: pg.Client, reader: ArchiveReader): Promise<number> {
  const { manifest } = reader;
  await client.query("begin");
  try {
    const target = new Map((await selectTables(client)).map((table) => [table.name, table]));
    for (const record of manifest.tables) {
      const columns = target.get(record.name)?.columns;
      if (record.schema !== APP_SCHEMA || columns?.join(",") !== record.columns.join(",")) {
        throw new RestoreRefused(`the table ${record.name} of the archive does not match the database's`);
      }
    }
    const ordered = loadOrder(manifest.tables, await selectForeignKeys(client));
    for (const record of ordered) await setUserTriggers(client, record.name, false);
    // Migrations make empty tables; should one ever add rows, the snapshot has them too.
    await truncateTables(
      client,
      ordered.map((record) => record.name),
    );
    let rows = 0;
    for (const record of ordered) {
      const columns = record.columns.map((column) => pg.escapeIdentifier(column)).join(", ");
      const loaded = await copyIn(
        client,
        `copy ${quoted(APP_SCHEMA, record.name)} (${columns}) from stdin`,
        checkedRows(reader, record),
      );
      const counted = await countRows(client, APP_SCHEMA, record.name);
      if (loaded !== record.rows || counted !== record.rows) {
        throw new ArchiveError(`${record.name}: ${counted} rows loaded, the archive has ${record.rows}`);
      }
      rows += loaded;
    }
    for (const record of ordered) await setUserTriggers(client, record.name, true);
    const states = new Map(manifest.sequences.map((sequence) => [sequence.name, sequence]));
    for (const sequence of await selectSequences(client)) {
      await setSequence(client, sequence, states.get(sequence.name) ?? { lastValue: "1", isCalled: false });
    }
    await client.query("commit");
    return rows;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  }
}

/** A table's rows from the archive, unzipped; fails at the end unless they match the manifest. */
async function* checkedRows(reader: ArchiveReader, record: TableRecord): AsyncGenerator<Buffer> {
  const source = reader.read(record.entry);
  const gunzip = createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  const digest = new RowDigest();
  for await (const chunk of source.pipe(gunzip) as AsyncIterable<Buffer>) {
    digest.update(chunk);
    yield chunk;
  }
  const result = digest.digest();
  if (
    result.rows !== record.rows ||
    result.sha256 !== record.sha256 ||
    result.contentChecksum !== record.contentChecksum
  ) {
    throw new ArchiveError(`the archive's data of ${record.name} does not match its manifest`);
  }
}
