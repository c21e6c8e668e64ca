import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import { IndicatorSeries, PlanProgress, ProgressQuery } from "../../../common/schemas/progress.js";
import type { ModuleDeps } from "../../app.js";
import { exportFormats, sendExport } from "../../exports/export.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { getIndicatorSeries, getPlanProgress, getProgressFile } from "./progress.service.js";

export function registerProgressRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["progress"];

  api.get(
    "/plans/:id/progress",
    { schema: { tags, params: IdParams, querystring: ProgressQuery, response: { 200: PlanProgress } } },
    async (request) =>
      getPlanProgress(db, actorOf(request), request.params.id, clock(), request.query.periodId),
  );
  for (const format of exportFormats) {
    api.get(
      `/plans/:id/progress.${format}`,
      { schema: { tags, params: IdParams, querystring: ProgressQuery } },
      async (request, reply) => {
        const file = await getProgressFile(
          db,
          actorOf(request),
          request.params.id,
          clock(),
          format,
          request.query.periodId,
        );
        return sendExport(reply, file);
      },
    );
  }
  api.get(
    "/indicators/:id/series",
    { schema: { tags, params: IdParams, response: { 200: IndicatorSeries } } },
    async (request) => getIndicatorSeries(db, actorOf(request), request.params.id, clock()),
  );
}
