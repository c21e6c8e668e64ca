import { type Body, client, type Query, send } from "./client.js";
import { useItem, useList, useWrite } from "./resource.js";

const resource = "organizations";
export type OrganizationListParams = Query<"/api/organizations">;

export const useOrganizations = (params: OrganizationListParams, options?: { enabled?: boolean }) =>
  useList(
    resource,
    params,
    (signal) => send(client.GET("/api/organizations", { params: { query: params }, signal })),
    options,
  );
export const useOrganization = (id: string | undefined | null) =>
  useItem(resource, id, (id, signal) =>
    send(client.GET("/api/organizations/{id}", { params: { path: { id } }, signal })),
  );
export const useCreateOrganization = () =>
  useWrite((body: Body<"/api/organizations", "post">) => send(client.POST("/api/organizations", { body })));
export const useUpdateOrganization = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/organizations/{id}", "patch"> }) =>
    send(client.PATCH("/api/organizations/{id}", { params: { path: { id } }, body: patch })),
  );
export const useArchiveOrganization = () =>
  useWrite((id: string) => send(client.DELETE("/api/organizations/{id}", { params: { path: { id } } })));
export const useRestoreOrganization = () =>
  useWrite((id: string) =>
    send(client.POST("/api/organizations/{id}/restore", { params: { path: { id } } })),
  );
