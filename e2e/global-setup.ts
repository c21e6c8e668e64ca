/**
 * The browser journeys run against the real app: the built web app, the API, and a PostgreSQL
 * server (embedded by default, or the one in TEST_DATABASE_URL) with the BiH default data loaded.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildWebIfStale, webDist } from "../scripts/build-web.js";
import { buildApp } from "../server/app.js";
import { ensureAdministrator, ensureDatabase, loadDefaultData } from "../server/bootstrap.js";
import { openDatabase } from "../server/db/client.js";
import { findFreePort, startEmbeddedPostgres } from "../server/db/embedded.js";
import { migrateDatabase } from "../server/db/migrate.js";
import { LocalFileStore } from "../server/files/local.js";
import { ensureCategorySets } from "../server/modules/indicators/category-sets.load.js";
import { ensureJurisdictions } from "../server/modules/jurisdictions/jurisdictions.load.js";
import { CHROMIUM } from "./browser.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    adminEmail: string;
    adminPassword: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser journeys need Chromium at ${CHROMIUM} (Debian: apt-get install chromium).`);
  }
  await buildWebIfStale();
  let dataDir: string | undefined;
  let stopServer: (() => Promise<void>) | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dataDir = await mkdtemp(join(tmpdir(), "nap1325-e2e-"));
    const server = await startEmbeddedPostgres({ dataDir });
    serverUrl = server.url;
    stopServer = server.stop;
  }
  const databaseUrl = await ensureDatabase(serverUrl, `nap1325_e2e_${process.pid}`);
  await migrateDatabase(databaseUrl);
  const database = openDatabase(databaseUrl);
  await ensureJurisdictions(database.db);
  await ensureCategorySets(database.db);
  await loadDefaultData(database.db);
  const adminEmail = "admin@e2e.example.org";
  const adminPassword = "journeys-only-password-1325";
  await ensureAdministrator(database.db, { email: adminEmail, password: adminPassword }, adminEmail);

  const filesDir = await mkdtemp(join(tmpdir(), "nap1325-e2e-files-"));
  const app = await buildApp({
    db: database.db,
    webDist,
    loginAttemptsPerWindow: 1000,
    files: new LocalFileStore(filesDir),
    // Every commit of the journeys is written in the background and followed, as a long list's is.
    importCommitWaitMs: 0,
  });
  const port = await findFreePort();
  await app.listen({ port, host: "127.0.0.1" });
  project.provide("baseUrl", `http://127.0.0.1:${port}`);
  project.provide("adminEmail", adminEmail);
  project.provide("adminPassword", adminPassword);

  return async () => {
    await app.close();
    await database.close();
    await stopServer?.();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await rm(filesDir, { recursive: true, force: true });
  };
}
