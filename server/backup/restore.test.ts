/**
 * What a restore refuses — a database that holds data (unless --force, which replaces it), a
 * damaged archive, an archive of another schema version — and the operator's paths: the embedded
 * server on DATA_DIR made by a restore and read by a backup, the tar container, the commands.
 */
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, open, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { existingClusterDir } from "../db/embedded.js";
import { createFileStore } from "../files/store.js";
import { createBackupScratch, digestTable } from "../test/backup.js";
import { createTestDatabase } from "../test/db.js";
import {
  makeEvent,
  makeEvidence,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSubmission,
} from "../test/factories.js";
import { ArchiveReader, ArchiveWriter, FORMAT_ENTRY, formatEntryContent } from "./archive.js";
import { runBackupCli, runRestoreCli } from "./cli.js";
import { databaseToBackUp, databaseToRestoreInto } from "./database.js";
import { checkArchive, RestoreRefused, restoreBackup } from "./restore.js";
import { createBackup } from "./snapshot.js";
import { listEntries, readEntry } from "./tar.js";

const source = await createTestDatabase();
const { db } = source;
const scratch = await createBackupScratch();
const temp = scratch.folder;
const sourceFiles = createFileStore({ kind: "local", root: join(temp, "source-files") });
const createdAt = new Date("2026-03-08T10:00:00Z");

const organization = await makeOrganization(db, { name: "Udruženje žena „Budućnost“" });
const event = await makeEvent(db, { organizerIds: [organization.id], title: "Семинар о Резолуцији 1325" });
for (const [givenName, familyName] of [
  ["Đula", "Šarić"],
  ["Милица", "Ђурђевић"],
]) {
  const person = await makePerson(db, { givenName, familyName, organizationId: organization.id });
  await makeParticipation(db, { eventId: event.id, personId: person.id });
}
const submission = await makeSubmission(db, { organizationId: organization.id });
await makeEvidence(db, sourceFiles, { submissionId: submission.id, fileName: "Izvještaj.pdf" });

const archivePath = join(temp, "nap1325-backup.tar");
await createBackup({ url: source.url, files: sourceFiles, out: archivePath, createdAt, appVersion: "test" });
const { manifest } = await ArchiveReader.open(archivePath);

describe("a restore refuses", () => {
  it("a database that is not empty, unless --force replaces what it holds", {
    timeout: 120_000,
  }, async () => {
    const reader = await checkArchive(archivePath);
    const other = await createTestDatabase();
    const otherFiles = createFileStore({ kind: "local", root: join(temp, "other-files") });
    const options = { url: other.url, files: otherFiles, force: false };
    const refusal = await restoreBackup(reader, options).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RestoreRefused);
    expect((refusal as Error).message).toMatch(/not empty: \d+ tables hold \d+ rows/);
    const result = await restoreBackup(reader, { ...options, force: true });
    expect(result.replaced?.rows).toBeGreaterThan(0);
    for (const table of manifest.tables) {
      expect({ table: table.name, content: (await digestTable(other.url, table))?.contentChecksum }).toEqual({
        table: table.name,
        content: table.contentChecksum,
      });
    }
  });

  it("a damaged archive (one byte changed) before anything is written", async () => {
    const damaged = join(temp, "damaged.tar");
    const bytes = await readFile(archivePath);
    const file = await open(archivePath, "r");
    const { entries } = await listEntries(file).finally(() => file.close());
    const stored = entries.find((entry) => entry.name.startsWith("files/")) as (typeof entries)[number];
    const at = stored.dataOffset + Math.floor(stored.size / 2);
    bytes[at] = (bytes[at] as number) ^ 0x01;
    await writeFile(damaged, bytes);
    await expect(checkArchive(damaged)).rejects.toThrow(/damaged/);

    const target = await scratch.emptyDatabase();
    const filesRoot = join(temp, "untouched-files");
    const stderr: string[] = [];
    const code = await runRestoreCli([damaged], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => stderr.push(text) },
      env: { DATABASE_URL: target, FILES_URL: `file://${filesRoot}` },
      cwd: temp,
      now: () => createdAt,
    });
    expect(code).toBe(1);
    expect(stderr.join("")).toMatch(/damaged/);
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const { rows } = await client.query(
      "select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('public', 'drizzle') and c.relkind = 'r'",
    );
    await client.end();
    expect(rows).toEqual([]);
    expect(existsSync(filesRoot)).toBe(false);
  });

  it("an archive of another schema version, saying how to restore it", async () => {
    const older = join(temp, "older.tar");
    const writer = await ArchiveWriter.create(older, createdAt);
    await writer.addBuffer(FORMAT_ENTRY, formatEntryContent());
    await writer.finish({
      ...manifest,
      appVersion: "0.0.9",
      schemaVersion: {
        ...manifest.schemaVersion,
        tag: "0020_events_jurisdiction",
        createdAt: 1,
        migrations: 21,
      },
      tables: [],
      files: [],
      migrations: { ...manifest.migrations, entry: FORMAT_ENTRY },
    });
    await expect(checkArchive(older)).rejects.toThrow(
      /Migrations only go forward: restore it with a release whose last migration is 0020_events_jurisdiction \(it was made by nap1325 0\.0\.9\)/,
    );
  });
});

