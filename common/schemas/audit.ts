import { z } from "zod";
import { listQuery, page, Uuid } from "./common.js";

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: Uuid.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListQuery = listQuery(["at"] as const, {
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorUserId: Uuid.optional(),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;
export const AuditPage = page(AuditEntry);
