import { useQuery } from "@tanstack/react-query";
import type { CascadeSummaryList, TotCascade } from "../../../common/schemas/cascade.js";
import { api } from "./client.js";

/** The trainer cascade of a TOT: figures, tables and the diagram's graph. */
export const useTotCascade = (eventId: string) =>
  useQuery({
    queryKey: ["events", "cascade", eventId],
    queryFn: ({ signal }) => api<TotCascade>(`/events/${eventId}/cascade`, { signal }),
  });

/** One row per TOT the reader may read. */
export const useCascades = () =>
  useQuery({
    queryKey: ["events", "cascades"],
    queryFn: ({ signal }) => api<CascadeSummaryList>("/cascades", { signal }),
  });
