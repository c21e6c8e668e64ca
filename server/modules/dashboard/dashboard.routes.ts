import type { FastifyInstance } from "fastify";
import { Dashboard, DashboardQuery } from "../../../common/schemas/dashboard.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { getDashboard } from "./dashboard.service.js";

export function registerDashboardRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  typed(app).get(
    "/dashboard",
    { schema: { tags: ["dashboard"], querystring: DashboardQuery, response: { 200: Dashboard } } },
    async (request) => getDashboard(db, actorOf(request), request.query.projectId),
  );
}
