import { useQuery } from "@tanstack/react-query";
import { type Body, client, type Query, send } from "./client.js";
import { useItem, useList, useWrite } from "./resource.js";

const indicators = "indicators";
export type IndicatorListParams = Query<"/api/indicators">;

export const useIndicators = (params: IndicatorListParams, options?: { enabled?: boolean }) =>
  useList(
    indicators,
    params,
    (signal) => send(client.GET("/api/indicators", { params: { query: params }, signal })),
    options,
  );
export const useIndicator = (id: string | undefined | null) =>
  useItem(indicators, id, (id, signal) =>
    send(client.GET("/api/indicators/{id}", { params: { path: { id } }, signal })),
  );
export const useCreateIndicator = () =>
  useWrite((body: Body<"/api/indicators", "post">) => send(client.POST("/api/indicators", { body })));
export const useUpdateIndicator = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/indicators/{id}", "patch"> }) =>
    send(client.PATCH("/api/indicators/{id}", { params: { path: { id } }, body: patch })),
  );
export const useArchiveIndicator = () =>
  useWrite((id: string) => send(client.DELETE("/api/indicators/{id}", { params: { path: { id } } })));
export const useRestoreIndicator = () =>
  useWrite((id: string) => send(client.POST("/api/indicators/{id}/restore", { params: { path: { id } } })));

/** Definition changes (with their reasons) and the approved figures reported for an indicator. */
export const useIndicatorHistory = (id: string) =>
  useQuery({
    queryKey: [indicators, "history", id],
    queryFn: ({ signal }) =>
      send(client.GET("/api/indicators/{id}/history", { params: { path: { id } }, signal })),
  });

const categorySets = "category-sets";
export type CategorySetListParams = Query<"/api/category-sets">;

export const useCategorySets = (params: CategorySetListParams = { pageSize: 200, sort: "name" }) =>
  useList(categorySets, params, (signal) =>
    send(client.GET("/api/category-sets", { params: { query: params }, signal })),
  );
export const useCreateCategorySet = () =>
  useWrite((body: Body<"/api/category-sets", "post">) => send(client.POST("/api/category-sets", { body })));
export const useUpdateCategorySet = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/category-sets/{id}", "patch"> }) =>
    send(client.PATCH("/api/category-sets/{id}", { params: { path: { id } }, body: patch })),
  );
export const useDeleteCategorySet = () =>
  useWrite((id: string) => send(client.DELETE("/api/category-sets/{id}", { params: { path: { id } } })));

/** A plan's reporting periods, by start date. */
export const usePeriods = (planId: string | undefined | null) =>
  useQuery({
    queryKey: ["periods", planId ?? ""],
    queryFn: ({ signal }) =>
      send(client.GET("/api/plans/{id}/periods", { params: { path: { id: planId ?? "" } }, signal })),
    enabled: Boolean(planId),
  });

/** One reporting period with its plan's id and titles. */
export const usePeriod = (id: string | undefined | null) =>
  useQuery({
    queryKey: ["period", id ?? ""],
    queryFn: ({ signal }) =>
      send(client.GET("/api/periods/{id}", { params: { path: { id: id ?? "" } }, signal })),
    enabled: Boolean(id),
  });

export const useCreatePeriod = (planId: string) =>
  useWrite((body: Body<"/api/plans/{id}/periods", "post">) =>
    send(client.POST("/api/plans/{id}/periods", { params: { path: { id: planId } }, body })),
  );

export const useGeneratePeriods = (planId: string) =>
  useWrite((body: Body<"/api/plans/{id}/periods/generate", "post">) =>
    send(client.POST("/api/plans/{id}/periods/generate", { params: { path: { id: planId } }, body })),
  );

export const useUpdatePeriod = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/periods/{id}", "patch"> }) =>
    send(client.PATCH("/api/periods/{id}", { params: { path: { id } }, body: patch })),
  );

export const useDeletePeriod = () =>
  useWrite((id: string) => send(client.DELETE("/api/periods/{id}", { params: { path: { id } } })));
