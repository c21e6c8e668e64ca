import type { FastifyInstance } from "fastify";
import { AuditListQuery, AuditPage } from "../../../common/schemas/audit.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { listAuditEntries } from "./audit.list.js";

export function registerAuditRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  typed(app).get(
    "/audit",
    { schema: { tags: ["audit"], querystring: AuditListQuery, response: { 200: AuditPage } } },
    async (request) => listAuditEntries(db, actorOf(request), request.query),
  );
}
