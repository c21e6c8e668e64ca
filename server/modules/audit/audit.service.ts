import type { DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { insertAuditEntries } from "./audit.queries.js";

export type AuditAction =
  | "create"
  | "update"
  | "archive"
  | "restore"
  | "delete"
  | "login"
  | "logout"
  | "login_failed";

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Every write records who did what, before → after, in the same transaction as the write. */
export async function recordAudit(db: DbOrTx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await recordAudits(db, actor, [entry]);
}

/** Many entries of one actor at once, e.g. the rows of an import, in as few statements as may be. */
export async function recordAudits(
  db: DbOrTx,
  actor: Actor | null,
  entries: readonly AuditEntry[],
): Promise<void> {
  await insertAuditEntries(
    db,
    entries.map((entry) => ({
      actorUserId: actor?.userId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : toJson(entry.before),
      after: entry.after === undefined ? null : toJson(entry.after),
      reason: entry.reason ?? null,
    })),
  );
}

/** Row objects hold Dates and numerics; the log keeps their JSON form, without search and name keys. */
const hidden = new Set(["searchText", "nameKey", "passwordHash"]);

/**
 * The value as JSON would write it, without the hidden keys at any depth: a walk rather than a
 * write and a read of the text (an import audits ten thousand rows at once).
 */
function toJson(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const own = value as { toJSON?: () => unknown };
  if (typeof own.toJSON === "function") return toJson(own.toJSON());
  if (Array.isArray(value)) return value.map(toJson);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!hidden.has(key) && item !== undefined && typeof item !== "function") out[key] = toJson(item);
  }
  return out;
}
