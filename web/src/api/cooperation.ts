import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { client, type Query, send } from "./client.js";

export type NetworkParams = Query<"/api/cooperation/network">;

/** The cooperation network of a range with its measures, compared with the range before. */
export const useNetwork = (params: NetworkParams, enabled = true) =>
  useQuery({
    enabled,
    queryKey: ["cooperation", "network", params],
    queryFn: ({ signal }) =>
      send(client.GET("/api/cooperation/network", { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });

/** The years with ties (held events, signed agreements), the latest first. */
export const useCooperationYears = () =>
  useQuery({
    queryKey: ["cooperation", "years"],
    queryFn: ({ signal }) => send(client.GET("/api/cooperation/years", { signal })),
  });

/** An organisation's partners in a range, strongest first (nothing is asked without a range). */
export const usePartners = (
  organizationId: string,
  query: Query<"/api/organizations/{id}/partners"> | null,
) =>
  useQuery({
    queryKey: ["cooperation", "partners", organizationId, query],
    enabled: query !== null,
    queryFn: ({ signal }) =>
      send(
        client.GET("/api/organizations/{id}/partners", {
          params: { path: { id: organizationId }, query: query ?? { from: "", to: "" } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
