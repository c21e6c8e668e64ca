import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  CategorySet,
  CategorySetInput,
  CategorySetListQuery,
  CategorySetPatch,
} from "../../../common/schemas/category-sets.js";
import type {
  Indicator,
  IndicatorHistory,
  IndicatorInput,
  IndicatorListQuery,
  IndicatorPatch,
} from "../../../common/schemas/indicators.js";
import type {
  PeriodGeneration,
  ReportingPeriod,
  ReportingPeriodDetail,
  ReportingPeriodInput,
  ReportingPeriodList,
  ReportingPeriodPatch,
} from "../../../common/schemas/periods.js";
import { api } from "./client.js";
import { useArchive, useCreate, useItem, useList, useRestore, useUpdate, useWrite } from "./resource.js";

const indicators = "indicators";
export type IndicatorListParams = z.input<typeof IndicatorListQuery>;

export const useIndicators = (params: IndicatorListParams, options?: { enabled?: boolean }) =>
  useList<Indicator>(indicators, params, options);
export const useIndicator = (id: string | undefined | null) => useItem<Indicator>(indicators, id);
export const useCreateIndicator = () => useCreate<IndicatorInput, Indicator>(indicators);
export const useUpdateIndicator = () => useUpdate<IndicatorPatch, Indicator>(indicators);
export const useArchiveIndicator = () => useArchive<Indicator>(indicators);
export const useRestoreIndicator = () => useRestore<Indicator>(indicators);

/** Definition changes (with their reasons) and the approved figures reported for an indicator. */
export const useIndicatorHistory = (id: string) =>
  useQuery({
    queryKey: [indicators, "history", id],
    queryFn: ({ signal }) => api<IndicatorHistory>(`/indicators/${id}/history`, { signal }),
  });

const categorySets = "category-sets";
export type CategorySetListParams = z.input<typeof CategorySetListQuery>;

export const useCategorySets = (params: CategorySetListParams = { pageSize: 200, sort: "name" }) =>
  useList<CategorySet>(categorySets, params);
export const useCreateCategorySet = () => useCreate<CategorySetInput, CategorySet>(categorySets);
export const useUpdateCategorySet = () =>
  useUpdate<z.input<typeof CategorySetPatch>, CategorySet>(categorySets);
export const useDeleteCategorySet = () =>
  useWrite((id: string) => api<void>(`/${categorySets}/${id}`, { method: "DELETE" }));

/** A plan's reporting periods, by start date. */
export const usePeriods = (planId: string | undefined | null) =>
  useQuery({
    queryKey: ["periods", planId ?? ""],
    queryFn: ({ signal }) => api<ReportingPeriodList>(`/plans/${planId}/periods`, { signal }),
    enabled: Boolean(planId),
  });

/** One reporting period with its plan's id and titles. */
export const usePeriod = (id: string | undefined | null) =>
  useQuery({
    queryKey: ["period", id ?? ""],
    queryFn: ({ signal }) => api<ReportingPeriodDetail>(`/periods/${id}`, { signal }),
    enabled: Boolean(id),
  });

export const useCreatePeriod = (planId: string) =>
  useWrite((input: ReportingPeriodInput) =>
    api<ReportingPeriod>(`/plans/${planId}/periods`, { method: "POST", body: input }),
  );

export const useGeneratePeriods = (planId: string) =>
  useWrite((input: PeriodGeneration) =>
    api<ReportingPeriodList>(`/plans/${planId}/periods/generate`, { method: "POST", body: input }),
  );

export const useUpdatePeriod = () =>
  useWrite(({ id, patch }: { id: string; patch: z.input<typeof ReportingPeriodPatch> }) =>
    api<ReportingPeriod>(`/periods/${id}`, { method: "PATCH", body: patch }),
  );

export const useDeletePeriod = () =>
  useWrite((id: string) => api<void>(`/periods/${id}`, { method: "DELETE" }));
