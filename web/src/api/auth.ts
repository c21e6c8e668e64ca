import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ChangePasswordRequest,
  LoginRequest,
  Me,
  UpdateMeRequest,
} from "../../../common/schemas/auth.js";
import { api } from "./client.js";

export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: ({ signal }) => api<Me>("/auth/me", { signal, ignoreUnauthenticated: true }),
  staleTime: 5 * 60_000,
  retry: false,
});

export const useMe = () => useQuery(meQuery);

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof LoginRequest>) =>
      api<Me>("/auth/login", { method: "POST", body: input, ignoreUnauthenticated: true }),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "me" });
      queryClient.setQueryData(meQuery.queryKey, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>("/auth/logout", { method: "POST", ignoreUnauthenticated: true }),
    onSettled: () => queryClient.clear(),
  });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof UpdateMeRequest>) =>
      api<Me>("/auth/me", { method: "PATCH", body: input }),
    onSuccess: (me) => queryClient.setQueryData(meQuery.queryKey, me),
  });
}

export const useChangePassword = () =>
  useMutation({
    mutationFn: (input: z.input<typeof ChangePasswordRequest>) =>
      api<void>("/auth/password", { method: "POST", body: input }),
  });
