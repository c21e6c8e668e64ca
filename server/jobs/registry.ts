/**
 * The kinds of background work: what each job does, when it runs on its own (cron in Sarajevo's
 * time), and how a failed run is tried again. `startJobs` (queue.ts) creates a queue for each kind;
 * processes that run jobs also keep its schedule and work it.
 */
import type { Db } from "../db/client.js";
import type { Mailer } from "../mail/mailer.js";
import { sendOverdueActionItemNotices, sendReminderDigests } from "../mail/scheduled.js";
import { traceStaleCascades } from "../modules/cascade/cascade.traces.js";
import { forgetUnusedNetworks } from "../modules/cooperation/cooperation.service.js";
import { compactListTotals, deleteEndedRateLimits, deleteExpiredSessions } from "./maintenance.queries.js";

/** What every job's handler receives. */
export interface JobDeps {
  db: Db;
  mailer: Mailer;
  clock: () => Date;
  /** The address users reach the app at, for links in mails; null when it is not configured. */
  publicUrl: string | null;
}

/** The time zone of every schedule: the programme's days start in Bosnia and Herzegovina. */
export const JOB_TIME_ZONE = "Europe/Sarajevo";

export interface JobKind<Name extends string = string, Data extends object = object> {
  readonly name: Name;
  readonly handler: (deps: JobDeps, data: Data) => Promise<void>;
  /** When the job is sent on its own (five-field cron, minutes resolution); none: only when sent. */
  readonly cron?: string;
  /** The time zone of the cron; Europe/Sarajevo unless said otherwise. */
  readonly tz?: string;
  /** Attempts after the first one before the job is left failed. */
  readonly retryLimit: number;
  /** Seconds before the first retry; with backoff, each further retry waits about twice as long. */
  readonly retryDelaySeconds: number;
  readonly retryBackoff: boolean;
  /** A run taking longer than this counts as failed (and is retried). */
  readonly expireInSeconds: number;
}

/**
 * Any kind, whatever its data. A handler's data is a parameter, so `never` is the type every
 * kind's data accepts.
 */
export type AnyJobKind = JobKind<string, never>;

export type NameOf<Kinds extends readonly AnyJobKind[]> = Kinds[number]["name"];
export type DataOf<Kinds extends readonly AnyJobKind[], Name extends string> =
  Extract<Kinds[number], { name: Name }> extends JobKind<Name, infer Data> ? Data : never;

/** Declares one kind with its name and data type kept, so that `send` is checked against them. */
export const defineJob = <const Name extends string, Data extends object = Record<string, never>>(
  kind: JobKind<Name, Data>,
): JobKind<Name, Data> => kind;

/** Clean-up work: cheap, so tried again soon, a few times. */
const maintenance = {
  retryLimit: 3,
  retryDelaySeconds: 60,
  retryBackoff: true,
  expireInSeconds: 300,
} as const;

/**
 * Mails: an outage of the mail server may last a while, so retries back off from five minutes up to
 * more than two hours. A retry sends nothing twice: each mail is recorded per recipient and day.
 */
const mail = { retryLimit: 5, retryDelaySeconds: 300, retryBackoff: true, expireInSeconds: 1800 } as const;

export const jobKinds = [
  defineJob({
    name: "maintenance.rate-limits",
    cron: "0 * * * *",
    ...maintenance,
    handler: async (deps) => {
      await deleteEndedRateLimits(deps.db);
    },
  }),
  // A session past its absolute expiry can never be used again, but nothing else removes it: the
  // request that finds an idle session ends only that one, and a browser that never returns leaves
  // its session behind. Sign-in failure counts are not moved here: every failed sign-in already
  // deletes the stale counts (the only time rows are added), without waiting on any lock.
  defineJob({
    name: "maintenance.sessions",
    cron: "15 * * * *",
    ...maintenance,
    handler: async (deps) => {
      await deleteExpiredSessions(deps.db, deps.clock());
    },
  }),
  // The kept totals of the unfiltered lists gain a row per writing statement; each is folded into
  // one row an hour, so a list's total stays a sum of few rows.
  defineJob({
    name: "maintenance.list-totals",
    cron: "45 * * * *",
    ...maintenance,
    handler: async (deps) => {
      await compactListTotals(deps.db);
    },
  }),
  // Kept cascade traces made current each minute after the changes that made them stale, so the
  // next read of a progress page or a cascade finds them ready (a read still traces what it finds
  // stale). Expires like a clean-up: a run that takes minutes is the next run's to finish.
  defineJob({
    name: "figures.trace-cascades",
    cron: "* * * * *",
    ...maintenance,
    handler: async (deps) => {
      await traceStaleCascades(deps.db);
    },
  }),
  // Kept network measures no page has read for 30 days (their ties have changed since, or nobody
  // asks for that range any more) are dropped once a night.
  defineJob({
    name: "maintenance.networks",
    cron: "30 3 * * *",
    ...maintenance,
    handler: async (deps) => {
      await forgetUnusedNetworks(deps.db);
    },
  }),
  defineJob({
    name: "mail.reminder-digest",
    cron: "0 7 * * *",
    ...mail,
    handler: async (deps) => {
      await sendReminderDigests(deps, deps.clock());
    },
  }),
  defineJob({
    name: "mail.overdue-action-items",
    cron: "30 7 * * *",
    ...mail,
    handler: async (deps) => {
      await sendOverdueActionItemNotices(deps, deps.clock());
    },
  }),
] as const;

export type JobKinds = typeof jobKinds;
export type JobName = NameOf<JobKinds>;
