import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  FrameworkNode,
  FrameworkNodeInput,
  FrameworkNodePatch,
  FrameworkTree,
  Plan,
  PlanCopyInput,
  PlanInput,
  PlanListQuery,
  PlanPatch,
} from "../../../common/schemas/plans.js";
import { api } from "./client.js";
import { useArchive, useCreate, useItem, useList, useRestore, useUpdate, useWrite } from "./resource.js";

const resource = "plans";
export type PlanListParams = z.input<typeof PlanListQuery>;

export const usePlans = (params: PlanListParams, options?: { enabled?: boolean }) =>
  useList<Plan>(resource, params, options);
export const usePlan = (id: string | undefined | null) => useItem<Plan>(resource, id);
export const useCreatePlan = () => useCreate<PlanInput, Plan>(resource);
export const useUpdatePlan = () => useUpdate<z.input<typeof PlanPatch>, Plan>(resource);
export const useArchivePlan = () => useArchive<Plan>(resource);
export const useRestorePlan = () => useRestore<Plan>(resource);

export const usePlanTree = (planId: string | undefined | null) =>
  useQuery({
    queryKey: [resource, "tree", planId ?? ""],
    queryFn: ({ signal }) => api<FrameworkTree>(`/plans/${planId}/nodes`, { signal }),
    enabled: Boolean(planId),
  });

export const useCreateNode = (planId: string) =>
  useWrite((input: FrameworkNodeInput) =>
    api<FrameworkNode>(`/plans/${planId}/nodes`, { method: "POST", body: input }),
  );

export const useUpdateNode = (planId: string) =>
  useWrite(({ id, patch }: { id: string; patch: z.input<typeof FrameworkNodePatch> }) =>
    api<FrameworkNode>(`/plans/${planId}/nodes/${id}`, { method: "PATCH", body: patch }),
  );

export const useDeleteNode = (planId: string) =>
  useWrite((id: string) => api<void>(`/plans/${planId}/nodes/${id}`, { method: "DELETE" }));

/** Copies a plan into its next cycle; answers the new plan (a draft). */
export const useCopyPlan = (planId: string) =>
  useWrite((input: PlanCopyInput) => api<Plan>(`/plans/${planId}/copy`, { method: "POST", body: input }));
