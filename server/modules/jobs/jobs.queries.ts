/**
 * pg-boss's tables (schema `pgboss`, pg-boss v10, schema version 24), read with SQL through our own
 * pool rather than through pg-boss's API: v10 has no call that lists or pages jobs across queues
 * (only one job by queue and id), and the list must answer in every process, also one built without
 * a queue; before any process has started pg-boss on this database the tables do not exist and the
 * list is empty. `job` holds the queued jobs (a partition per queue), `archive` those moved out a
 * while after they finished, `queue` the kinds and `schedule` the crons.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Job, JobListQuery, JobSchedule, JobState } from "../../../common/schemas/jobs.js";
import type { DbOrTx } from "../../db/client.js";
import { pageOffset, pageTotal } from "../../db/sql.js";

export type StoredJob = Stored<Job>;

/** Longest error message the list shows. */
const ERROR_LIMIT = 300;

/** Whether pg-boss has created its tables on this database. */
export async function jobTablesExist(db: DbOrTx): Promise<boolean> {
  const result = await db.execute<{ installed: boolean }>(
    sql`select to_regclass('pgboss.job') is not null
          and to_regclass('pgboss.archive') is not null
          and to_regclass('pgboss.schedule') is not null as installed`,
  );
  return result.rows[0]?.installed === true;
}

/** A timestamp as an ISO date-time in UTC (raw SQL answers them as PostgreSQL's text). */
const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A failed run's output is the error pg-boss kept: `{ name, message }` from a handler, or
 * `{ value: { message } }` when a run timed out, or `{ value: "…" }` when a process stopped during it.
 */
const lastError = sql`coalesce(
  output->>'message',
  output#>>'{value,message}',
  case when jsonb_typeof(output->'value') = 'string' then output->>'value' end
)`;

/**
 * The columns of the list, from `job` or `archive` (same columns). A job waiting to be tried again
 * still holds the time its last attempt failed: it is not finished, so no completion time is shown.
 */
const columns = (archived: boolean) => sql`
  id::text as id, name, state::text as state, ${sql.raw(archived ? "true" : "false")} as archived,
  retry_count as "retryCount", retry_limit as "retryLimit",
  ${iso(sql`created_on`)} as "createdAt",
  ${iso(sql`started_on`)} as "startedAt",
  case when state in ('completed', 'cancelled', 'failed') then ${iso(sql`completed_on`)} end as "completedAt",
  case when state = 'retry' or (state = 'created' and start_after > now())
    then ${iso(sql`start_after`)} end as "nextTryAt",
  case when state <> 'completed' then ${lastError} end as "lastError",
  created_on`;

type JobRow = {
  id: string;
  name: string;
  state: JobState;
  archived: boolean;
  retryCount: number;
  retryLimit: number;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  nextTryAt: string | null;
  lastError: string | null;
};

const toStoredJob = ({ created_on: _createdOn, ...row }: JobRow & { created_on?: unknown }): StoredJob => ({
  ...row,
  lastError:
    row.lastError && row.lastError.length > ERROR_LIMIT
      ? `${row.lastError.slice(0, ERROR_LIMIT - 1)}…`
      : row.lastError,
});

/** pg-boss's own queues (the one that turns due schedules into jobs) are not the app's jobs. */
const notInternal = sql`not starts_with(name, '__pgboss__')`;

function filters(query: Pick<JobListQuery, "state" | "name">): SQL {
  const conditions: SQL[] = [notInternal];
  if (query.state) conditions.push(sql`state = ${query.state}`);
  if (query.name) conditions.push(sql`name = ${query.name}`);
  return sql.join(conditions, sql` and `);
}

/** The queued and archived jobs together: the archive keeps finished jobs a while longer. */
const allJobs = (where: SQL) => sql`
  select ${columns(false)} from pgboss.job where ${where}
  union all
  select ${columns(true)} from pgboss.archive where ${where}`;

/** One page of jobs, newest first, with the number of matching jobs. */
export async function selectJobPage(
  db: DbOrTx,
  query: JobListQuery,
): Promise<{ items: StoredJob[]; total: number }> {
  const where = filters(query);
  const result = await db.execute<JobRow>(sql`
    select * from (${allJobs(where)}) jobs
    order by created_on desc, id desc
    limit ${query.pageSize} offset ${pageOffset(query.page, query.pageSize)}`);
  const total = await pageTotal(result.rows.length, query.page, query.pageSize, async () => {
    const counted = await db.execute<{ count: string }>(sql`
      select (select count(*) from pgboss.job where ${where})
           + (select count(*) from pgboss.archive where ${where}) as count`);
    return Number(counted.rows[0]?.count ?? 0);
  });
  return { items: result.rows.map(toStoredJob), total };
}

/** One job by id, queued or archived (the queued one when both exist for a moment). */
export async function selectJob(db: DbOrTx, id: string): Promise<StoredJob | null> {
  const result = await db.execute<JobRow>(sql`
    select * from (${allJobs(sql`${notInternal} and id = ${id}::uuid`)}) jobs
    order by archived
    limit 1`);
  const row = result.rows[0];
  return row ? toStoredJob(row) : null;
}

/**
 * Puts a failed job back on its queue with one more attempt allowed: the statement of pg-boss v10's
 * `retry()`, run here so that the change and its audit entry commit together in our transaction.
 * The workers find it at their next poll. Null when the job is not (or no longer) failed.
 */
export async function markJobForRetry(
  db: DbOrTx,
  job: { name: string; id: string },
): Promise<StoredJob | null> {
  const result = await db.execute<{ id: string }>(sql`
    update pgboss.job set state = 'retry', retry_limit = retry_limit + 1
    where name = ${job.name} and id = ${job.id}::uuid and state = 'failed'
    returning id::text as id`);
  if (result.rows.length === 0) return null;
  return selectJob(db, job.id);
}

/** The kinds of job the queue knows, by name. */
export async function selectJobNames(db: DbOrTx): Promise<string[]> {
  const result = await db.execute<{ name: string }>(
    sql`select name from pgboss.queue where ${notInternal} order by name`,
  );
  return result.rows.map((row) => row.name);
}

/** The schedules: which kind is sent when (cron, time zone). */
export async function selectJobSchedules(db: DbOrTx): Promise<JobSchedule[]> {
  const result = await db.execute<JobSchedule>(
    sql`select name, cron, timezone as tz from pgboss.schedule where ${notInternal} order by name`,
  );
  return result.rows;
}
