/**
 * The app as `npm start` runs it, in a child process: it survives a kill -9 (the orphaned
 * PostgreSQL server is found and stopped, nothing committed is lost) and stops its database
 * cleanly on SIGTERM.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "./db/embedded.js";

const dataDir = await mkdtemp(join(tmpdir(), "nap1325-lifecycle-"));
const port = await findFreePort();
const base = `http://127.0.0.1:${port}`;
const admin = { email: "admin@lifecycle.example.org", password: "lifecycle-password-1325" };
const children: ChildProcess[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

function startApp(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      NAP1325_DEMO: "0",
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("nap1325 is running at")) resolve(child);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`the app exited with ${code}: ${output}`)));
  });
}

async function signIn(): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(admin),
  });
  expect(response.status).toBe(200);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] as string;
}

const postmasterPid = () =>
  Number(readFileSync(join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const exited = (child: ChildProcess) => new Promise((resolve) => child.once("exit", resolve));

describe("app lifecycle", () => {
  it("recovers from kill -9 without losing committed data, and stops PostgreSQL on SIGTERM", async () => {
    const first = await startApp();
    const cookie = await signIn();
    const created = await fetch(`${base}/api/organizations`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ name: "Udruženje Феникс", level: "municipality", sector: "civil_society" }),
    });
    expect(created.status).toBe(201);

    const orphan = postmasterPid();
    first.kill("SIGKILL");
    await exited(first);
    expect(isAlive(orphan)).toBe(true);

    const second = await startApp();
    expect(isAlive(orphan)).toBe(false);
    const list = await fetch(`${base}/api/organizations?q=feniks`, { headers: { cookie: await signIn() } });
    expect((await list.json()).items.map((o: { name: string }) => o.name)).toEqual(["Udruženje Феникс"]);

    const server = postmasterPid();
    second.kill("SIGTERM");
    expect(await exited(second)).toBe(0);
    expect(isAlive(server)).toBe(false);
    expect(existsSync(join(dataDir, "pg", "postmaster.pid"))).toBe(false);
  });
});
