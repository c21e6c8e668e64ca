import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

/** Query keys start with the resource name, so one resource can be refreshed at once. */
export const listKey = (resource: string, params: object) => [resource, "list", params] as const;
export const itemKey = (resource: string, id: string) => [resource, "item", id] as const;

/** A page of a list; `list` sends the typed request (see `client.ts`). */
export function useList<T>(
  resource: string,
  params: object,
  list: (signal: AbortSignal) => Promise<T>,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: listKey(resource, params),
    queryFn: ({ signal }) => list(signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** One row by id; nothing is asked while there is no id. */
export function useItem<T>(
  resource: string,
  id: string | undefined | null,
  read: (id: string, signal: AbortSignal) => Promise<T>,
) {
  return useQuery({
    queryKey: itemKey(resource, id ?? ""),
    queryFn: ({ signal }) => read(id ?? "", signal),
    enabled: Boolean(id),
  });
}

/**
 * Any change may move figures elsewhere (an event held changes the dashboard and the project's
 * targets), so every successful write marks all cached data stale; only what is on screen refetches.
 */
export function useRefreshAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== "me" });
}

/** Every write: create, update, archive (DELETE), restore, and the writes that are not plain CRUD. */
export function useWrite<TVariables, TOutput>(write: (variables: TVariables) => Promise<TOutput>) {
  const refresh = useRefreshAll();
  return useMutation({ mutationFn: write, onSuccess: refresh });
}
