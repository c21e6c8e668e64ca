import { client, type Query, send } from "./client.js";
import { useItem, useList } from "./resource.js";

export type JurisdictionListParams = Query<"/api/jurisdictions">;

export const useJurisdictions = (params: JurisdictionListParams) =>
  useList("jurisdictions", params, (signal) =>
    send(client.GET("/api/jurisdictions", { params: { query: params }, signal })),
  );
export const useJurisdiction = (id: string | undefined | null) =>
  useItem("jurisdictions", id, (id, signal) =>
    send(client.GET("/api/jurisdictions/{id}", { params: { path: { id } }, signal })),
  );
