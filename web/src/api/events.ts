import { useQuery } from "@tanstack/react-query";
import { type Body, client, type Query, send } from "./client.js";
import { useItem, useList, useWrite } from "./resource.js";

const resource = "events";
export type EventListParams = Query<"/api/events">;

export const useEvents = (params: EventListParams) =>
  useList(resource, params, (signal) =>
    send(client.GET("/api/events", { params: { query: params }, signal })),
  );
export const useEvent = (id: string | undefined | null) =>
  useItem(resource, id, (id, signal) =>
    send(client.GET("/api/events/{id}", { params: { path: { id } }, signal })),
  );
export const useCreateEvent = () =>
  useWrite((body: Body<"/api/events", "post">) => send(client.POST("/api/events", { body })));
export const useUpdateEvent = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/events/{id}", "patch"> }) =>
    send(client.PATCH("/api/events/{id}", { params: { path: { id } }, body: patch })),
  );
export const useArchiveEvent = () =>
  useWrite((id: string) => send(client.DELETE("/api/events/{id}", { params: { path: { id } } })));
export const useRestoreEvent = () =>
  useWrite((id: string) => send(client.POST("/api/events/{id}/restore", { params: { path: { id } } })));

export const useParticipations = (eventId: string) =>
  useQuery({
    queryKey: [resource, "participations", eventId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/events/{id}/participations", { params: { path: { id: eventId } }, signal })),
  });

export const useAddParticipation = (eventId: string) =>
  useWrite((body: Body<"/api/events/{id}/participations", "post">) =>
    send(client.POST("/api/events/{id}/participations", { params: { path: { id: eventId } }, body })),
  );

export const useUpdateParticipation = (eventId: string) =>
  useWrite(
    ({
      id,
      patch,
    }: {
      id: string;
      patch: Body<"/api/events/{id}/participations/{participationId}", "patch">;
    }) =>
      send(
        client.PATCH("/api/events/{id}/participations/{participationId}", {
          params: { path: { id: eventId, participationId: id } },
          body: patch,
        }),
      ),
  );

export const useRemoveParticipation = (eventId: string) =>
  useWrite((id: string) =>
    send(
      client.DELETE("/api/events/{id}/participations/{participationId}", {
        params: { path: { id: eventId, participationId: id } },
      }),
    ),
  );
