import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import { IndicatorSeries, PlanProgress, ProgressQuery } from "../../../common/schemas/progress.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { xlsxContentType } from "../../http/xlsx.js";
import { getIndicatorSeries, getPlanProgress, getProgressCsv, getProgressXlsx } from "./progress.service.js";

export function registerProgressRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["progress"];

  api.get(
    "/plans/:id/progress",
    { schema: { tags, params: IdParams, querystring: ProgressQuery, response: { 200: PlanProgress } } },
    async (request) =>
      getPlanProgress(db, actorOf(request), request.params.id, clock(), request.query.periodId),
  );
  api.get(
    "/plans/:id/progress.csv",
    { schema: { tags, params: IdParams, querystring: ProgressQuery } },
    async (request, reply) => {
      const csv = await getProgressCsv(
        db,
        actorOf(request),
        request.params.id,
        clock(),
        request.query.periodId,
      );
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${csv.fileName}"`)
        .send(csv.body);
    },
  );
  api.get(
    "/plans/:id/progress.xlsx",
    { schema: { tags, params: IdParams, querystring: ProgressQuery } },
    async (request, reply) => {
      const xlsx = await getProgressXlsx(
        db,
        actorOf(request),
        request.params.id,
        clock(),
        request.query.periodId,
      );
      return reply
        .header("content-type", xlsxContentType)
        .header("content-disposition", `attachment; filename="${xlsx.fileName}"`)
        .send(xlsx.body);
    },
  );
  api.get(
    "/indicators/:id/series",
    { schema: { tags, params: IdParams, response: { 200: IndicatorSeries } } },
    async (request) => getIndicatorSeries(db, actorOf(request), request.params.id, clock()),
  );
}
