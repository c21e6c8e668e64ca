import { type Body, client, type Query, send } from "./client.js";
import { useItem, useList, useWrite } from "./resource.js";

const resource = "projects";
export type ProjectListParams = Query<"/api/projects">;

export const useProjects = (params: ProjectListParams, options?: { enabled?: boolean }) =>
  useList(
    resource,
    params,
    (signal) => send(client.GET("/api/projects", { params: { query: params }, signal })),
    options,
  );
export const useProject = (id: string | undefined | null) =>
  useItem(resource, id, (id, signal) =>
    send(client.GET("/api/projects/{id}", { params: { path: { id } }, signal })),
  );
export const useCreateProject = () =>
  useWrite((body: Body<"/api/projects", "post">) => send(client.POST("/api/projects", { body })));
export const useUpdateProject = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/projects/{id}", "patch"> }) =>
    send(client.PATCH("/api/projects/{id}", { params: { path: { id } }, body: patch })),
  );
export const useArchiveProject = () =>
  useWrite((id: string) => send(client.DELETE("/api/projects/{id}", { params: { path: { id } } })));
export const useRestoreProject = () =>
  useWrite((id: string) => send(client.POST("/api/projects/{id}/restore", { params: { path: { id } } })));
