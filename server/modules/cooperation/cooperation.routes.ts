import type { FastifyInstance } from "fastify";
import { Network, NetworkQuery } from "../../../common/schemas/cooperation.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { getNetwork } from "./cooperation.service.js";

export function registerCooperationRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = typed(app);
  api.get(
    "/cooperation/network",
    { schema: { tags: ["cooperation"], querystring: NetworkQuery, response: { 200: Network } } },
    async (request) => getNetwork(db, actorOf(request), request.query),
  );
}
