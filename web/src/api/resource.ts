import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Page } from "../../../common/schemas/common.js";
import { api, type QueryValue } from "./client.js";

/** Query keys start with the resource name, so one resource can be refreshed at once. */
export const listKey = (resource: string, params: object) => [resource, "list", params] as const;
export const itemKey = (resource: string, id: string) => [resource, "item", id] as const;

export type ListParams = Record<string, QueryValue>;

export function useList<T>(resource: string, params: object, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: listKey(resource, params),
    queryFn: ({ signal }) => api<Page<T>>(`/${resource}`, { query: params as ListParams, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useItem<T>(resource: string, id: string | undefined | null) {
  return useQuery({
    queryKey: itemKey(resource, id ?? ""),
    queryFn: ({ signal }) => api<T>(`/${resource}/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

/**
 * Any change may move figures elsewhere (an event held changes the dashboard and the project's
 * targets), so every successful write marks all cached data stale; only what is on screen refetches.
 */
function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== "me" });
}

export function useCreate<TInput, TOutput>(resource: string) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (input: TInput) => api<TOutput>(`/${resource}`, { method: "POST", body: input }),
    onSuccess: refresh,
  });
}

export function useUpdate<TPatch, TOutput>(resource: string) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TPatch }) =>
      api<TOutput>(`/${resource}/${id}`, { method: "PATCH", body: patch }),
    onSuccess: refresh,
  });
}

/** DELETE archives the row; restore brings it back. */
export function useArchive<TOutput>(resource: string) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (id: string) => api<TOutput>(`/${resource}/${id}`, { method: "DELETE" }),
    onSuccess: refresh,
  });
}

export function useRestore<TOutput>(resource: string) {
  const refresh = useRefreshAll();
  return useMutation({
    mutationFn: (id: string) => api<TOutput>(`/${resource}/${id}/restore`, { method: "POST" }),
    onSuccess: refresh,
  });
}

/** For writes that are not plain CRUD (participants, framework nodes, password resets). */
export function useWrite<TVariables, TOutput>(write: (variables: TVariables) => Promise<TOutput>) {
  const refresh = useRefreshAll();
  return useMutation({ mutationFn: write, onSuccess: refresh });
}
