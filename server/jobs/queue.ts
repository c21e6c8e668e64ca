/**
 * Background jobs on PostgreSQL with pg-boss (v10: v11 needs Node 22). Every app process starts
 * the queue; a job is fetched with `FOR UPDATE SKIP LOCKED`, so it runs once however many processes
 * work it, and a schedule sends one job per due time across all of them. pg-boss keeps its tables
 * in the schema `pgboss`, which it creates and migrates itself under an advisory lock, through a
 * small pool of its own. A process with `JOBS=0` only sends; the others also keep the schedules and
 * work the queues.
 */
import PgBoss from "pg-boss";
import {
  type AnyJobKind,
  type DataOf,
  JOB_TIME_ZONE,
  type JobDeps,
  type JobKinds,
  type NameOf,
} from "./registry.js";

/** pg-boss's schema; the administrators' view (`modules/jobs`) reads its tables there. */
export const JOBS_SCHEMA = "pgboss";

/** A pino-like log: the app's logger fits. Lines carry the job's name, id and attempt, never its data. */
export interface JobLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** How often the queue looks at the database; tests shorten them, production keeps the defaults. */
export interface JobIntervals {
  /** An idle worker looks for a job of its kind this often (at least 0.5 s). */
  pollingSeconds: number;
  /** Schedules are checked this often (1–45 s); a due schedule sends its job within a minute. */
  cronMonitorSeconds: number;
  /** Jobs that schedules send are put on their queues this often (1–45 s). */
  cronWorkerSeconds: number;
  /** Expired runs are failed and finished jobs archived this often. */
  maintenanceSeconds: number;
}

const defaultIntervals: JobIntervals = {
  pollingSeconds: 5,
  cronMonitorSeconds: 30,
  cronWorkerSeconds: 5,
  maintenanceSeconds: 120,
};

export interface JobsOptions<Kinds extends readonly AnyJobKind[]> {
  /** The app's database: pg-boss opens its own small pool on it. */
  databaseUrl: string;
  kinds: Kinds;
  /** Whether this process works jobs and keeps the schedules (`JOBS`); otherwise it only sends. */
  runsJobs: boolean;
  deps: JobDeps;
  log: JobLog;
  /** Connections of pg-boss's pool (default 4). */
  poolSize?: number;
  intervals?: Partial<JobIntervals>;
  /** How long `stop()` lets running jobs finish before failing them (default 30 s). */
  stopTimeoutSeconds?: number;
}

export interface SendOptions {
  /** Not before this time. */
  startAfter?: Date;
}

export interface Jobs<Kinds extends readonly AnyJobKind[] = JobKinds> {
  /** Whether this process works jobs (else it only sends). */
  readonly runsJobs: boolean;
  /** Puts a job on its kind's queue; its id. */
  send<Name extends NameOf<Kinds>>(
    name: Name,
    data: DataOf<Kinds, Name>,
    options?: SendOptions,
  ): Promise<string | null>;
  /**
   * Lets this process's worker of a kind look for a job now instead of at its next poll, e.g. after
   * an administrator put a failed job back on the queue. Nothing happens where no worker runs.
   */
  wake(name: string): void;
  /** Stops fetching, lets running jobs finish (up to the stop timeout), then closes the pool. */
  stop(): Promise<void>;
}

/** Failed jobs stay on their queue (where they can be retried) for a week before they are archived. */
const KEEP_FAILED_SECONDS = 7 * 24 * 60 * 60;

