import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  CooperationYears,
  Network,
  NetworkQuery,
  Partners,
  PartnersQuery,
} from "../../../common/schemas/cooperation.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { getNetwork, getPartners, getTieYears } from "./cooperation.service.js";

export function registerCooperationRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  api.get(
    "/cooperation/network",
    { schema: { tags: ["cooperation"], querystring: NetworkQuery, response: { 200: Network } } },
    async (request) => getNetwork(db, actorOf(request), request.query),
  );
  api.get(
    "/cooperation/years",
    { schema: { tags: ["cooperation"], response: { 200: CooperationYears } } },
    async (request) => getTieYears(db, actorOf(request), clock()),
  );
  api.get(
    "/organizations/:id/partners",
    {
      schema: {
        tags: ["cooperation"],
        params: IdParams,
        querystring: PartnersQuery,
        response: { 200: Partners },
      },
    },
    async (request) => getPartners(db, actorOf(request), request.params.id, request.query),
  );
}
