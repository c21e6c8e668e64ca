/**
 * Making a backup of a running nap1325: one REPEATABLE READ, READ ONLY transaction reads every
 * table of the application's schema (one snapshot: the kept figures agree with the rows they were
 * counted from) and the migrations' record, with COPY streamed through a digest and gzip into the
 * archive. Then every file a row of that snapshot refers to is read from the file store; files are
 * never changed once written, so the snapshot's keys are enough while writes go on. Each table and
 * file passes through a spool file beside the archive first, because a tar header states the size
 * of what follows; so memory stays flat, and disk needs room for one more entry at most.
 */
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { mkdtemp, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import type { FileStore } from "../files/store.js";
import {
  ArchiveError,
  ArchiveWriter,
  type FileRecord,
  FORMAT_ENTRY,
  FORMAT_VERSION,
  fileEntry,
  formatEntryContent,
  type Manifest,
  type TableRecord,
  tableEntry,
} from "./archive.js";
import {
  APP_SCHEMA,
  MIGRATIONS_TABLE,
  prepareSession,
  quoted,
  selectAppliedMigrations,
  selectDistinct,
  selectForeignKeys,
  selectSequenceState,
  selectSequences,
  selectServerVersion,
  selectTables,
  type TableInfo,
} from "./backup.queries.js";
import { copyOut } from "./copy.js";
import { DigestStream } from "./digest.js";
import { loadOrder } from "./order.js";
import { codeSchemaVersion, type SchemaVersion, sameSchema, schemaVersionOf } from "./schema-version.js";

/** A column of this name holds a file store key (evidence files, the originals of imports). */
export const STORAGE_KEY_COLUMN = "storage_key";

export interface BackupOptions {
  /** The application's database. */
  url: string;
  files: FileStore;
  /** The archive to write; it must not exist yet. */
  out: string;
  createdAt: Date;
  appVersion: string;
  onProgress?: (line: string) => void;
}

export interface BackupResult {
  path: string;
  bytes: number;
  /** The SHA-256 of the archive file, as `sha256sum` shows it. */
  sha256: string;
  schemaVersion: SchemaVersion;
  /** Whether the database's schema is this code's (else it awaits an upgrade, or is newer). */
  schemaMatchesCode: boolean;
  tables: number;
  rows: number;
  files: number;
  fileBytes: number;
  missingFiles: number;
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const out = resolve(options.out);
  if (existsSync(out)) throw new ArchiveError(`${out} exists already; choose another name with --out`);
  if (!existsSync(dirname(out))) throw new ArchiveError(`the folder ${dirname(out)} does not exist`);
  const progress = options.onProgress ?? (() => {});
  // Written under another name and renamed at the end, so a file with the archive's name is
  // complete; a `.partial` left by an interrupted backup is replaced.
  const partial = `${out}.partial`;
  const writer = await ArchiveWriter.create(partial, options.createdAt);
  const spool = await mkdtemp(join(dirname(out), ".nap1325-backup-")).catch(async (error: unknown) => {
    await writer.abort();
    throw error;
  });
  const client = new pg.Client({ connectionString: options.url, application_name: "nap1325 backup" });
  try {
    await client.connect();
    await writer.addBuffer(FORMAT_ENTRY, formatEntryContent());
    const snapshot = await readSnapshot(client, writer, spool, progress);
    await client.end().catch(() => {});
    progress(`files: reading ${snapshot.fileKeys.length}`);
    const files = await copyFiles(options.files, snapshot.fileKeys, writer, spool);
    const manifest: Manifest = {
      format: "nap1325-backup",
      formatVersion: FORMAT_VERSION,
      appVersion: options.appVersion,
      createdAt: options.createdAt.toISOString(),
      postgresVersion: snapshot.postgresVersion,
      schemaVersion: snapshot.schemaVersion,
      tables: snapshot.tables,
      migrations: snapshot.migrations,
      sequences: snapshot.sequences,
      files: files.records,
      missingFiles: files.missing,
      excluded: snapshot.excluded,
    };
    const sealed = await writer.finish(manifest);
    await rename(partial, out);
    return {
      path: out,
      bytes: sealed.bytes,
      sha256: sealed.fileSha256,
      schemaVersion: snapshot.schemaVersion,
      schemaMatchesCode: sameSchema(snapshot.schemaVersion, codeSchemaVersion()),
      tables: snapshot.tables.length,
      rows: snapshot.tables.reduce((total, table) => total + table.rows, 0),
      files: files.records.length,
      fileBytes: files.records.reduce((total, file) => total + file.size, 0),
      missingFiles: files.missing.length,
    };
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    await client.end().catch(() => {});
    await rm(spool, { recursive: true, force: true });
  }
}

interface Snapshot {
  schemaVersion: SchemaVersion;
  postgresVersion: string;
  tables: TableRecord[];
  migrations: TableRecord;
  sequences: Manifest["sequences"];
  excluded: Manifest["excluded"];
  fileKeys: string[];
}

async function readSnapshot(
  client: pg.Client,
  writer: ArchiveWriter,
  spool: string,
  progress: (line: string) => void,
): Promise<Snapshot> {
  await prepareSession(client);
  await client.query("begin isolation level repeatable read, read only");
  try {
    // The first statement fixes the snapshot every later statement of the transaction reads.
    const applied = await selectAppliedMigrations(client);
    const schemaVersion = applied ? schemaVersionOf(applied) : null;
    if (!schemaVersion) throw new ArchiveError("this database has no nap1325 schema (it was never migrated)");
    const all = await selectTables(client);
    const [migrationsTable] = (await selectTables(client, MIGRATIONS_TABLE.schema)).filter(
      (table) => table.name === MIGRATIONS_TABLE.name,
    );
    if (!migrationsTable) throw new ArchiveError("this database has no record of its migrations");
    const kept = all.filter((table) => !table.unlogged);
    // As pg_dump does: no migration may change a table between the snapshot and its reading.
    const locked = [...kept, migrationsTable].map((table) => quoted(table.schema, table.name));
    await client.query(`lock table ${locked.join(", ")} in access share mode`);
    const ordered = loadOrder(kept, await selectForeignKeys(client));
    const tables: TableRecord[] = [];
    for (const [index, table] of ordered.entries()) {
      tables.push(await copyTable(client, table, writer, join(spool, `table-${index}.gz`)));
    }
    const rows = tables.reduce((total, table) => total + table.rows, 0);
    progress(`tables: ${tables.length} read, ${rows} rows`);
    const migrations = await copyTable(client, migrationsTable, writer, join(spool, "migrations.gz"));
    const sequences: Manifest["sequences"] = [];
    for (const sequence of await selectSequences(client)) {
      sequences.push({
        name: sequence.name,
        ...(await selectSequenceState(client, APP_SCHEMA, sequence.name)),
      });
    }
    const keys = new Set<string>();
    for (const table of kept.filter((table) => table.columns.includes(STORAGE_KEY_COLUMN))) {
      for (const key of await selectDistinct(client, table, STORAGE_KEY_COLUMN)) keys.add(key);
    }
    const excluded = all
      .filter((table) => table.unlogged)
      .map((table) => ({ name: `${table.schema}.${table.name}`, reason: "unlogged scratch data" }));
    excluded.push({ name: "pgboss", reason: "the job queue: queued jobs are not data" });
    return {
      schemaVersion,
      postgresVersion: await selectServerVersion(client),
      tables,
      migrations,
      sequences,
      excluded,
      fileKeys: [...keys].sort(),
    };
  } finally {
    // Read only: ending it either way changes nothing.
    await client.query("rollback").catch(() => {});
  }
}

async function copyTable(
  client: pg.Client,
  table: TableInfo,
  writer: ArchiveWriter,
  spoolFile: string,
): Promise<TableRecord> {
  const columns = table.columns.map((column) => pg.escapeIdentifier(column)).join(", ");
  const copy = copyOut(client, `copy (select ${columns} from ${quoted(table.schema, table.name)}) to stdout`);
  const digest = new DigestStream();
  await pipeline(copy, digest, createGzip(), createWriteStream(spoolFile, { mode: 0o600 }));
  const result = digest.result;
  if (!result || result.rows !== copy.rows) {
    throw new ArchiveError(`the rows of ${table.name} could not be counted while they were read`);
  }
  const entry = tableEntry(table.schema, table.name);
  await writer.addFile(entry, spoolFile);
  await rm(spoolFile, { force: true });
  return { schema: table.schema, name: table.name, entry, columns: table.columns, ...result };
}

async function copyFiles(
  files: FileStore,
  keys: string[],
  writer: ArchiveWriter,
  spool: string,
): Promise<{ records: FileRecord[]; missing: string[] }> {
  const records: FileRecord[] = [];
  const missing: string[] = [];
  for (const key of keys) {
    let source: Readable;
    try {
      source = await files.open(key);
    } catch (error) {
      // Removed after the snapshot (its row was deleted meanwhile): recorded, not fatal.
      if ((error as { code?: string }).code === "ENOENT") {
        missing.push(key);
        continue;
      }
      throw error;
    }
    const spoolFile = join(spool, `file-${randomBytes(6).toString("hex")}`);
    const hash = createHash("sha256");
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(source, measure, createWriteStream(spoolFile, { mode: 0o600 }));
    const entry = fileEntry(key);
    await writer.addFile(entry, spoolFile);
    await rm(spoolFile, { force: true });
    records.push({ key, entry, size, sha256: hash.digest("hex") });
  }
  return { records, missing };
}
