/**
 * The routes' rate limits are counted in PostgreSQL: app processes behind one load balancer share
 * each ceiling, a window that has ended starts again, and two routes never share a counter.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { rateLimits, signInFailures } from "../db/schema.js";
import { createFileStore } from "../files/store.js";
import { createTestDatabase } from "../test/db.js";

const database = await createTestDatabase();
const { db } = database;
const filesRoot = await mkdtemp(join(tmpdir(), "nap1325-rate-limits-"));
const files = createFileStore({ kind: "local", root: filesRoot });
/** Two app processes on one database, as behind a load balancer: three sign-ins a minute per address. */
const first = await buildApp({ db, files, loginAttemptsPerWindow: 3 });
const second = await buildApp({ db, files, loginAttemptsPerWindow: 3 });

afterAll(async () => {
  await first.close();
  await second.close();
  await rm(filesRoot, { recursive: true, force: true });
});

let attempt = 0;
/**
 * A wrong sign-in for a new e-mail each time, so that the per-account throttle never answers; the
 * per-address one allows 20 failures, more than these tests make between clean-ups.
 */
const signIn = (app: FastifyInstance, remoteAddress = "198.51.100.7") => {
  attempt += 1;
  return app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email: `nobody-${attempt}@example.org`, password: "not-the-password" },
    remoteAddress,
  });
};

beforeEach(async () => {
  await db.delete(rateLimits);
  await db.delete(signInFailures);
});

describe("rate limits shared through PostgreSQL", () => {
  it("holds the sign-in flood ceiling across two app processes: three on one, the fourth on the other is 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await signIn(first)).statusCode);
    expect(statuses).toEqual([401, 401, 401]);

    const fourth = await signIn(second);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json()).toMatchObject({ code: "RATE_LIMITED" });
    // The plugin's ceiling answered, not the per-account throttle: its headers say so.
    expect(fourth.headers["x-ratelimit-limit"]).toBe("3");
    expect(fourth.headers["x-ratelimit-remaining"]).toBe("0");
    const retryAfter = Number(fourth.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // Another address has its own count, on either process.
    expect((await signIn(second, "198.51.100.8")).statusCode).toBe(401);
  });

  it("counts parallel requests from both processes exactly once each", async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => signIn(i % 2 === 0 ? first : second, "203.0.113.9")),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
    const rows = await db.select().from(rateLimits);
    expect(rows.map((row) => row.hits)).toEqual([8]);
  });

  it("starts a window again once it has ended", async () => {
    for (let i = 0; i < 3; i++) await signIn(first);
    expect((await signIn(second)).statusCode).toBe(429);
    await db.update(rateLimits).set({ resetsAt: sql`now() - interval '1 second'` });
    expect((await signIn(second)).statusCode).toBe(401);
    const rows = await db.select().from(rateLimits);
    expect(rows.map((row) => row.hits)).toEqual([1]);
  });

  it("keeps one counter per route, without the client's address in the key", async () => {
    for (let i = 0; i < 3; i++) await signIn(first, "192.0.2.44");
    expect((await signIn(first, "192.0.2.44")).statusCode).toBe(429);
    // Certificate verification counts apart (60 a minute): the sign-in count does not reach it.
    const verified = await second.inject({
      url: "/api/verify/BIH-2012-ABCDEFGH",
      remoteAddress: "192.0.2.44",
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.headers["x-ratelimit-remaining"]).toBe("59");
    // HEAD runs the same lookup as GET, so it counts against the same ceiling.
    const head = await first.inject({
      method: "HEAD",
      url: "/api/verify/BIH-2012-ABCDEFGH",
      remoteAddress: "192.0.2.44",
    });
    expect(head.headers["x-ratelimit-remaining"]).toBe("58");

    const rows = await db.select().from(rateLimits);
    const keys = rows.map((row) => row.key).sort();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^GET \/api\/verify\/:number\|[0-9a-f]{32}$/);
    expect(keys[1]).toMatch(/^POST \/api\/auth\/login\|[0-9a-f]{32}$/);
    expect(keys.join(" ")).not.toContain("192.0.2.44");
  });
});
