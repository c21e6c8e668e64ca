/**
 * The queue as several app processes share it: two `Jobs` instances on one database, each with its
 * own pg-boss pool, as two processes would have.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { LogMailer } from "../mail/mailer.js";
import { selectJob, selectJobPage, selectJobSchedules } from "../modules/jobs/jobs.queries.js";
import { createTestDatabase } from "../test/db.js";
import { type JobLog, type Jobs, startJobs } from "./queue.js";
import { type AnyJobKind, defineJob, JOB_TIME_ZONE, type JobDeps } from "./registry.js";

const database = await createTestDatabase();
const { db } = database;
const deps: JobDeps = { db, mailer: new LogMailer(), clock: () => new Date(), publicUrl: null };

/** Every line the queue logs, to check what it says and that it never writes a job's data. */
const lines: { level: string; fields: object; message: string }[] = [];
const log: JobLog = {
  info: (fields, message) => lines.push({ level: "info", fields, message }),
  warn: (fields, message) => lines.push({ level: "warn", fields, message }),
  error: (fields, message) => lines.push({ level: "error", fields, message }),
};

const started: Pick<Jobs, "stop">[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((jobs) => jobs.stop()));
  lines.length = 0;
});

/** A process's queue, with intervals short enough for a test (pg-boss's smallest). */
async function startProcess<const Kinds extends readonly AnyJobKind[]>(kinds: Kinds, runsJobs = true) {
  const jobs = await startJobs({
    databaseUrl: database.url,
    kinds,
    runsJobs,
    deps,
    log,
    poolSize: 2,
    intervals: { pollingSeconds: 0.5, cronMonitorSeconds: 1, cronWorkerSeconds: 1 },
    stopTimeoutSeconds: 10,
  });
  started.push(jobs);
  return jobs;
}

/** Waits until the condition holds, looking every 100 ms; fails after `seconds`. */
async function until(condition: () => Promise<boolean> | boolean, seconds = 20): Promise<void> {
  for (let waited = 0; waited < seconds * 1000; waited += 100) {
    if (await condition()) return;
    await sleep(100);
  }
  throw new Error(`not reached in ${seconds} s`);
}

const jobsOf = (name: string, state?: "completed" | "failed") =>
  selectJobPage(db, { page: 1, pageSize: 200, name, ...(state ? { state } : {}) });

describe("background jobs shared by processes", () => {
  it("handles a job sent once exactly once, whichever process fetches it", async () => {
    const handled: number[] = [];
    const kinds = [
      defineJob<"test.count", { n: number }>({
        name: "test.count",
        retryLimit: 0,
        retryDelaySeconds: 0,
        retryBackoff: false,
        expireInSeconds: 60,
        handler: async (_deps, data) => {
          handled.push(data.n);
        },
      }),
    ] as const;
    const first = await startProcess(kinds);
    const second = await startProcess(kinds);
    // A process with JOBS=0 sends but never works a job.
    const sender = await startProcess(kinds, false);
    for (let n = 0; n < 9; n++) {
      const id = await [first, second, sender][n % 3]?.send("test.count", { n });
      expect(id).toEqual(expect.any(String));
    }
    await until(async () => (await jobsOf("test.count", "completed")).total === 9);
    expect(handled.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(lines.filter((line) => line.message === "job done")).toHaveLength(9);
  });

  it("tries a failing job again with backoff, then leaves it failed with its error for administrators", {
    timeout: 60_000,
  }, async () => {
    let attempts = 0;
    const kinds = [
      defineJob<"test.flaky", { to: string }>({
        name: "test.flaky",
        retryLimit: 2,
        retryDelaySeconds: 1,
        retryBackoff: true,
        expireInSeconds: 60,
        handler: async (_deps, data) => {
          attempts++;
          throw new Error(`Recipient refused: <${data.to}>`);
        },
      }),
    ] as const;
    const first = await startProcess(kinds);
    await startProcess(kinds);
    const id = await first.send("test.flaky", { to: "ana.anic@example.org" });
    await until(async () => (await jobsOf("test.flaky", "failed")).total === 1, 40);

    expect(attempts).toBe(3);
    const [job] = (await jobsOf("test.flaky")).items;
    expect(job).toMatchObject({
      id,
      state: "failed",
      archived: false,
      retryCount: 2,
      retryLimit: 2,
      nextTryAt: null,
      lastError: "Recipient refused: <[address]>",
    });
    const stored = await db.execute<{ retry_backoff: boolean; retry_delay: number }>(
      sql`select retry_backoff, retry_delay from pgboss.job where id = ${id}::uuid`,
    );
    expect(stored.rows).toEqual([{ retry_backoff: true, retry_delay: 1 }]);
    // Two failures to be tried again, one final; the data and the address never reach the log.
    expect(lines.map((line) => `${line.level} ${line.message}`)).toEqual([
      "warn job failed; it will be tried again",
      "warn job failed; it will be tried again",
      "error job failed",
    ]);
    expect(lines.map((line) => line.fields)).toEqual([
      expect.objectContaining({ job: "test.flaky", id, attempt: 1, attempts: 3 }),
      expect.objectContaining({ attempt: 2 }),
      expect.objectContaining({
        attempt: 3,
        error: { class: "Error", message: "Recipient refused: <[address]>" },
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain("example.org");
  });

  it("sends a scheduled job once across both processes", { timeout: 90_000 }, async () => {
    // A schedule for the current minute: due now, and not again within the hour. Started early
    // enough in the minute that the processes check it before the minute is over.
    if (new Date().getSeconds() > 40) await sleep((61 - new Date().getSeconds()) * 1000);
    const cron = `${new Date().getMinutes()} * * * *`;
    let runs = 0;
    const kinds = [
      defineJob({
        name: "test.scheduled",
        cron,
        retryLimit: 0,
        retryDelaySeconds: 0,
        retryBackoff: false,
        expireInSeconds: 60,
        handler: async () => {
          runs++;
        },
      }),
    ] as const;
    await startProcess(kinds);
    await startProcess(kinds);
    await until(() => runs > 0, 15);
    // Both processes go on checking the schedule every second for a while: nothing more is sent.
    await sleep(4000);
    expect(runs).toBe(1);
    expect((await jobsOf("test.scheduled")).total).toBe(1);
    expect(await selectJobSchedules(db)).toEqual([{ name: "test.scheduled", cron, tz: JOB_TIME_ZONE }]);
  });

  it("lets a running job finish when the process stops", async () => {
    let finished = false;
    let running = false;
    const kinds = [
      defineJob({
        name: "test.slow",
        retryLimit: 1,
        retryDelaySeconds: 0,
        retryBackoff: false,
        expireInSeconds: 60,
        handler: async () => {
          running = true;
          await sleep(1500);
          finished = true;
        },
      }),
    ] as const;
    const jobs = await startProcess(kinds);
    const id = (await jobs.send("test.slow", {})) as string;
    await until(() => running);
    await jobs.stop();
    expect(finished).toBe(true);
    expect((await selectJob(db, id))?.state).toBe("completed");
  });
});
