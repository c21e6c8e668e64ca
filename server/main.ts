/**
 * Starts nap1325: read the configuration, start the embedded PostgreSQL server (or use
 * DATABASE_URL), migrate, load reference and default data, make sure there is an administrator,
 * start the job queue, and listen; then print where it runs and how to sign in (last, after
 * start-up is complete).
 *
 * SIGTERM/SIGINT drain the process: `/api/ready` answers 503 at once, no new connection is
 * accepted, requests being served finish (up to SHUTDOWN_TIMEOUT_SECONDS, then their connections
 * are cut), then the job queue stops, the database pool closes and the embedded server stops.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import { buildApp } from "./app.js";
import { prepareData, startServerDatabase, startupFailure, withStartupLock } from "./bootstrap.js";
import { systemClock } from "./clock.js";
import { readConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { createFileStore } from "./files/store.js";
import { loggerOptions } from "./http/logging.js";
import { fileReader } from "./imports/read/read-in-worker.js";
import { startJobs } from "./jobs/queue.js";
import { jobKinds } from "./jobs/registry.js";
import { createMailer } from "./mail/mailer.js";
import { Drain } from "./modules/health/drain.js";

const webDist = join(dirname(fileURLToPath(import.meta.url)), "../web/dist");

type Level = "info" | "warn" | "error";

/**
 * A log for what starts before the app does (the job queue, the mailer): it writes to the app's
 * logger once there is one; until then warnings and errors go to standard error.
 */
function deferredLog() {
  let target: FastifyBaseLogger | null = null;
  const at =
    (level: Level) =>
    (first: object | string, message?: string): void => {
      if (target) {
        if (typeof first === "string") target[level](first);
        else target[level](first, message);
      } else if (level !== "info") {
        const line = typeof first === "string" ? first : `${message ?? ""} ${JSON.stringify(first)}`;
        process.stderr.write(`${level}: ${line}\n`);
      }
    };
  return {
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    attach(log: FastifyBaseLogger) {
      target = log;
    },
  };
}

/** Resolves true after `ms`, unless cancelled; the timer keeps the process alive meanwhile. */
function deadline(ms: number): { reached: Promise<true>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const reached = new Promise<true>((resolve) => {
    timer = setTimeout(() => resolve(true), ms);
  });
  return { reached, cancel: () => clearTimeout(timer) };
}

interface Running {
  app: FastifyInstance;
  drain: Drain;
  timeoutSeconds: number;
  /** Stopped after the HTTP server, within the same deadline: running jobs may take long. */
  stopJobs: () => Promise<void>;
  /** Stopped last, in this order, always to the end: they are quick, and the data depends on them. */
  release: { name: string; stop: () => Promise<void> }[];
}

/**
 * Drains and stops the process; resolves with its exit code: 0 when everything stopped in time,
 * 1 when the deadline cut requests or jobs short, or something failed to stop.
 */
async function shutDown(running: Running, signal: string): Promise<number> {
  const { app, timeoutSeconds } = running;
  running.drain.start();
  app.log.info(`${signal}: draining; requests being served have ${timeoutSeconds} s to finish`);
  const limit = deadline(timeoutSeconds * 1000);
  let code = 0;
  const closing = app.close();
  // A connection whose response goes out while draining would stay open for as long as its client
  // keeps it alive (browsers and load balancers do): end each one as soon as it falls idle.
  const reaper = setInterval(() => app.server.closeIdleConnections(), 100);
  if ((await Promise.race([closing.then(() => false), limit.reached])) === true) {
    app.log.warn("shutdown deadline reached: ending the requests still being served");
    app.server.closeAllConnections();
    code = 1;
  }
  await closing.catch(() => {
    code = 1;
  });
  clearInterval(reaper);
  const jobs = running.stopJobs().then(
    () => "stopped" as const,
    () => "failed" as const,
  );
  const outcome = await Promise.race([jobs, limit.reached.then(() => "late" as const)]);
  limit.cancel();
  if (outcome !== "stopped") {
    app.log.warn(
      `job queue: ${outcome === "late" ? "jobs still running at the deadline" : "did not stop cleanly"}`,
    );
    code = 1;
  }
  for (const part of running.release) {
    await part.stop().catch(() => {
      app.log.warn(`${part.name}: did not stop cleanly`);
      code = 1;
    });
  }
  return code;
}

function stopOnSignals(running: Running): void {
  let isStopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (isStopping) {
      // A second signal: the operator does not want to wait for the requests.
      running.app.log.warn(`${signal} again: ending the requests still being served`);
      running.app.server.closeAllConnections();
      return;
    }
    isStopping = true;
    shutDown(running, signal).then(
      (code) => process.exit(code),
      () => process.exit(1),
    );
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);
}

export async function main(): Promise<void> {
  const config = readConfig();
  const { url: databaseUrl, embedded } = await startServerDatabase(config);
  const database = openDatabase(databaseUrl);
  const clock = systemClock;
  const log = deferredLog();
  const mailer = createMailer(config.mail, log);
  const files = createFileStore(config.files);
  const { loaded, admin, jobs } = await withStartupLock(databaseUrl, async () => ({
    ...(await prepareData(database.db, config)),
    jobs: await startJobs({
      databaseUrl,
      kinds: jobKinds,
      runsJobs: config.runsJobs,
      deps: { db: database.db, mailer, clock, publicUrl: config.sessions.publicOrigin },
      log,
      stopTimeoutSeconds: config.shutdownTimeoutSeconds,
    }),
  }));
  const drain = new Drain();
  const app = await buildApp({
    db: database.db,
    clock,
    sessions: config.sessions,
    trustProxy: config.trustProxy,
    webDist,
    logger: loggerOptions(config.logLevel),
    mailer,
    files,
    jobs,
    drain,
  });
  log.attach(app.log);
  stopOnSignals({
    app,
    drain,
    timeoutSeconds: config.shutdownTimeoutSeconds,
    stopJobs: () => jobs.stop(),
    release: [
      { name: "mailer", stop: async () => mailer.close?.() },
      { name: "database pool", stop: () => database.close() },
      ...(embedded ? [{ name: "embedded PostgreSQL", stop: () => embedded.stop() }] : []),
    ],
  });

  await app.listen({ port: config.port, host: config.host });
  // A file reader thread ready before the first import is uploaded.
  void fileReader.warm();
  const address = `http://${["127.0.0.1", "0.0.0.0", "::"].includes(config.host) ? "localhost" : config.host}:${config.port}`;
  const lines = [
    "",
    `nap1325 is running at ${address}`,
    `  database: ${embedded ? `embedded PostgreSQL in ${embedded.clusterDir}` : "the server in DATABASE_URL"}`,
    embedded && !embedded.clusterDir.startsWith(`${config.dataDir}/`)
      ? "  (outside DATA_DIR, which the postgres system user cannot enter; npm run backup archives both)"
      : null,
    `  files: ${files.describe()}`,
    `  background jobs: ${config.runsJobs ? "run by this process" : "not run by this process (JOBS=0)"}`,
    loaded
      ? `  default data loaded: ${loaded.organizations} organisations, ${loaded.events} events (people are demo data)`
      : null,
    `  API reference: ${address}/api/docs; load balancers: ${address}/api/ready`,
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
  process.stderr.write(`nap1325 could not start: ${startupFailure(error)}\n`);
  process.exit(1);
});
