import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type Body, client, send } from "./client.js";

export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: ({ signal }) => send(client.GET("/api/auth/me", { signal }), { ignoreUnauthenticated: true }),
  staleTime: 5 * 60_000,
  retry: false,
});

export const useMe = () => useQuery(meQuery);

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<"/api/auth/login", "post">) =>
      send(client.POST("/api/auth/login", { body }), { ignoreUnauthenticated: true }),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "me" });
      queryClient.setQueryData(meQuery.queryKey, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => send(client.POST("/api/auth/logout"), { ignoreUnauthenticated: true }),
    onSettled: () => queryClient.clear(),
  });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<"/api/auth/me", "patch">) => send(client.PATCH("/api/auth/me", { body })),
    onSuccess: (me) => queryClient.setQueryData(meQuery.queryKey, me),
  });
}

export const useChangePassword = () =>
  useMutation({
    mutationFn: (body: Body<"/api/auth/password", "post">) =>
      send(client.POST("/api/auth/password", { body })),
  });
