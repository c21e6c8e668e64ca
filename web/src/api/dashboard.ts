import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Dashboard } from "../../../common/schemas/dashboard.js";
import { api } from "./client.js";

export const useDashboard = (projectId: string | undefined) =>
  useQuery({
    queryKey: ["dashboard", projectId ?? ""],
    queryFn: ({ signal }) => api<Dashboard>("/dashboard", { query: { projectId }, signal }),
    placeholderData: keepPreviousData,
  });
