import { useQuery } from "@tanstack/react-query";
import type { Evaluation, EvaluationInput, LearningResults } from "../../../common/schemas/training.js";
import { api } from "./client.js";
import { useWrite } from "./resource.js";

/** Query keys start with "events", so a change to the event refreshes them too. */
const key = (eventId: string, part: string) => ["events", part, eventId] as const;

/** Pre/post statistics (whole test and per module) and the satisfaction summary of a training. */
export const useLearningResults = (eventId: string) =>
  useQuery({
    queryKey: key(eventId, "learning"),
    queryFn: ({ signal }) => api<LearningResults>(`/events/${eventId}/learning`, { signal }),
    retry: false,
  });

/** The satisfaction evaluations of a training, read by whoever reads its participants. */
export const useEvaluations = (eventId: string) =>
  useQuery({
    queryKey: key(eventId, "evaluations"),
    queryFn: ({ signal }) => api<{ items: Evaluation[] }>(`/events/${eventId}/evaluations`, { signal }),
    retry: false,
  });

export const useAddEvaluation = (eventId: string) =>
  useWrite((input: EvaluationInput) =>
    api<Evaluation>(`/events/${eventId}/evaluations`, { method: "POST", body: input }),
  );

export const useRemoveEvaluation = () =>
  useWrite((id: string) => api<void>(`/evaluations/${id}`, { method: "DELETE" }));
