import { useQuery } from "@tanstack/react-query";
import { type Body, client, isApiError, type Query, send } from "./client.js";
import { useItem, useList, useWrite } from "./resource.js";

/**
 * Coordination boards, their memberships, the meeting record of a board-meeting event and the
 * action items agreed at meetings. Every write refreshes all cached data (see `resource.ts`).
 */
const resource = "boards";
export type BoardListParams = Query<"/api/boards">;
export type ActionItemListParams = Query<"/api/action-items">;

export const useBoards = (params: BoardListParams, options?: { enabled?: boolean }) =>
  useList(
    resource,
    params,
    (signal) => send(client.GET("/api/boards", { params: { query: params }, signal })),
    options,
  );
export const useBoard = (id: string | undefined | null) =>
  useItem(resource, id, (id, signal) =>
    send(client.GET("/api/boards/{id}", { params: { path: { id } }, signal })),
  );
export const useCreateBoard = () =>
  useWrite((body: Body<"/api/boards", "post">) => send(client.POST("/api/boards", { body })));
export const useUpdateBoard = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/boards/{id}", "patch"> }) =>
    send(client.PATCH("/api/boards/{id}", { params: { path: { id } }, body: patch })),
  );
/** DELETE archives the board; the API has no restore. */
export const useArchiveBoard = () =>
  useWrite((id: string) => send(client.DELETE("/api/boards/{id}", { params: { path: { id } } })));

/** Every seat of a board, current and ended. */
export const useMemberships = (boardId: string) =>
  useQuery({
    queryKey: [resource, "memberships", boardId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/boards/{id}/memberships", { params: { path: { id: boardId } }, signal })),
  });

export const useAddMembership = (boardId: string) =>
  useWrite((body: Body<"/api/boards/{id}/memberships", "post">) =>
    send(client.POST("/api/boards/{id}/memberships", { params: { path: { id: boardId } }, body })),
  );

export const useUpdateMembership = (boardId: string) =>
  useWrite(
    ({ id, patch }: { id: string; patch: Body<"/api/boards/{id}/memberships/{membershipId}", "patch"> }) =>
      send(
        client.PATCH("/api/boards/{id}/memberships/{membershipId}", {
          params: { path: { id: boardId, membershipId: id } },
          body: patch,
        }),
      ),
  );

/** Only for a seat entered by mistake: ending a seat keeps it in the history. */
export const useRemoveMembership = (boardId: string) =>
  useWrite((id: string) =>
    send(
      client.DELETE("/api/boards/{id}/memberships/{membershipId}", {
        params: { path: { id: boardId, membershipId: id } },
      }),
    ),
  );

/**
 * The meeting record of a board-meeting event; `null` while none is recorded (the API answers 404,
 * which is also its answer for an event one may not read: the event page itself shows that case).
 */
export const useMeeting = (eventId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["events", "meeting", eventId],
    queryFn: async ({ signal }) => {
      try {
        return await send(
          client.GET("/api/events/{id}/meeting", { params: { path: { id: eventId } }, signal }),
        );
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled: options.enabled ?? true,
  });

export const useSaveMeeting = (eventId: string) =>
  useWrite((body: Body<"/api/events/{id}/meeting", "put">) =>
    send(client.PUT("/api/events/{id}/meeting", { params: { path: { id: eventId } }, body })),
  );

/** The action items agreed at one meeting. */
export const useMeetingActionItems = (eventId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["action-items", "meeting", eventId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/events/{id}/action-items", { params: { path: { id: eventId } }, signal })),
    enabled: options.enabled ?? true,
  });

export const useAddActionItem = (eventId: string) =>
  useWrite((body: Body<"/api/events/{id}/action-items", "post">) =>
    send(client.POST("/api/events/{id}/action-items", { params: { path: { id: eventId } }, body })),
  );

export const useActionItems = (params: ActionItemListParams, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: ["action-items", "list", params],
    queryFn: ({ signal }) => send(client.GET("/api/action-items", { params: { query: params }, signal })),
    enabled: options?.enabled ?? true,
  });

/** Staff change any field; a representative of the owner organisation only the status (open/done) and note. */
export const useUpdateActionItem = () =>
  useWrite(({ id, patch }: { id: string; patch: Body<"/api/action-items/{id}", "patch"> }) =>
    send(client.PATCH("/api/action-items/{id}", { params: { path: { id } }, body: patch })),
  );
