import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  Coverage,
  CoverageQuery,
  MunicipalityActivity,
  MunicipalityQuery,
} from "../../../common/schemas/coverage.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { getCoverage, getMunicipalityActivity } from "./coverage.service.js";

/** The coverage map's figures per municipality and a municipality's page: every signed-in role reads. */
export function registerCoverageRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["coverage"];
  api.get(
    "/coverage",
    { schema: { tags, querystring: CoverageQuery, response: { 200: Coverage } } },
    async (request) => getCoverage(db, actorOf(request), request.query),
  );
  api.get(
    "/municipalities/:id",
    {
      schema: {
        tags,
        params: IdParams,
        querystring: MunicipalityQuery,
        response: { 200: MunicipalityActivity },
      },
    },
    async (request) => getMunicipalityActivity(db, actorOf(request), request.params.id, request.query),
  );
}
