import type { Job, JobListQuery, JobPage } from "../../../common/schemas/jobs.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { conflict, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import type { Jobs } from "../../jobs/queue.js";
import { recordAudit } from "../audit/audit.service.js";
import { jobAbilities, jobPolicy } from "./jobs.policy.js";
import {
  jobTablesExist,
  markJobForRetry,
  type StoredJob,
  selectJob,
  selectJobNames,
  selectJobPage,
  selectJobSchedules,
} from "./jobs.queries.js";

const present = (actor: Actor, job: StoredJob): Job => ({ ...job, abilities: jobAbilities(actor, job) });

/**
 * One page of jobs (newest first), the kinds the queue knows and the schedules. Before any process
 * has started the queue on this database there is nothing to list.
 */
export async function listJobs(db: Db, actor: Actor, query: JobListQuery): Promise<JobPage> {
  enforce(jobPolicy(actor, "read"), "Job");
  const paging = { page: query.page, pageSize: query.pageSize };
  if (!(await jobTablesExist(db))) return { items: [], total: 0, ...paging, names: [], schedules: [] };
  const [{ items, total }, names, schedules] = await Promise.all([
    selectJobPage(db, query),
    selectJobNames(db),
    selectJobSchedules(db),
  ]);
  return { items: items.map((job) => present(actor, job)), total, ...paging, names, schedules };
}

/** What the audit log keeps of a job: where it stood, never its data. */
const auditView = (job: StoredJob) => ({
  name: job.name,
  state: job.state,
  retryCount: job.retryCount,
  retryLimit: job.retryLimit,
  lastError: job.lastError,
});

/**
 * Puts a failed job back on its queue with one more attempt, audited in the same transaction. Only
 * a failed job still on its queue can be retried (409 otherwise); this process's worker of the kind,
 * if it runs one, looks for it at once.
 */
export async function retryJob(deps: { db: Db; jobs: Jobs | null }, actor: Actor, id: string): Promise<Job> {
  enforce(jobPolicy(actor, "retry"), "Job");
  if (!(await jobTablesExist(deps.db))) throw notFound("Job");
  const retried = await deps.db.transaction(async (tx) => {
    const before = await selectJob(tx, id);
    if (!before) throw notFound("Job");
    const after = before.state === "failed" && !before.archived ? await markJobForRetry(tx, before) : null;
    if (!after) throw conflict("job_not_failed");
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "job",
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
  deps.jobs?.wake(retried.name);
  return present(actor, retried);
}
