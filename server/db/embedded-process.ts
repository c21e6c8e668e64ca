/**
 * The two PostgreSQL programs the embedded server needs, run as child processes: `initdb` makes
 * the cluster once, `postgres` serves it. Failures come back as one readable sentence: the
 * server's own FATAL/ERROR lines, or what a failed start of the program means.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chown, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import type { SystemUser } from "./embedded-access.js";
import type { PostgresBinaries } from "./embedded-binaries.js";

type Log = (line: string) => void;

const READY = "database system is ready to accept connections";
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

/** Only what the programs need: no secrets of the app's environment reach the server's processes. */
function childEnvironment(): NodeJS.ProcessEnv {
  const { PATH, TZ } = process.env;
  return { PATH: PATH ?? "/usr/bin:/bin", LC_MESSAGES: "C", ...(TZ ? { TZ } : {}) };
}

function spawnAs(command: string, args: string[], user: SystemUser | null): ChildProcess {
  return spawn(command, args, {
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    cwd: "/",
    env: childEnvironment(),
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: Ctrl-C reaches the app, which then stops the server in order.
    detached: true,
  });
}

/** Creates the cluster in `clusterDir` (empty or missing) with the superuser `postgres`. */
export async function runInitdb(
  binaries: PostgresBinaries,
  clusterDir: string,
  password: string,
  user: SystemUser | null,
  log: Log,
): Promise<void> {
  // Next to the cluster, so the server's user can read it; removed as soon as initdb is done.
  const passwordFile = join(dirname(clusterDir), `.initdb-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600, flag: "wx" });
  try {
    if (user) await chown(passwordFile, user.uid, user.gid);
    const child = spawnAs(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        "--auth=scram-sha-256",
        "--username=postgres",
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C.UTF-8",
      ],
      user,
    );
    const output: string[] = [];
    const collect = (line: string) => {
      output.push(line);
      log(line);
    };
    if (child.stdout) createInterface({ input: child.stdout }).on("line", collect);
    if (child.stderr) createInterface({ input: child.stderr }).on("line", collect);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", (error) => reject(new Error(couldNotRun(binaries.initdb, error, user))));
      child.on("close", (exitCode) => resolve(exitCode));
    });
    if (code !== 0) {
      throw new Error(`initdb could not create the database in ${clusterDir}: ${summarize(output)}`);
    }
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export interface ServerProcess {
  pid: number;
  /** Asks for a fast shutdown and waits until the server has exited. */
  stop(): Promise<void>;
  /** Asks for a fast shutdown without waiting (when the app's process is exiting). */
  signalStop(): void;
}

/** Starts `postgres` on 127.0.0.1:`port` (no unix socket) and waits until it accepts connections. */
export async function startServer(
  binaries: PostgresBinaries,
  clusterDir: string,
  port: number,
  user: SystemUser | null,
  log: Log,
): Promise<ServerProcess> {
  const child = spawnAs(
    binaries.postgres,
    [
      "-D",
      clusterDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
    ],
    user,
  );
  const recent: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGQUIT");
      reject(new Error(`PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s: ${summarize(recent)}`));
    }, START_TIMEOUT_MS);
    const onLine = (line: string) => {
      log(line);
      recent.push(line);
      if (recent.length > 50) recent.shift();
      if (line.includes(READY)) {
        clearTimeout(timer);
        resolve();
      }
    };
    if (child.stdout) createInterface({ input: child.stdout }).on("line", onLine);
    if (child.stderr) createInterface({ input: child.stderr }).on("line", onLine);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(couldNotRun(binaries.postgres, error, user)));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`PostgreSQL stopped while starting (${signal ?? `code ${code}`}): ${summarize(recent)}`),
      );
    });
  });
  // The server must not keep the app alive by itself; the app stops it (or its exit handler does).
  child.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as { unref?: () => void } | null)?.unref?.();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  return {
    pid: child.pid as number,
    signalStop: () => {
      if (isRunning()) child.kill("SIGINT");
    },
    stop: async () => {
      if (!isRunning()) return;
      child.ref(); // the app waits for the server's exit
      child.kill("SIGINT"); // fast shutdown: roll back open transactions, checkpoint, exit
      const timeout = new Promise<"timeout">((resolve) =>
        setTimeout(resolve, STOP_TIMEOUT_MS, "timeout").unref(),
      );
      if ((await Promise.race([exited, timeout])) === "timeout") {
        child.kill("SIGQUIT");
        await exited;
      }
    },
  };
}

/** A postmaster.pid whose process still runs means an earlier app died and left its server. */
export async function stopOrphanedServer(clusterDir: string, log: Log): Promise<void> {
  const pid = readPostmasterPid(clusterDir);
  if (!pid || !isAlive(pid) || !isPostgres(pid)) return;
  log(`stopping orphaned PostgreSQL server (pid ${pid})`);
  try {
    process.kill(pid, "SIGINT");
  } catch (error) {
    throw new Error(
      `a PostgreSQL server (pid ${pid}) still runs on ${clusterDir} and cannot be stopped (${(error as NodeJS.ErrnoException).code}); stop it, then start again`,
    );
  }
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited > STOP_TIMEOUT_MS) throw new Error(`the PostgreSQL server with pid ${pid} did not stop`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The server running on the cluster, from its postmaster.pid (pid, …, port, …, status). */
export function runningServer(clusterDir: string): { pid: number; port: number; isReady: boolean } | null {
  const pid = readPostmasterPid(clusterDir);
  if (!pid || !isAlive(pid) || !isPostgres(pid)) return null;
  const lines = readFileSync(join(clusterDir, "postmaster.pid"), "utf8").split("\n");
  const port = Number.parseInt(lines[3] ?? "", 10);
  return { pid, port, isReady: Number.isInteger(port) && lines[7]?.trim() === "ready" };
}

function readPostmasterPid(clusterDir: string): number | null {
  const pidFile = join(clusterDir, "postmaster.pid");
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

/** After a reboot the pid in a stale postmaster.pid may belong to another program: leave it alone. */
function isPostgres(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true; // no /proc (macOS): trust the pid file, as PostgreSQL does
  try {
    return readFileSync(cmdline, "utf8").includes("postgres");
  } catch {
    return true;
  }
}

function couldNotRun(program: string, error: NodeJS.ErrnoException, user: SystemUser | null): string {
  if (error.code === "EACCES" || error.code === "EPERM") {
    const who = user ? `the ${user.name} system user` : "this user";
    return `${who} may not run ${program} (permission denied): a folder above it is closed to other users`;
  }
  if (error.code === "ENOENT") return `${program} does not exist; run npm install again`;
  return `could not run ${program} (${error.message})`;
}

/** The lines that explain a failure (FATAL, ERROR, …), else the last few lines of output. */
function summarize(lines: string[]): string {
  const telling = lines
    .map((line) => line.match(/\b(?:FATAL|PANIC|ERROR|error):\s+(.*)$/)?.[1]?.trim())
    .filter((line): line is string => Boolean(line));
  const chosen = telling.length > 0 ? telling.slice(0, 3) : lines.slice(-3).map((line) => line.trim());
  return chosen.filter(Boolean).join("; ") || "no output";
}
