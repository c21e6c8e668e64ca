/** Helpers of the backup and restore tests: empty databases and folders, and reading back what was restored. */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { prepareSession, quoted } from "../backup/backup.queries.js";
import { copyOut } from "../backup/copy.js";
import { DigestStream } from "../backup/digest.js";
import type { FileStore } from "../files/store.js";
import { withDatabase } from "./global-setup.js";

/**
 * A place for the test file's archives, file stores and empty databases, all removed after the
 * file. Call it at the top level of the test file.
 */
export async function createBackupScratch() {
  const folder = await mkdtemp(join(tmpdir(), "nap1325-backup-test-"));
  const databases: string[] = [];
  const folders = [folder];
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: inject("adminUrl") });
    await admin.connect();
    for (const name of databases) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    for (const made of folders) await rm(made, { recursive: true, force: true });
  });
  return {
    folder,
    /** Removed with the rest after the file. */
    keep: (made: string) => folders.push(made),
    /** A database with nothing in it, as an operator would create for a restore. */
    async emptyDatabase(): Promise<string> {
      const adminUrl = inject("adminUrl");
      const name = `nap1325_test_restore_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name} encoding 'UTF8' template template0`);
      await admin.end();
      databases.push(name);
      return withDatabase(adminUrl, name);
    },
  };
}

/** A table's rows and order-independent checksum, read from a database as the backup reads them. */
export async function digestTable(url: string, table: { schema: string; name: string; columns: string[] }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await prepareSession(client);
    const columns = table.columns.map((column) => pg.escapeIdentifier(column)).join(", ");
    const digest = new DigestStream();
    await pipeline(
      copyOut(client, `copy (select ${columns} from ${quoted(table.schema, table.name)}) to stdout`),
      digest,
      async (rows: AsyncIterable<Buffer>) => {
        for await (const _ of rows);
      },
    );
    return digest.result;
  } finally {
    await client.end();
  }
}

export async function readStoredFile(files: FileStore, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await files.open(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
