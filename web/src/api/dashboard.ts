import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { client, send } from "./client.js";

export const useDashboard = (projectId: string | undefined) =>
  useQuery({
    queryKey: ["dashboard", projectId ?? ""],
    queryFn: ({ signal }) => send(client.GET("/api/dashboard", { params: { query: { projectId } }, signal })),
    placeholderData: keepPreviousData,
  });
