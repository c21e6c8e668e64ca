import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  Event,
  EventInput,
  EventListQuery,
  EventPatch,
  Participation,
  ParticipationInput,
  ParticipationPatch,
} from "../../../common/schemas/events.js";
import { api } from "./client.js";
import { useArchive, useCreate, useItem, useList, useRestore, useUpdate, useWrite } from "./resource.js";

const resource = "events";
export type EventListParams = z.input<typeof EventListQuery>;

export const useEvents = (params: EventListParams) => useList<Event>(resource, params);
export const useEvent = (id: string | undefined | null) => useItem<Event>(resource, id);
export const useCreateEvent = () => useCreate<EventInput, Event>(resource);
export const useUpdateEvent = () => useUpdate<z.input<typeof EventPatch>, Event>(resource);
export const useArchiveEvent = () => useArchive<Event>(resource);
export const useRestoreEvent = () => useRestore<Event>(resource);

export const useParticipations = (eventId: string) =>
  useQuery({
    queryKey: [resource, "participations", eventId],
    queryFn: ({ signal }) => api<{ items: Participation[] }>(`/events/${eventId}/participations`, { signal }),
  });

export const useAddParticipation = (eventId: string) =>
  useWrite((input: ParticipationInput) =>
    api<Participation>(`/events/${eventId}/participations`, { method: "POST", body: input }),
  );

export const useUpdateParticipation = (eventId: string) =>
  useWrite(({ id, patch }: { id: string; patch: z.input<typeof ParticipationPatch> }) =>
    api<Participation>(`/events/${eventId}/participations/${id}`, { method: "PATCH", body: patch }),
  );

export const useRemoveParticipation = (eventId: string) =>
  useWrite((id: string) => api<void>(`/events/${eventId}/participations/${id}`, { method: "DELETE" }));
