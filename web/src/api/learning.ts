import { useQuery } from "@tanstack/react-query";
import { type Body, client, send } from "./client.js";
import { useWrite } from "./resource.js";

/** Query keys start with "events", so a change to the event refreshes them too. */
const key = (eventId: string, part: string) => ["events", part, eventId] as const;

/** Pre/post statistics (whole test and per module) and the satisfaction summary of a training. */
export const useLearningResults = (eventId: string) =>
  useQuery({
    queryKey: key(eventId, "learning"),
    queryFn: ({ signal }) =>
      send(client.GET("/api/events/{id}/learning", { params: { path: { id: eventId } }, signal })),
    retry: false,
  });

/** The satisfaction evaluations of a training, read by whoever reads its participants. */
export const useEvaluations = (eventId: string) =>
  useQuery({
    queryKey: key(eventId, "evaluations"),
    queryFn: ({ signal }) =>
      send(client.GET("/api/events/{id}/evaluations", { params: { path: { id: eventId } }, signal })),
    retry: false,
  });

export const useAddEvaluation = (eventId: string) =>
  useWrite((body: Body<"/api/events/{id}/evaluations", "post">) =>
    send(client.POST("/api/events/{id}/evaluations", { params: { path: { id: eventId } }, body })),
  );

export const useRemoveEvaluation = () =>
  useWrite((id: string) => send(client.DELETE("/api/evaluations/{id}", { params: { path: { id } } })));
