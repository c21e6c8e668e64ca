import { type Body, client, type Query, send } from "./client.js";
import { useItem, useList, useWrite } from "./resource.js";

const resource = "people";
export type PersonListParams = Query<"/api/people">;

export const usePeople = (params: PersonListParams, options?: { enabled?: boolean }) =>
  useList(
    resource,
    params,
    (signal) => send(client.GET("/api/people", { params: { query: params }, signal })),
    options,
  );
export const usePerson = (id: string | undefined | null) =>
  useItem(resource, id, (id, signal) =>
    send(client.GET("/api/people/{id}", { params: { path: { id } }, signal })),
  );
export const useCreatePerson = () =>
  useWrite((body: Body<"/api/people", "post">) => send(client.POST("/api/people", { body })));
export const useUpdatePerson = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/people/{id}", "patch"> }) =>
    send(client.PATCH("/api/people/{id}", { params: { path: { id } }, body: patch })),
  );
export const useArchivePerson = () =>
  useWrite((id: string) => send(client.DELETE("/api/people/{id}", { params: { path: { id } } })));
export const useRestorePerson = () =>
  useWrite((id: string) => send(client.POST("/api/people/{id}/restore", { params: { path: { id } } })));

export type DuplicateListParams = Query<"/api/people/duplicates">;
/** Pairs of probable duplicates (staff); its own cache key, apart from the people lists. */
export const useDuplicatePeople = (params: DuplicateListParams) =>
  useList("people-duplicates", params, (signal) =>
    send(client.GET("/api/people/duplicates", { params: { query: params }, signal })),
  );
/** Merges `body.otherId` into the person `id`, who is kept. */
export const useMergePerson = () =>
  useWrite(({ id, body }: { id: string; body: Body<"/api/people/{id}/merge", "post"> }) =>
    send(client.POST("/api/people/{id}/merge", { params: { path: { id } }, body })),
  );
