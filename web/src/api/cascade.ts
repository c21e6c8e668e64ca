import { useQuery } from "@tanstack/react-query";
import { client, send } from "./client.js";

/** The trainer cascade of a TOT: figures, tables and the diagram's graph. */
export const useTotCascade = (eventId: string) =>
  useQuery({
    queryKey: ["events", "cascade", eventId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/events/{id}/cascade", { params: { path: { id: eventId } }, signal })),
  });

/** One row per TOT the reader may read. */
export const useCascades = () =>
  useQuery({
    queryKey: ["events", "cascades"],
    queryFn: ({ signal }) => send(client.GET("/api/cascades", { signal })),
  });
