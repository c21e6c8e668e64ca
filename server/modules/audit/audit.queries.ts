/** The audit log's SQL: writing an entry, and one page of entries as the list filters them. */
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { AuditEntry, AuditListQuery } from "../../../common/schemas/audit.js";
import { insertRowsAsJson } from "../../db/bulk.js";
import type { DbOrTx } from "../../db/client.js";
import { auditLog, users } from "../../db/schema.js";
import { pageOffset, pageTotal } from "../../db/sql.js";

export type AuditRowValues = Omit<typeof auditLog.$inferInsert, "id" | "at">;

/** Entries written as one JSON document per 5,000 (a bulk import audits thousands at once). */
export async function insertAuditEntries(db: DbOrTx, rows: readonly AuditRowValues[]): Promise<void> {
  await insertRowsAsJson(db, auditLog, rows);
}

/**
 * Filtered by entity type, entity and actor; newest first unless `asc`. The page reads only its own
 * rows (an index scan on the id); the total comes from the page when it is the last one, otherwise
 * from a separate `count(*)` of the filtered ids (no join, no jsonb), never a window count over every
 * entry with its before → after.
 */
export async function selectAuditPage(
  db: DbOrTx,
  query: AuditListQuery,
): Promise<{ items: AuditEntry[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    query.entityType ? eq(auditLog.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
    query.actorUserId ? eq(auditLog.actorUserId, query.actorUserId) : undefined,
  ];
  const where = and(...conditions);
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
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(query.order === "asc" ? auditLog.id : desc(auditLog.id))
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  const total = await pageTotal(rows.length, query.page, query.pageSize, async () => {
    const [row] = await db.select({ count: count() }).from(auditLog).where(where);
    return row?.count ?? 0;
  });
  return { items: rows.map((row) => ({ ...row, at: row.at.toISOString() })), total };
}
