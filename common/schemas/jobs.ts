/** Background jobs as administrators see them: the queue's jobs, newest first, and the schedules. */
import { z } from "zod";
import { abilitiesOf } from "./abilities.js";
import { IsoDateTime, listQueryBase, page, Uuid } from "./common.js";

/** pg-boss's states: waiting, waiting to be tried again, running, done, cancelled, given up. */
export const jobStates = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
export const JobState = z.enum(jobStates);
export type JobState = z.infer<typeof JobState>;

export const JobAbilities = abilitiesOf("retry");

export const Job = z.object({
  id: Uuid,
  /** The kind of job, e.g. `mail.reminder-digest`. */
  name: z.string(),
  state: JobState,
  /** Moved out of the queue into the archive (kept for a while, no longer retried). */
  archived: z.boolean(),
  /** Attempts after the first one so far, and how many are allowed. */
  retryCount: z.number().int(),
  retryLimit: z.number().int(),
  createdAt: IsoDateTime,
  startedAt: IsoDateTime.nullable(),
  completedAt: IsoDateTime.nullable(),
  /** The next attempt of a job waiting to be tried again, or the start of one sent for later. */
  nextTryAt: IsoDateTime.nullable(),
  /** The message of the last error, shortened; never the job's data. */
  lastError: z.string().nullable(),
  abilities: JobAbilities,
});
export type Job = z.infer<typeof Job>;

export const JobSchedule = z.object({
  name: z.string(),
  cron: z.string(),
  tz: z.string().nullable(),
});
export type JobSchedule = z.infer<typeof JobSchedule>;

export const JobListQuery = z.strictObject({
  page: listQueryBase.page,
  pageSize: listQueryBase.pageSize,
  state: JobState.optional(),
  name: z.string().trim().min(1).max(100).optional(),
});
export type JobListQuery = z.infer<typeof JobListQuery>;

export const JobPage = page(Job).extend({
  /** The kinds of job the queue knows (for the name filter). */
  names: z.array(z.string()),
  schedules: z.array(JobSchedule),
});
export type JobPage = z.infer<typeof JobPage>;
