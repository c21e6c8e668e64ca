/**
 * Liveness (`GET /api/health`) and readiness for load balancers (`GET /api/ready`): ready only when
 * the database answers with exactly the code's migrations, the file store takes a file and the
 * process is not shutting down; otherwise 503 naming the check that failed.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { openDatabase } from "../../db/client.js";
import { findFreePort } from "../../db/embedded.js";
import { createFileStore } from "../../files/store.js";
import { createTestApp } from "../../test/app.js";
import { Drain } from "./drain.js";

const drain = new Drain();
const { app, db, files } = await createTestApp({ clock: () => new Date("2026-05-04T10:00:00Z"), drain });

const scratch = await mkdtemp(join(tmpdir(), "nap1325-ready-"));
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const ready = async (target = app) => {
  const response = await target.inject({ url: "/api/ready" });
  return {
    status: response.statusCode,
    body: response.json(),
    cacheControl: response.headers["cache-control"],
  };
};

/** The latest recorded migration: its journal time and hash. */
async function latestMigration() {
  const result = await db.execute<{ hash: string; created_at: string }>(
    sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const row = result.rows[0];
  if (!row) throw new Error("no migration recorded");
  return row;
}

describe("GET /api/health", () => {
  it("answers anyone that the app and its database are up, with the server's time", async () => {
    const response = await app.inject({ url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: "ok", time: "2026-05-04T10:00:00.000Z" });
  });
});

describe("GET /api/ready", () => {
  it("answers 200 when the database, its migrations and the file store are all right", async () => {
    expect(await ready()).toEqual({
      status: 200,
      body: { status: "ready", checks: { database: "ok", migrations: "ok", files: "ok" } },
      cacheControl: "no-store",
    });
  });

  it("answers 503 'behind' when the database lacks a migration of the code", async () => {
    const latest = await latestMigration();
    await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${latest.created_at}`);
    try {
      expect(await ready()).toMatchObject({
        status: 503,
        body: { status: "not_ready", checks: { database: "ok", migrations: "behind", files: "ok" } },
      });
    } finally {
      await db.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${latest.hash}, ${latest.created_at})`,
      );
    }
    expect((await ready()).status).toBe(200);
  });

  it("answers 503 'ahead' when a newer version of the code has migrated the database", async () => {
    const newer = Number((await latestMigration()).created_at) + 1000;
    await db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('newer', ${newer})`,
    );
    try {
      expect(await ready()).toMatchObject({
        status: 503,
        body: { status: "not_ready", checks: { migrations: "ahead" } },
      });
    } finally {
      await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${newer}`);
    }
    expect((await ready()).status).toBe(200);
  });

  it("answers 503 naming the file store when it cannot take a file", async () => {
    // A folder that cannot be made (its parent is a file), whoever runs the test.
    const blocker = join(scratch, "not-a-folder");
    await writeFile(blocker, "");
    const broken = await buildApp({
      db,
      files: createFileStore({ kind: "local", root: join(blocker, "files") }),
    });
    try {
      expect(await ready(broken)).toMatchObject({
        status: 503,
        body: { status: "not_ready", checks: { database: "ok", migrations: "ok", files: "not_writable" } },
      });
    } finally {
      await broken.close();
    }
  });

  it("answers 503 naming the database when it cannot be reached, and says nothing more", async () => {
    const port = await findFreePort();
    const unreachable = openDatabase(`postgres://nap1325:secret-password@127.0.0.1:${port}/nap1325`, {
      max: 1,
    });
    const broken = await buildApp({ db: unreachable.db, files });
    try {
      const answer = await ready(broken);
      expect(answer).toEqual({
        status: 503,
        body: {
          status: "not_ready",
          checks: { database: "unreachable", migrations: "unknown", files: "ok" },
        },
        cacheControl: "no-store",
      });
      expect(JSON.stringify(answer.body)).not.toContain("secret-password");
    } finally {
      await broken.close();
      await unreachable.close();
    }
  });

  it("answers 503 'draining' once the process has begun to shut down, without running the checks", async () => {
    drain.start();
    expect(await ready()).toEqual({ status: 503, body: { status: "draining" }, cacheControl: "no-store" });
    // Liveness is another question: the process still answers while it drains.
    expect((await app.inject({ url: "/api/health" })).statusCode).toBe(200);
  });
});