describe("the embedded server on DATA_DIR", () => {
  it("is created by a restore, and started, read and stopped by a backup", { timeout: 180_000 }, async () => {
    let runtimeDir = process.env.PG_RUNTIME_DIR;
    if (!runtimeDir) {
      // Outside the test's folder, which the postgres system user (when run as root) cannot enter.
      runtimeDir = await mkdtemp(join(tmpdir(), "nap1325-runtime-"));
      await chmod(runtimeDir, 0o755);
      scratch.keep(runtimeDir);
    }
    const config = {
      databaseUrl: null,
      dataDir: join(temp, "embedded-data"),
      embedded: { runtimeDir, binariesDir: process.env.PG_BINARIES_DIR },
    };
    await expect(databaseToBackUp(config)).rejects.toThrow(/no database in .* to back up/);
    expect(existingClusterDir(config.dataDir, runtimeDir)).toBeNull();

    const files = createFileStore({ kind: "local", root: join(temp, "embedded-files") });
    const target = await databaseToRestoreInto(config);
    try {
      await restoreBackup(await checkArchive(archivePath), { url: target.url, files, force: false });
    } finally {
      await target.stop();
    }
    const again = join(temp, "from-embedded.tar");
    const stopped = await databaseToBackUp(config);
    try {
      await createBackup({ url: stopped.url, files, out: again, createdAt, appVersion: "test" });
    } finally {
      await stopped.stop();
    }
    const copy = (await checkArchive(again)).manifest;
    expect(copy.tables.map((table) => [table.name, table.rows, table.contentChecksum])).toEqual(
      manifest.tables.map((table) => [table.name, table.rows, table.contentChecksum]),
    );
    expect(copy.files).toEqual(manifest.files);
  });
});

describe("the tar container", () => {
  it("keeps a name longer than a ustar header holds in a PAX header, as tar does", async () => {
    const path = join(temp, "long-name.tar");
    const name = `tables/public.${"dugačko_ime_".repeat(10)}.tsv.gz`;
    const writer = await ArchiveWriter.create(path, createdAt);
    await writer.addBuffer(name, Buffer.from("Šejla\tЂукић\n", "utf8"));
    await writer.finish({
      ...manifest,
      tables: [],
      files: [],
      migrations: { ...manifest.migrations, entry: name },
    });
    const file = await open(path, "r");
    try {
      const { entries } = await listEntries(file);
      expect(entries.map((entry) => entry.name)).toEqual([name, "manifest.json", "checksum.sha256"]);
      expect((await readEntry(file, entries[0] as (typeof entries)[number])).toString("utf8")).toBe(
        "Šejla\tЂукић\n",
      );
    } finally {
      await file.close();
    }
  });
});

describe("the commands", () => {
  it("write an archive named by the time into the current folder, and refuse to restore over data", async () => {
    const cwd = join(temp, "operator");
    await mkdir(cwd);
    const io = (stderr: string[] = []) => ({
      stdout: { write: () => true },
      stderr: { write: (text: string) => stderr.push(text) },
      env: { DATABASE_URL: source.url, FILES_URL: `file://${join(temp, "source-files")}` },
      cwd,
      now: () => createdAt,
    });
    expect(await runBackupCli(["--bogus"], io())).toBe(2);
    expect(await runBackupCli([], io())).toBe(0);
    expect(await readdir(cwd)).toEqual(["nap1325-backup-20260308T100000Z.tar"]);
    await checkArchive(join(cwd, "nap1325-backup-20260308T100000Z.tar"));
    const stderr: string[] = [];
    expect(await runRestoreCli(["nap1325-backup-20260308T100000Z.tar"], io(stderr))).toBe(1);
    expect(stderr.join("")).toMatch(/not empty/);
  });
});
