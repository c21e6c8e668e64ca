/**
 * Starts nap1325: read the configuration, start the embedded PostgreSQL server (or use
 * DATABASE_URL), migrate, load reference and default data, make sure there is an administrator,
 * and listen; then print where it runs and how to sign in (last, after start-up is complete).
 * SIGINT/SIGTERM close the app and stop the embedded server cleanly.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.js";
import { ensureAdministrator, loadDefaultData, startServerDatabase } from "./bootstrap.js";
import { readConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { FileStore } from "./files/store.js";
import { loggerOptions } from "./http/logging.js";
import { createMailer } from "./mail/mailer.js";
import { ensureCategorySets } from "./modules/indicators/category-sets.load.js";
import { ensureJurisdictions } from "./modules/jurisdictions/jurisdictions.load.js";

const webDist = join(dirname(fileURLToPath(import.meta.url)), "../web/dist");

export async function main(): Promise<void> {
  const config = readConfig();
  const { url: databaseUrl, embedded } = await startServerDatabase(config);
  const database = openDatabase(databaseUrl);
  await ensureJurisdictions(database.db);
  await ensureCategorySets(database.db);
  const loaded = config.loadDemoData ? await loadDefaultData(database.db) : null;
  const admin = await ensureAdministrator(database.db, config.admin, config.adminEmail);

  const app = await buildApp({
    db: database.db,
    sessions: config.sessions,
    trustProxy: config.trustProxy,
    webDist,
    logger: loggerOptions(config.logLevel),
    mailer: createMailer(config.mail),
    files: new FileStore(join(config.dataDir, "files")),
  });
  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    app.log.info(`${signal}: stopping`);
    await app.close();
    await database.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGHUP", () => void stop("SIGHUP"));

  await app.listen({ port: config.port, host: config.host });
  const address = `http://${["127.0.0.1", "0.0.0.0", "::"].includes(config.host) ? "localhost" : config.host}:${config.port}`;
  const lines = [
    "",
    `nap1325 is running at ${address}`,
    `  database: ${embedded ? `embedded PostgreSQL in ${embedded.clusterDir}` : "the server in DATABASE_URL"}`,
    embedded && !embedded.clusterDir.startsWith(`${config.dataDir}/`)
      ? "  (outside DATA_DIR, which the postgres system user cannot enter; back up both folders)"
      : null,
    loaded
      ? `  default data loaded: ${loaded.organizations} organisations, ${loaded.events} events (people are demo data)`
      : null,
    `  API reference: ${address}/api/docs`,
    // The sign-in lines come last, so they are the ones left on the screen.
    admin.kind === "created"
      ? `  sign in as ${admin.email} with password ${admin.generatedPassword ?? "(the ADMIN_PASSWORD you set)"}`
      : "  sign in with your account",
    admin.kind === "created" && admin.generatedPassword
      ? "  (this password is shown only now; change it after signing in)"
      : null,
    admin.kind === "existing" && config.admin
      ? "  (ADMIN_EMAIL and ADMIN_PASSWORD are used only to create the first administrator)"
      : null,
    "  lost password: npm run admin -- reset-password <email>",
    "",
  ];
  process.stdout.write(`${lines.filter((line) => line !== null).join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `nap1325 could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
