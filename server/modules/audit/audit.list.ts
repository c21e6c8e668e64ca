/**
 * The audit log as its list filters it (entity type, entity, actor; newest first unless `asc`):
 * one page, for the list and for the export.
 */
import type { AuditEntry, AuditListQuery } from "../../../common/schemas/audit.js";
import type { Page } from "../../../common/schemas/common.js";
import type { DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { enforce } from "../../http/policy.js";
import { auditPolicy } from "./audit.policy.js";
import { selectAuditPage } from "./audit.queries.js";

/** One page of audit entries for an administrator, with the number of matching entries. */
export async function selectAuditEntries(
  db: DbOrTx,
  actor: Actor,
  query: AuditListQuery,
): Promise<{ items: AuditEntry[]; total: number }> {
  enforce(auditPolicy(actor, "read"), "Audit log");
  return selectAuditPage(db, query);
}

/** The list's page, with its number and size. */
export async function listAuditEntries(
  db: DbOrTx,
  actor: Actor,
  query: AuditListQuery,
): Promise<Page<AuditEntry>> {
  const { items, total } = await selectAuditEntries(db, actor, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
