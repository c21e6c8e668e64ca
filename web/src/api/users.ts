import { type Body, client, type Query, send } from "./client.js";
import { useItem, useList, useWrite } from "./resource.js";

const resource = "users";
export type UserListParams = Query<"/api/users">;

export const useUsers = (params: UserListParams) =>
  useList(resource, params, (signal) =>
    send(client.GET("/api/users", { params: { query: params }, signal })),
  );
export const useUser = (id: string | undefined | null) =>
  useItem(resource, id, (id, signal) =>
    send(client.GET("/api/users/{id}", { params: { path: { id } }, signal })),
  );
/** Answers the user and, once, the password to hand over. */
export const useCreateUser = () =>
  useWrite((body: Body<"/api/users", "post">) => send(client.POST("/api/users", { body })));
export const useUpdateUser = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/users/{id}", "patch"> }) =>
    send(client.PATCH("/api/users/{id}", { params: { path: { id } }, body: patch })),
  );
