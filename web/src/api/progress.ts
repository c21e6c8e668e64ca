import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { client, send } from "./client.js";

/** A plan's progress in one period; without a period the server picks the latest that has started. */
export const usePlanProgress = (planId: string, periodId: string | undefined) =>
  useQuery({
    queryKey: ["progress", planId, periodId ?? ""],
    queryFn: ({ signal }) =>
      send(
        client.GET("/api/plans/{id}/progress", {
          params: { path: { id: planId }, query: { periodId } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** One indicator's targets and actuals over the periods of its plan. */
export const useIndicatorSeries = (indicatorId: string) =>
  useQuery({
    queryKey: ["indicator-series", indicatorId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/indicators/{id}/series", { params: { path: { id: indicatorId } }, signal })),
  });

/** The address of the progress table as a file (a plain download, outside the SPA). */
const progressFileUrl = (planId: string, periodId: string | undefined, extension: "csv" | "xlsx") =>
  `/api/plans/${planId}/progress.${extension}${periodId ? `?periodId=${encodeURIComponent(periodId)}` : ""}`;

/** The address of the progress table as CSV. */
export const progressCsvUrl = (planId: string, periodId: string | undefined) =>
  progressFileUrl(planId, periodId, "csv");

/** The address of the progress table as an Excel workbook. */
export const progressXlsxUrl = (planId: string, periodId: string | undefined) =>
  progressFileUrl(planId, periodId, "xlsx");
