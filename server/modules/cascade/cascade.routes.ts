import type { FastifyInstance } from "fastify";
import { CascadeSummaryList, TotCascade } from "../../../common/schemas/cascade.js";
import { IdParams } from "../../../common/schemas/common.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { getTotCascade, listTotCascades } from "./cascade.service.js";

export function registerCascadeRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["cascades"];

  api.get(
    "/events/:id/cascade",
    { schema: { tags, params: IdParams, response: { 200: TotCascade } } },
    async (request) => getTotCascade(db, actorOf(request), request.params.id),
  );
  api.get("/cascades", { schema: { tags, response: { 200: CascadeSummaryList } } }, async (request) =>
    listTotCascades(db, actorOf(request)),
  );
}
