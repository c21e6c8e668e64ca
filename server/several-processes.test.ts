/**
 * Two nap1325 processes, started at the same moment as `npm start` starts one, on one new, empty
 * PostgreSQL database and one S3 object store: what a load balancer in front of them needs.
 * Either may answer any request, so nothing may live in one process's memory.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { findFreePort } from "./db/embedded.js";
import { type AppProcess, startAppProcess, stopAll } from "./test/app-process.js";
import { withDatabase } from "./test/global-setup.js";
import { multipartFile } from "./test/multipart.js";
import { startS3Server, type TestS3Server } from "./test/s3.js";

const adminEmail = "admin@processes.example.org";
const adminPassword = "dvije-instance-1325-Šđčćž";

let databaseUrl = "";
let databaseName = "";
let s3: TestS3Server;
let dataDir = "";
const processes: AppProcess[] = [];
/** Every child started, also one whose twin failed to start: all are stopped after the tests. */
const children: ChildProcess[] = [];

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("adminUrl") });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function query<Row extends object>(text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

function startApp(port: number, name: string): Promise<AppProcess> {
  const settings = s3.settings("nap1325");
  if (settings.kind !== "s3") throw new Error("the test object store gives S3 settings");
  return startAppProcess(
    name,
    port,
    {
      DATABASE_URL: databaseUrl,
      DATA_DIR: join(dataDir, name),
      FILES_URL: `s3://${settings.bucket}/${settings.prefix}`,
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY_ID: s3.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      JOBS: "1",
      ADMIN_EMAIL: adminEmail,
      ADMIN_PASSWORD: adminPassword,
    },
    children,
  );
}

beforeAll(async () => {
  // An empty database: both processes find no schema and race to migrate it.
  databaseName = `nap1325_processes_${randomBytes(6).toString("hex")}`;
  await adminQuery(`create database ${databaseName}`);
  databaseUrl = withDatabase(inject("adminUrl"), databaseName);
  s3 = await startS3Server();
  dataDir = await mkdtemp(join(tmpdir(), "nap1325-processes-"));
  const ports = [await findFreePort(), await findFreePort()];
  processes.push(
    ...(await Promise.all([startApp(ports[0] ?? 0, "first"), startApp(ports[1] ?? 0, "second")])),
  );
}, 180_000);

afterAll(async () => {
  await stopAll(children);
  await s3?.stop();
  await rm(dataDir, { recursive: true, force: true });
  await adminQuery(`drop database if exists ${databaseName} with (force)`);
}, 120_000);

const first = () => processes[0] as AppProcess;
const second = () => processes[1] as AppProcess;

async function signIn(at: AppProcess, password = adminPassword) {
  return fetch(`${at.base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: at.base },
    body: JSON.stringify({ email: adminEmail, password }),
  });
}

describe("two app processes on one database and one object store", () => {
  it("both start at once on an empty database: migrated once, one administrator, both ready", async () => {
    for (const process of processes) {
      expect(process.output()).not.toMatch(/could not start|error/i);
      const ready = await fetch(`${process.base}/api/ready`);
      expect(ready.status, await ready.text()).toBe(200);
    }
    const migrations = await query<{ n: string }>("select count(*) as n from drizzle.__drizzle_migrations");
    const journal = await import("./db/migrations/meta/_journal.json", { with: { type: "json" } });
    expect(Number(migrations[0]?.n)).toBe(journal.default.entries.length);
    const admins = await query<{ n: string }>("select count(*) as n from users where lower(email) = $1", [
      adminEmail,
    ]);
    expect(admins[0]?.n).toBe("1");
  });

  it("a session made on one process is valid on the other", async () => {
    const signedIn = await signIn(first());
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const me = await fetch(`${second().base}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()) as { email: string }).toMatchObject({ email: adminEmail });
  });

  it("a file uploaded through one process downloads through the other, byte for byte", async () => {
    const signedIn = await signIn(second());
    const cookie = signedIn.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    const content = Buffer.from("Ime;Prezime;Spol\nŠejla;Đulić;Ž\nЈована;Ћирић;Ж\n", "utf8");
    const body = multipartFile("Učesnici – Doboj.csv", content);
    const uploaded = await fetch(`${first().base}/api/imports?kind=people`, {
      method: "POST",
      headers: { ...body.headers, cookie, origin: first().base },
      body: body.payload,
    });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { id } = ((await uploaded.json()) as { import: { id: string } }).import;
    const downloaded = await fetch(`${second().base}/api/imports/${id}/file`, { headers: { cookie } });
    expect(downloaded.status, await downloaded.clone().text()).toBe(200);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(content)).toBe(true);
    // The file is in the bucket, not on either process's disk.
    const [row] = await query<{ storage_key: string }>("select storage_key from imports where id = $1", [id]);
    const key = row?.storage_key ?? "";
    const client = new S3Client({
      endpoint: s3.endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: "nap1325/" }));
    client.destroy();
    expect(listed.Contents?.map((object) => object.Key)).toContain(`nap1325/${key.slice(0, 2)}/${key}`);
  });

  it("wrong passwords count against one budget, whichever process they reach", async () => {
    // Three failures are free, the fourth starts a delay: spread over both processes, the fifth is refused.
    for (const at of [first(), second(), first(), second()]) {
      expect((await signIn(at, "not-the-password-1325")).status).toBe(401);
    }
    const refused = await signIn(first(), "not-the-password-1325");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("a scheduled job runs once, not once per process", { timeout: 150_000 }, async () => {
    // Both processes wrote the schedules at start; one per kind (the name is their key).
    const schedules = await query<{ name: string }>("select name from pgboss.schedule order by name");
    expect(schedules.map((row) => row.name)).toEqual([
      "figures.trace-cascades",
      "mail.overdue-action-items",
      "mail.reminder-digest",
      "maintenance.list-totals",
      "maintenance.networks",
      "maintenance.rate-limits",
      "maintenance.sessions",
    ]);
    // Due in the coming minute instead of at a quarter past: an expired session to clean up.
    await query(
      "insert into sessions (token_hash, user_id, expires_at) select 'expired-' || md5(random()::text), id, now() - interval '1 day' from users limit 1",
    );
    const [{ minute } = { minute: 0 }] = await query<{ minute: number }>(
      "select extract(minute from now() + interval '1 minute')::int as minute",
    );
    await query(
      "update pgboss.schedule set cron = $1, timezone = 'UTC' where name = 'maintenance.sessions'",
      [`${minute} * * * *`],
    );
    let runs: { state: string }[] = [];
    for (let waited = 0; waited < 140 && runs.every((run) => run.state !== "completed"); waited++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      runs = await query<{ state: string }>(
        `select state from pgboss.job where name = 'maintenance.sessions'
         union all select state from pgboss.archive where name = 'maintenance.sessions'`,
      );
    }
    expect(runs).toEqual([{ state: "completed" }]);
    const expired = await query<{ n: string }>("select count(*) as n from sessions where expires_at < now()");
    expect(expired[0]?.n).toBe("0");
  });
});
