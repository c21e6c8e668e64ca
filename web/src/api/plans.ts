import { useQuery } from "@tanstack/react-query";
import { type Body, client, type Query, send } from "./client.js";
import { useItem, useList, useWrite } from "./resource.js";

const resource = "plans";
export type PlanListParams = Query<"/api/plans">;

export const usePlans = (params: PlanListParams, options?: { enabled?: boolean }) =>
  useList(
    resource,
    params,
    (signal) => send(client.GET("/api/plans", { params: { query: params }, signal })),
    options,
  );
export const usePlan = (id: string | undefined | null) =>
  useItem(resource, id, (id, signal) =>
    send(client.GET("/api/plans/{id}", { params: { path: { id } }, signal })),
  );
export const useCreatePlan = () =>
  useWrite((body: Body<"/api/plans", "post">) => send(client.POST("/api/plans", { body })));
export const useUpdatePlan = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/plans/{id}", "patch"> }) =>
    send(client.PATCH("/api/plans/{id}", { params: { path: { id } }, body: patch })),
  );
export const useArchivePlan = () =>
  useWrite((id: string) => send(client.DELETE("/api/plans/{id}", { params: { path: { id } } })));
export const useRestorePlan = () =>
  useWrite((id: string) => send(client.POST("/api/plans/{id}/restore", { params: { path: { id } } })));

/** The framework of a plan as a tree of nodes. */
export const fetchPlanTree = (planId: string, signal?: AbortSignal) =>
  send(client.GET("/api/plans/{id}/nodes", { params: { path: { id: planId } }, signal }));

export const usePlanTree = (planId: string | undefined | null) =>
  useQuery({
    queryKey: [resource, "tree", planId ?? ""],
    queryFn: ({ signal }) => fetchPlanTree(planId ?? "", signal),
    enabled: Boolean(planId),
  });

export const useCreateNode = (planId: string) =>
  useWrite((body: Body<"/api/plans/{id}/nodes", "post">) =>
    send(client.POST("/api/plans/{id}/nodes", { params: { path: { id: planId } }, body })),
  );

export const useUpdateNode = (planId: string) =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/plans/{id}/nodes/{nodeId}", "patch"> }) =>
    send(
      client.PATCH("/api/plans/{id}/nodes/{nodeId}", {
        params: { path: { id: planId, nodeId: id } },
        body: patch,
      }),
    ),
  );

export const useDeleteNode = (planId: string) =>
  useWrite((id: string) =>
    send(client.DELETE("/api/plans/{id}/nodes/{nodeId}", { params: { path: { id: planId, nodeId: id } } })),
  );

/** Copies a plan into its next cycle; answers the new plan (a draft). */
export const useCopyPlan = (planId: string) =>
  useWrite((body: Body<"/api/plans/{id}/copy", "post">) =>
    send(client.POST("/api/plans/{id}/copy", { params: { path: { id: planId } }, body })),
  );
