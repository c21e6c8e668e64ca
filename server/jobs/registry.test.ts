import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cooperationNetworks, rateLimits, sessions } from "../db/schema.js";
import { LogMailer } from "../mail/mailer.js";
import { createTestDatabase } from "../test/db.js";
import { makeSignedInUser } from "../test/factories.js";
import { type JobDeps, type JobName, jobKinds } from "./registry.js";

const { db } = await createTestDatabase();
const now = new Date("2026-03-02T10:00:00Z");
const deps: JobDeps = { db, mailer: new LogMailer(), clock: () => now, publicUrl: null };
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

const run = async (name: JobName) => {
  const kind = jobKinds.find((candidate) => candidate.name === name);
  if (!kind) throw new Error(`no kind ${name}`);
  await kind.handler(deps, {});
};

describe("the job kinds", () => {
  it("run hourly clean-ups, the cascades' tracing each minute, a nightly clean-up and daily mails in Sarajevo's time, each with retries that back off", () => {
    expect(
      jobKinds.map((kind) => [kind.name, kind.cron, kind.tz ?? "Europe/Sarajevo", kind.retryBackoff]),
    ).toEqual([
      ["maintenance.rate-limits", "0 * * * *", "Europe/Sarajevo", true],
      ["maintenance.sessions", "15 * * * *", "Europe/Sarajevo", true],
      ["maintenance.list-totals", "45 * * * *", "Europe/Sarajevo", true],
      ["figures.trace-cascades", "* * * * *", "Europe/Sarajevo", true],
      ["maintenance.networks", "30 3 * * *", "Europe/Sarajevo", true],
      ["mail.reminder-digest", "0 7 * * *", "Europe/Sarajevo", true],
      ["mail.overdue-action-items", "30 7 * * *", "Europe/Sarajevo", true],
    ]);
    for (const kind of jobKinds) expect(kind.retryLimit).toBeGreaterThan(0);
  });

  it("deletes the rate-limit windows that have ended, and only those", async () => {
    // Windows end by the database's clock, as the counters count them.
    const fromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    await db.insert(rateLimits).values([
      { key: "ended", hits: 3, resetsAt: fromNow(-1) },
      { key: "running", hits: 1, resetsAt: fromNow(10) },
    ]);
    await run("maintenance.rate-limits");
    const left = await db.select({ key: rateLimits.key }).from(rateLimits);
    expect(left).toEqual([{ key: "running" }]);
  });

  it("drops the kept network measures nobody has read for 30 days, and only those", async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    await db.insert(cooperationNetworks).values([
      { fingerprint: "unread", result: {}, usedAt: daysAgo(31) },
      { fingerprint: "read", result: {}, usedAt: daysAgo(29) },
    ]);
    await run("maintenance.networks");
    const left = await db.select({ fingerprint: cooperationNetworks.fingerprint }).from(cooperationNetworks);
    expect(left).toEqual([{ fingerprint: "read" }]);
  });

  it("deletes the sessions past their absolute expiry, and only those", async () => {
    const expired = await makeSignedInUser(db, "viewer");
    const live = await makeSignedInUser(db, "viewer");
    await db
      .update(sessions)
      .set({ expiresAt: at(-1) })
      .where(eq(sessions.userId, expired.actor.userId));
    await db
      .update(sessions)
      .set({ expiresAt: at(60) })
      .where(eq(sessions.userId, live.actor.userId));
    await run("maintenance.sessions");
    const left = await db.select({ userId: sessions.userId }).from(sessions);
    expect(left).toEqual([{ userId: live.actor.userId }]);
  });
});
