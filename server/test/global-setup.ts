/**
 * One PostgreSQL server per test run: the embedded server by default, or the server named by
 * TEST_DATABASE_URL (CI points it at Debian's PostgreSQL 15). A migrated template database is made
 * once; every test file gets its own copy (`CREATE DATABASE … TEMPLATE …`).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/client.js";
import { startEmbeddedPostgres } from "../db/embedded.js";
import { migrateDatabase } from "../db/migrate.js";
import { ensureCategorySets } from "../modules/indicators/category-sets.load.js";
import { ensureJurisdictions } from "../modules/jurisdictions/jurisdictions.load.js";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (!adminUrl) {
    dataDir = await mkdtemp(join(tmpdir(), "nap1325-test-"));
    const server = await startEmbeddedPostgres({
      dataDir,
      runtimeDir: process.env.PG_RUNTIME_DIR,
      binariesDir: process.env.PG_BINARIES_DIR,
    });
    adminUrl = server.url;
    stopServer = server.stop;
  }
  const templateDatabase = `nap1325_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDatabase}`);
  await admin.query(`create database ${templateDatabase}`);
  const templateUrl = withDatabase(adminUrl, templateDatabase);
  await migrateDatabase(templateUrl);
  const template = openDatabase(templateUrl, { max: 1 });
  await ensureJurisdictions(template.db);
  await ensureCategorySets(template.db);
  await template.close();
  const [version] = (await admin.query("show server_version")).rows;
  console.log(`tests run on PostgreSQL ${version?.server_version}`);

  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", templateDatabase);

  return async () => {
    const leftovers = await admin.query(
      "select datname from pg_database where datname like 'nap1325_test_%' or datname = $1",
      [templateDatabase],
    );
    for (const { datname } of leftovers.rows) {
      await admin.query(`drop database if exists ${datname} with (force)`);
    }
    await admin.end();
    await stopServer?.();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
