import { client, type Query, send } from "./client.js";
import { useList } from "./resource.js";

export type AuditListParams = Query<"/api/audit">;

export const useAuditLog = (params: AuditListParams) =>
  useList("audit", params, (signal) => send(client.GET("/api/audit", { params: { query: params }, signal })));
