/**
 * SIGTERM drains the app as `npm start` runs it, in a child process on a test database: a large
 * export being streamed when the signal arrives is served to the end, no new connection is
 * accepted meanwhile, and the process then exits 0.
 *
 * The export is held in flight by not reading it: once the socket buffers are full the server
 * cannot finish writing it, so the process can exit only after the client has read everything.
 */
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { Agent, type IncomingMessage, request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../db/embedded.js";
import { startAppProcess } from "../../test/app-process.js";
import { createTestDatabase } from "../../test/db.js";
import { makeSignedInUser } from "../../test/factories.js";

const database = await createTestDatabase();
const dataDir = await mkdtemp(join(tmpdir(), "nap1325-drain-"));
const children: ChildProcess[] = [];
/** Keeps connections alive, as browsers and load balancers do, with no timeout of its own. */
const agent = new Agent({ keepAlive: true });

afterAll(async () => {
  agent.destroy();
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * About 35 MB of CSV: many times what the kernel and the client buffer on a connection that is not
 * read (a few MB on Linux), so the export cannot have been written out before the signal.
 */
const PEOPLE = 25_000;

async function addManyPeople(): Promise<void> {
  await database.db.execute(sql`
    insert into people (given_name, family_name, sex, position, rank, search_text)
    select 'Amra', 'Hodžić ' || n, 'female', repeat('savjetnica za ravnopravnost spolova ', 30),
           repeat('viši inspektor ', 20), 'amra hodzic ' || n
    from generate_series(1, ${PEOPLE}) as n`);
}

const startApp = (port: number) =>
  startAppProcess(
    "the app",
    port,
    {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      JOBS: "0",
      ADMIN_EMAIL: "admin@drain.example.org",
      ADMIN_PASSWORD: "drain-test-password-1325",
      // Below the server's keep-alive timeout (72 s): a drain that waited for the client to let go
      // of its kept-alive connection would reach the deadline and exit 1.
      SHUTDOWN_TIMEOUT_SECONDS: "60",
    },
    children,
  );

/** Whether a TCP connection to the port is refused; a connection that opens is closed at once. */
function isRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

async function untilRefused(port: number): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (await isRefused(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the app kept accepting connections after SIGTERM");
}

/**
 * Starts the export and resolves with its response once the headers are in, its body unread. The
 * connection is kept alive and never let go by this client.
 */
function startExport(port: number, cookie: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const exporting = request(
      { host: "127.0.0.1", port, path: "/api/people/export?format=csv", headers: { cookie }, agent },
      (response) => {
        response.pause();
        resolve(response);
      },
    );
    exporting.once("error", reject);
    exporting.end();
  });
}

async function readToEnd(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

describe("draining on SIGTERM", () => {
  it("serves an export in flight to the end, refuses new connections, and exits 0", async () => {
    await addManyPeople();
    const { cookie } = await makeSignedInUser(database.db, "coordinator");
    const port = await findFreePort();
    const { child, output } = await startApp(port);
    const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;

    const response = await startExport(port, cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");

    child.kill("SIGTERM");
    await untilRefused(port);
    // The export is still being written: the process waits for it.
    expect(child.exitCode).toBeNull();

    const body = await readToEnd(response);
    const lines = body.split("\n").filter((line) => line.trim() !== "");
    expect(lines).toHaveLength(PEOPLE + 1);
    expect(lines.at(-1)).toContain("Amra");

    const [code, signal] = await exited;
    expect({ code, signal, output: code === 0 ? "" : output() }).toEqual({
      code: 0,
      signal: null,
      output: "",
    });
    expect(await isRefused(port)).toBe(true);
  }, 180_000);
});