export async function startJobs<const Kinds extends readonly AnyJobKind[]>(
  options: JobsOptions<Kinds>,
): Promise<Jobs<Kinds>> {
  const { kinds, runsJobs, deps, log } = options;
  const intervals = { ...defaultIntervals, ...options.intervals };
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: JOBS_SCHEMA,
    application_name: "nap1325-jobs",
    max: options.poolSize ?? 4,
    migrate: true,
    schedule: runsJobs,
    supervise: runsJobs,
    archiveFailedAfterSeconds: KEEP_FAILED_SECONDS,
    maintenanceIntervalSeconds: intervals.maintenanceSeconds,
    cronMonitorIntervalSeconds: intervals.cronMonitorSeconds,
    cronWorkerIntervalSeconds: intervals.cronWorkerSeconds,
  });
  // Without a listener an 'error' event would end the process; pg-boss reports lost connections
  // and failed polls here and carries on.
  boss.on("error", (error) => {
    const queue = (error as { queue?: unknown }).queue;
    log.error(
      { ...(typeof queue === "string" ? { job: queue } : {}), error: describeError(error) },
      "job queue error",
    );
  });
  await boss.start();

  try {
    for (const kind of kinds) {
      const queue: PgBoss.Queue = {
        name: kind.name,
        policy: "standard",
        retryLimit: kind.retryLimit,
        retryDelay: kind.retryDelaySeconds,
        retryBackoff: kind.retryBackoff,
        expireInSeconds: kind.expireInSeconds,
      };
      // A queue is created once; its settings follow the registry at every start.
      await boss.createQueue(kind.name, queue);
      await boss.updateQueue(kind.name, queue);
    }
    const workers = new Map<string, string>();
    if (runsJobs) {
      await keepSchedules(boss, kinds);
      for (const kind of kinds) {
        const workerId = await boss.work<never>(
          kind.name,
          { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: intervals.pollingSeconds },
          async ([job]) => {
            if (job) await run(kind, job, deps, log);
          },
        );
        workers.set(kind.name, workerId);
      }
    }
    let stopping: Promise<void> | null = null;
    return {
      runsJobs,
      send: (name, data, sendOptions = {}) =>
        boss.send(name, data as object, sendOptions.startAfter ? { startAfter: sendOptions.startAfter } : {}),
      wake: (name) => {
        const workerId = workers.get(name);
        if (workerId) boss.notifyWorker(workerId);
      },
      stop: () => {
        stopping ??= boss.stop({
          graceful: true,
          wait: true,
          close: true,
          timeout: (options.stopTimeoutSeconds ?? 30) * 1000,
        });
        return stopping;
      },
    };
  } catch (error) {
    await boss.stop({ graceful: false, close: true });
    throw error;
  }
}

/** Each kind's schedule as the registry says; schedules of kinds that no longer exist are removed. */
async function keepSchedules(boss: PgBoss, kinds: readonly AnyJobKind[]): Promise<void> {
  for (const kind of kinds) {
    if (kind.cron) await boss.schedule(kind.name, kind.cron, {}, { tz: kind.tz ?? JOB_TIME_ZONE });
    else await boss.unschedule(kind.name);
  }
  const names = new Set(kinds.map((kind) => kind.name));
  for (const schedule of await boss.getSchedules()) {
    if (!names.has(schedule.name)) await boss.unschedule(schedule.name);
  }
}

async function run(kind: AnyJobKind, job: PgBoss.JobWithMetadata<never>, deps: JobDeps, log: JobLog) {
  const fields = {
    job: kind.name,
    id: job.id,
    attempt: job.retryCount + 1,
    attempts: job.retryLimit + 1,
  };
  try {
    await kind.handler(deps, job.data);
    log.info(fields, "job done");
  } catch (error) {
    const described = describeError(error);
    if (job.retryCount >= job.retryLimit) log.error({ ...fields, error: described }, "job failed");
    else log.warn({ ...fields, error: described }, "job failed; it will be tried again");
    throw keptError(described);
  }
}

interface DescribedError {
  class: string;
  code?: string;
  message: string;
}

/** Longest error message kept with a job or written to the log. */
const MESSAGE_LIMIT = 500;

/**
 * The class, code and message of an error, with any e-mail address in the message masked: a mail
 * server's refusal names its recipient. Nothing else of the error is kept: a database error's
 * detail and a mail error's envelope carry the values of a row or the addresses of a mail.
 */
export function describeError(error: unknown): DescribedError {
  const value = (error ?? {}) as { name?: unknown; code?: unknown; message?: unknown };
  const className =
    error instanceof Error
      ? error.constructor.name
      : typeof value.name === "string"
        ? value.name
        : typeof error;
  const code =
    typeof value.code === "string" && /^[A-Z0-9_]{2,64}$/.test(value.code) ? value.code : undefined;
  const message = (typeof value.message === "string" ? value.message : String(error))
    .replace(/[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+/g, "[address]")
    .slice(0, MESSAGE_LIMIT);
  return { class: className, ...(code ? { code } : {}), message };
}

/** What pg-boss keeps of a failed run (its output): only the class and the masked message. */
function keptError(described: DescribedError): Error {
  const kept = new Error(described.message);
  kept.name = described.class;
  kept.stack = undefined;
  return kept;
}
