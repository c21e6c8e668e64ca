import { and, desc, eq, type SQL } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { AuditListQuery, AuditPage } from "../../../common/schemas/audit.js";
import type { ModuleDeps } from "../../app.js";
import { auditLog, users } from "../../db/schema.js";
import { countAll, pageOffset } from "../../db/sql.js";
import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";
import { enforce } from "../../http/policy.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";

/** The audit log holds personal data before → after: administrators only. */
export const auditPolicy = (actor: Actor): Decision => (actor.role === "administrator" ? "allow" : "deny");

export function registerAuditRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  typed(app).get(
    "/audit",
    { schema: { tags: ["audit"], querystring: AuditListQuery, response: { 200: AuditPage } } },
    async (request) => {
      enforce(auditPolicy(actorOf(request)), "Audit log");
      const query = request.query;
      const conditions: (SQL | undefined)[] = [
        query.entityType ? eq(auditLog.entityType, query.entityType) : undefined,
        query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
        query.actorUserId ? eq(auditLog.actorUserId, query.actorUserId) : undefined,
      ];
      const rows = await db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          actorUserId: auditLog.actorUserId,
          actorName: users.displayName,
          action: auditLog.action,
          entityType: auditLog.entityType,
          entityId: auditLog.entityId,
          before: auditLog.before,
          after: auditLog.after,
          reason: auditLog.reason,
          total: countAll,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(and(...conditions))
        .orderBy(query.order === "asc" ? auditLog.id : desc(auditLog.id))
        .limit(query.pageSize)
        .offset(pageOffset(query.page, query.pageSize));
      return {
        items: rows.map(({ total: _total, ...row }) => ({ ...row, at: row.at.toISOString() })),
        total: rows[0]?.total ?? 0,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );
}
