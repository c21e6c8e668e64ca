import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Job, JobPage } from "../../../common/schemas/jobs.js";
import { type JobLog, type Jobs, startJobs } from "../../jobs/queue.js";
import { defineJob, JOB_TIME_ZONE } from "../../jobs/registry.js";
import { LogMailer } from "../../mail/mailer.js";
import { createTestApp } from "../../test/app.js";
import { makeSignedInUser } from "../../test/factories.js";

const { app, db, database } = await createTestApp();
const admin = await makeSignedInUser(db, "administrator");
const quiet: JobLog = { info: () => {}, warn: () => {}, error: () => {} };

let failing = true;
const kinds = [
  defineJob({
    name: "test.report",
    // Once a year, so it never fires while the test runs: the list shows it among the schedules.
    cron: "0 3 1 1 *",
    retryLimit: 0,
    retryDelaySeconds: 0,
    retryBackoff: false,
    expireInSeconds: 60,
    handler: async () => {},
  }),
  defineJob({
    name: "test.mail",
    retryLimit: 0,
    retryDelaySeconds: 0,
    retryBackoff: false,
    expireInSeconds: 60,
    handler: async () => {
      if (failing) throw new Error("The mail server did not answer");
    },
  }),
] as const;

const list = async (query = "", cookie = admin.cookie) => {
  const response = await app.inject({ url: `/api/jobs${query}`, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json() as JobPage;
};
const retry = (id: string, cookie = admin.cookie) =>
  app.inject({ method: "POST", url: `/api/jobs/${id}/retry`, headers: { cookie } });

/** Waits until the list answers what the condition wants, looking every 100 ms; fails after 20 s. */
async function listUntil(query: string, condition: (page: JobPage) => boolean): Promise<JobPage> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const page = await list(query);
    if (condition(page)) return page;
    await sleep(100);
  }
  throw new Error(`GET /api/jobs${query} did not answer as expected`);
}

describe("background jobs for administrators", () => {
  it("lists nothing, and finds no job to retry, before any process has started the queue", async () => {
    expect(await list()).toEqual({ items: [], total: 0, page: 1, pageSize: 25, names: [], schedules: [] });
    expect((await retry(randomUUID())).statusCode).toBe(404);
  });

  describe("with the queue running", () => {
    let jobs: Jobs<typeof kinds>;
    beforeAll(async () => {
      jobs = await startJobs({
        databaseUrl: database.url,
        kinds,
        runsJobs: true,
        deps: { db, mailer: new LogMailer(), clock: () => new Date(), publicUrl: null },
        log: quiet,
        poolSize: 2,
        intervals: { pollingSeconds: 0.5 },
      });
    });
    afterAll(() => jobs.stop());

    it("lists jobs newest first, filtered by kind and state and paged, with the kinds and schedules", async () => {
      for (let n = 0; n < 3; n++) await jobs.send("test.report", {});
      const done = await listUntil("?name=test.report&state=completed", (page) => page.total === 3);
      const times = done.items.map((job) => job.createdAt);
      expect(times).toEqual([...times].sort().reverse());

      const first = await list("?name=test.report&pageSize=2");
      const second = await list("?name=test.report&pageSize=2&page=2");
      expect([first.total, first.items.length, second.total, second.items.length]).toEqual([3, 2, 3, 1]);
      expect([...first.items, ...second.items].map((job) => job.id)).toEqual(done.items.map((job) => job.id));
      expect(first.items[0]).toMatchObject({
        name: "test.report",
        state: "completed",
        archived: false,
        retryCount: 0,
        retryLimit: 0,
        startedAt: expect.any(String),
        completedAt: expect.any(String),
        nextTryAt: null,
        lastError: null,
        abilities: { retry: false },
      });
      expect((await list("?name=test.report&state=failed")).total).toBe(0);
      // pg-boss's own queue (due schedules → jobs) is not listed.
      expect(first.names).toEqual(["test.mail", "test.report"]);
      expect(first.schedules).toEqual([{ name: "test.report", cron: "0 3 1 1 *", tz: JOB_TIME_ZONE }]);
    });

    it("retries a failed job once, audited, and refuses a job that has not failed", async () => {
      const id = (await jobs.send("test.mail", {})) as string;
      const failed = await listUntil("?state=failed", (page) => page.total === 1);
      expect(failed.items[0]).toMatchObject({
        id,
        name: "test.mail",
        state: "failed",
        retryCount: 0,
        retryLimit: 0,
        lastError: "The mail server did not answer",
        abilities: { retry: true },
      });

      const coordinator = await makeSignedInUser(db, "coordinator");
      const mayOpen = async (cookie: string) =>
        (await app.inject({ url: "/api/auth/me", headers: { cookie } })).json().abilities.jobs;
      expect([await mayOpen(admin.cookie), await mayOpen(coordinator.cookie)]).toEqual([true, false]);
      expect((await retry(id, coordinator.cookie)).statusCode).toBe(403);
      expect(
        (await app.inject({ url: "/api/jobs", headers: { cookie: coordinator.cookie } })).statusCode,
      ).toBe(403);

      failing = false;
      const retried = await retry(id);
      expect(retried.statusCode).toBe(200);
      expect(retried.json()).toMatchObject({
        id,
        state: "retry",
        retryLimit: 1,
        completedAt: null,
        abilities: { retry: false },
      });
      const audit = await app.inject({
        url: `/api/audit?entityType=job&entityId=${id}`,
        headers: { cookie: admin.cookie },
      });
      expect(audit.json().items).toEqual([
        expect.objectContaining({
          action: "update",
          actorUserId: admin.actor.userId,
          before: expect.objectContaining({ name: "test.mail", state: "failed", retryLimit: 0 }),
          after: expect.objectContaining({ name: "test.mail", state: "retry", retryLimit: 1 }),
        }),
      ]);

      const completed = await listUntil(`?name=test.mail&state=completed`, (page) => page.total === 1);
      expect(completed.items[0]).toMatchObject<Partial<Job>>({ id, retryCount: 1, lastError: null });
      const again = await retry(id);
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: "CONFLICT", reason: "job_not_failed" });
      expect((await retry(randomUUID())).statusCode).toBe(404);
    });
  });
});
