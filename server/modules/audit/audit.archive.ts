/**
 * Archiving and restoring a record, the same way for every resource that is archived rather than
 * deleted (organisations, people, plans, projects, events, indicators…): lock the row, ask the
 * resource's policy about it, set or clear `archivedAt`, and record the audit entry — one
 * transaction.
 */
import type { Db, DbOrTx } from "../../db/client.js";
import type { ArchivableRecord } from "../../db/rows.js";
import type { Actor } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { recordAudit } from "./audit.service.js";

export interface ArchiveRequest<Row> {
  /** The resource's rows, as its queries file exports them (`archivable(table)`). */
  record: ArchivableRecord<Row>;
  /** The audit log's name of the resource, e.g. "plan". */
  entityType: string;
  /** The name in a 404, e.g. "Plan". */
  what: string;
  id: string;
  isArchived: boolean;
  /** When it happens (the service's clock). */
  now: Date;
  /**
   * Throws when the actor may not archive this row (the resource's policy, through `enforce`);
   * `tx` reads what else the policy needs inside the same transaction.
   */
  authorize: (before: Row, tx: DbOrTx) => void | Promise<void>;
}

export async function setRecordArchived<Row>(
  db: Db,
  actor: Actor,
  request: ArchiveRequest<Row>,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await request.record.lock(tx, request.id);
    if (!before) throw notFound(request.what);
    await request.authorize(before, tx);
    const after = await request.record.setArchived(tx, request.id, request.isArchived ? request.now : null);
    await recordAudit(tx, actor, {
      action: request.isArchived ? "archive" : "restore",
      entityType: request.entityType,
      entityId: request.id,
      before,
      after,
    });
  });
}
