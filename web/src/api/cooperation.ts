import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { client, type Query, send } from "./client.js";

export type NetworkParams = Query<"/api/cooperation/network">;

/** The cooperation network of a range with its measures, compared with the range before. */
export const useNetwork = (params: NetworkParams) =>
  useQuery({
    queryKey: ["cooperation", "network", params],
    queryFn: ({ signal }) =>
      send(client.GET("/api/cooperation/network", { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });
