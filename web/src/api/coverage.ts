import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { FeatureCollection } from "geojson";
import type { Topology } from "topojson-specification";
import { client, type Query, send } from "./client.js";

export type CoverageParams = Query<"/api/coverage">;

/** Figures per municipality that had activity, for the coverage map and its table. */
export const useCoverage = (params: CoverageParams) =>
  useQuery({
    queryKey: ["coverage", "list", params],
    queryFn: ({ signal }) => send(client.GET("/api/coverage", { params: { query: params }, signal })),
    placeholderData: keepPreviousData,
  });

/** A municipality's page: figures, events, organisations involved and local partner NGOs. */
export const useMunicipalityActivity = (id: string, params: Query<"/api/municipalities/{id}">) =>
  useQuery({
    queryKey: ["coverage", "municipality", id, params],
    queryFn: ({ signal }) =>
      send(client.GET("/api/municipalities/{id}", { params: { path: { id }, query: params }, signal })),
    placeholderData: keepPreviousData,
  });

/** Where the web app serves the municipalities' boundaries (geoBoundaries, CC BY 4.0). */
export const MUNICIPALITIES_MAP_URL = "/maps/bih-municipalities.topojson";

/**
 * The municipalities' polygons as GeoJSON. Each feature carries the geoBoundaries `shapeID`, which
 * jurisdictions keep as `shapeId`: the only key to join them by (some of the file's names are wrong).
 */
export const useMunicipalityShapes = () =>
  useQuery({
    queryKey: ["maps", "municipalities"],
    queryFn: async ({ signal }): Promise<FeatureCollection> => {
      const response = await fetch(MUNICIPALITIES_MAP_URL, { signal });
      if (!response.ok) throw new Error(`The map could not be loaded (${response.status})`);
      const topology = (await response.json()) as Topology;
      const { feature } = await import("topojson-client");
      const [object] = Object.values(topology.objects);
      if (!object) throw new Error("The map file holds no shapes");
      return feature(topology, object) as FeatureCollection;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
