/**
 * `npm run backup` and `npm run restore`: the operator's two commands around backup archives. They
 * read the same environment as the app (DATABASE_URL or DATA_DIR, FILES_URL and the S3 settings).
 * Exit codes: 0 done, 1 refused or failed (one sentence on stderr), 2 wrong usage.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "../config.js";
import { createFileStore } from "../files/store.js";
import { ARCHIVE_EXTENSION } from "./archive.js";
import { type CommandDatabase, databaseToBackUp, databaseToRestoreInto } from "./database.js";
import { checkArchive, restoreBackup } from "./restore.js";
import { describeVersion } from "./schema-version.js";
import { createBackup } from "./snapshot.js";

export const BACKUP_USAGE = "usage: npm run backup -- [--out FILE]";
export const RESTORE_USAGE = "usage: npm run restore -- ARCHIVE [--force]";

export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
  /** The folder relative names are read against. */
  cwd: string;
  now: () => Date;
}

const appVersion = (): string =>
  (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string })
    .version;

/** `20120515T093000Z`: sortable, and valid in a file name on every system. */
export const fileStamp = (at: Date) =>
  at
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/[-:]/g, "");

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The parsed arguments, or null when they do not fit the command. */
function parse<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

async function run(io: CommandIo, name: string, work: () => Promise<string>): Promise<number> {
  try {
    io.stdout.write(await work());
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`nap1325 ${name}: ${message.replace(/\n\s*/g, " ")}\n`);
    return 1;
  }
}

async function using<T>(database: CommandDatabase, work: (database: CommandDatabase) => Promise<T>) {
  try {
    return await work(database);
  } finally {
    await database.stop();
  }
}

export async function runBackupCli(argv: string[], io: CommandIo): Promise<number> {
  const parsed = parse(() =>
    parseArgs({ args: argv, allowPositionals: true, strict: true, options: { out: { type: "string" } } }),
  );
  if (!parsed || parsed.positionals.length > 0) {
    io.stderr.write(`${BACKUP_USAGE}\n`);
    return 2;
  }
  const startedAt = io.now();
  const out = resolve(
    io.cwd,
    parsed.values.out ?? `nap1325-backup-${fileStamp(startedAt)}.${ARCHIVE_EXTENSION}`,
  );
  return run(io, "backup", async () => {
    const config = readConfig(io.env);
    const files = createFileStore(config.files);
    const result = await using(await databaseToBackUp(config), (database) => {
      io.stdout.write(`Backing up ${database.description} and the files in ${files.describe()}\n`);
      return createBackup({
        url: database.url,
        files,
        out,
        createdAt: startedAt,
        appVersion: appVersion(),
        onProgress: (line) => io.stdout.write(`  ${line}\n`),
      });
    });
    const lines = [
      `Backup written: ${result.path}`,
      `  schema: ${describeVersion(result.schemaVersion)}`,
      `  tables: ${result.tables}, rows: ${result.rows}`,
      `  files: ${result.files} (${megabytes(result.fileBytes)})`,
      `  archive: ${megabytes(result.bytes)}, SHA-256 ${result.sha256} (compare a copy with sha256sum)`,
      result.schemaMatchesCode
        ? null
        : `  note: the database's schema is not this release's; restore the archive with a release whose last migration is ${result.schemaVersion.tag ?? result.schemaVersion.hash}`,
      result.missingFiles > 0
        ? `  note: ${result.missingFiles} files were removed from the file store after the snapshot (their rows were deleted meanwhile)`
        : null,
    ];
    return `${lines.filter((line) => line !== null).join("\n")}\n`;
  });
}

export async function runRestoreCli(argv: string[], io: CommandIo): Promise<number> {
  const parsed = parse(() =>
    parseArgs({ args: argv, allowPositionals: true, strict: true, options: { force: { type: "boolean" } } }),
  );
  const [archive, ...rest] = parsed?.positionals ?? [];
  if (!parsed || !archive || rest.length > 0) {
    io.stderr.write(`${RESTORE_USAGE}\n`);
    return 2;
  }
  const force = parsed.values.force === true;
  return run(io, "restore", async () => {
    // The whole archive is checked before any database is started or created.
    const reader = await checkArchive(resolve(io.cwd, archive));
    const { manifest } = reader;
    io.stdout.write(
      `Archive checked: nap1325 ${manifest.appVersion}, made ${manifest.createdAt}, schema ${describeVersion(manifest.schemaVersion)}\n`,
    );
    const config = readConfig(io.env);
    const files = createFileStore(config.files);
    const result = await using(await databaseToRestoreInto(config), (database) => {
      io.stdout.write(`Restoring into ${database.description} and the files in ${files.describe()}\n`);
      return restoreBackup(reader, {
        url: database.url,
        files,
        force,
        onProgress: (line) => io.stdout.write(`  ${line}\n`),
      });
    });
    const lines = [
      "Restore complete; every table's rows and every file's bytes match the archive.",
      result.replaced
        ? `  replaced: ${result.replaced.tables} tables with ${result.replaced.rows} rows were dropped first`
        : null,
      `  tables: ${result.tables}, rows: ${result.rows}`,
      `  files: ${result.files} (${megabytes(result.fileBytes)})${result.filesPresent > 0 ? `, ${result.filesPresent} of them already in the store` : ""}`,
      result.missingFiles > 0
        ? `  note: ${result.missingFiles} files were not in the archive (removed from the source's store after its snapshot)`
        : null,
      "  Start the app as usual (npm start): the data, the accounts and their passwords are those of the archive.",
    ];
    return `${lines.filter((line) => line !== null).join("\n")}\n`;
  });
}
