/** The changes of an indicator's definition, as the audit log keeps them. */
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { auditLog, users } from "../../db/schema.js";

/** The audit entries of an indicator, newest first. */
export function selectIndicatorAudits(db: DbOrTx, id: string) {
  return db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      actorName: users.displayName,
      before: auditLog.before,
      after: auditLog.after,
      reason: auditLog.reason,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.entityType, "indicator"), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
}
