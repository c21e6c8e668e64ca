import type { z } from "zod";
import type { AuditEntry, AuditListQuery } from "../../../common/schemas/audit.js";
import { useList } from "./resource.js";

export type AuditListParams = z.input<typeof AuditListQuery>;

export const useAuditLog = (params: AuditListParams) => useList<AuditEntry>("audit", params);
