import { useQuery } from "@tanstack/react-query";
import { type Body, client, type Query, send } from "./client.js";
import { useItem, useList, useWrite } from "./resource.js";

/**
 * Curricula (shared material, written by staff) and the training side of an event: its setup
 * (curricula and rules), attendance per day and test scores per module. Every write refreshes all
 * cached data (see `resource.ts`).
 */
const resource = "curricula";
export type CurriculumListParams = Query<"/api/curricula">;

export const useCurricula = (params: CurriculumListParams, options?: { enabled?: boolean }) =>
  useList(
    resource,
    params,
    (signal) => send(client.GET("/api/curricula", { params: { query: params }, signal })),
    options,
  );
export const useCurriculum = (id: string | undefined | null) =>
  useItem(resource, id, (id, signal) =>
    send(client.GET("/api/curricula/{id}", { params: { path: { id } }, signal })),
  );
export const useCreateCurriculum = () =>
  useWrite((body: Body<"/api/curricula", "post">) => send(client.POST("/api/curricula", { body })));
/** PUT: the title, the description and the ordered modules in one go (modules keep their ids). */
export const useReplaceCurriculum = () =>
  useWrite(({ id, input }: { id: string; input: Body<"/api/curricula/{id}", "put"> }) =>
    send(client.PUT("/api/curricula/{id}", { params: { path: { id } }, body: input })),
  );
/** DELETE archives the curriculum; the API has no restore. */
export const useArchiveCurriculum = () =>
  useWrite((id: string) => send(client.DELETE("/api/curricula/{id}", { params: { path: { id } } })));

export const useTrainingSetup = (eventId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["events", "training", eventId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/events/{id}/training", { params: { path: { id: eventId } }, signal })),
    enabled: options.enabled ?? true,
  });

export const useSaveTrainingSetup = (eventId: string) =>
  useWrite((body: Body<"/api/events/{id}/training", "put">) =>
    send(client.PUT("/api/events/{id}/training", { params: { path: { id: eventId } }, body })),
  );

export const useAttendanceSheet = (eventId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["events", "attendance-days", eventId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/events/{id}/attendance-days", { params: { path: { id: eventId } }, signal })),
    enabled: options.enabled ?? true,
  });

/** Replaces the whole attendance record of the event. */
export const useSaveAttendance = (eventId: string) =>
  useWrite((body: Body<"/api/events/{id}/attendance-days", "put">) =>
    send(client.PUT("/api/events/{id}/attendance-days", { params: { path: { id: eventId } }, body })),
  );

export const useModuleScoreSheet = (eventId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["events", "module-scores", eventId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/events/{id}/module-scores", { params: { path: { id: eventId } }, signal })),
    enabled: options.enabled ?? true,
  });

/** Replaces every module score of the event. */
export const useSaveModuleScores = (eventId: string) =>
  useWrite((body: Body<"/api/events/{id}/module-scores", "put">) =>
    send(client.PUT("/api/events/{id}/module-scores", { params: { path: { id: eventId } }, body })),
  );
