import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import { Job, JobListQuery, JobPage } from "../../../common/schemas/jobs.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { listJobs, retryJob } from "./jobs.service.js";

export function registerJobRoutes(app: FastifyInstance, { db, jobs }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["jobs"];
  api.get(
    "/jobs",
    { schema: { tags, querystring: JobListQuery, response: { 200: JobPage } } },
    async (request) => listJobs(db, actorOf(request), request.query),
  );
  api.post(
    "/jobs/:id/retry",
    { schema: { tags, params: IdParams, response: { 200: Job } } },
    async (request) => retryJob({ db, jobs }, actorOf(request), request.params.id),
  );
}
