import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { type Database, openDatabase } from "../db/client.js";
import { withDatabase } from "./global-setup.js";

/** A fresh database for this test file, copied from the migrated template; dropped after the file. */
export async function createTestDatabase(): Promise<Database & { url: string }> {
  const adminUrl = inject("adminUrl");
  const name = `nap1325_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject("templateDatabase")}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  const database = openDatabase(url, { max: 5 });
  afterAll(async () => {
    await database.close();
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  });
  return { ...database, url };
}
