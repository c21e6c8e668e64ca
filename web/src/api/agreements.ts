import { type Body, client, type Query, send } from "./client.js";
import { useItem, useList, useWrite } from "./resource.js";

const resource = "agreements";
export type AgreementListParams = Query<"/api/agreements">;

export const useAgreements = (params: AgreementListParams, options?: { enabled?: boolean }) =>
  useList(
    resource,
    params,
    (signal) => send(client.GET("/api/agreements", { params: { query: params }, signal })),
    options,
  );
export const useAgreement = (id: string | undefined | null) =>
  useItem(resource, id, (id, signal) =>
    send(client.GET("/api/agreements/{id}", { params: { path: { id } }, signal })),
  );
export const useCreateAgreement = () =>
  useWrite((body: Body<"/api/agreements", "post">) => send(client.POST("/api/agreements", { body })));
export const useUpdateAgreement = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/agreements/{id}", "patch"> }) =>
    send(client.PATCH("/api/agreements/{id}", { params: { path: { id } }, body: patch })),
  );
export const useArchiveAgreement = () =>
  useWrite((id: string) => send(client.DELETE("/api/agreements/{id}", { params: { path: { id } } })));
export const useRestoreAgreement = () =>
  useWrite((id: string) => send(client.POST("/api/agreements/{id}/restore", { params: { path: { id } } })));
