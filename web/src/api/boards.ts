import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ActionItem,
  ActionItemInput,
  ActionItemListQuery,
  ActionItemPatch,
  Board,
  BoardDetail,
  BoardInput,
  BoardListQuery,
  BoardMeeting,
  BoardMeetingInput,
  BoardMembership,
  BoardMembershipInput,
  BoardMembershipPatch,
  BoardPatch,
} from "../../../common/schemas/boards.js";
import type { Page } from "../../../common/schemas/common.js";
import { api, isApiError } from "./client.js";
import { useArchive, useCreate, useItem, useList, useUpdate, useWrite } from "./resource.js";

/**
 * Coordination boards, their memberships, the meeting record of a board-meeting event and the
 * action items agreed at meetings. Every write refreshes all cached data (see `resource.ts`).
 */
const resource = "boards";
export type BoardListParams = z.input<typeof BoardListQuery>;
export type ActionItemListParams = Omit<z.input<typeof ActionItemListQuery>, "overdue"> & {
  overdue?: "true" | "false" | undefined;
};

export const useBoards = (params: BoardListParams, options?: { enabled?: boolean }) =>
  useList<Board>(resource, params, options);
export const useBoard = (id: string | undefined | null) => useItem<BoardDetail>(resource, id);
export const useCreateBoard = () => useCreate<BoardInput, BoardDetail>(resource);
export const useUpdateBoard = () => useUpdate<z.input<typeof BoardPatch>, BoardDetail>(resource);
/** DELETE archives the board; the API has no restore. */
export const useArchiveBoard = () => useArchive<BoardDetail>(resource);

/** Every seat of a board, current and ended. */
export const useMemberships = (boardId: string) =>
  useQuery({
    queryKey: [resource, "memberships", boardId],
    queryFn: ({ signal }) => api<{ items: BoardMembership[] }>(`/boards/${boardId}/memberships`, { signal }),
  });

export const useAddMembership = (boardId: string) =>
  useWrite((input: BoardMembershipInput) =>
    api<BoardMembership>(`/boards/${boardId}/memberships`, { method: "POST", body: input }),
  );

export const useUpdateMembership = (boardId: string) =>
  useWrite(({ id, patch }: { id: string; patch: z.input<typeof BoardMembershipPatch> }) =>
    api<BoardMembership>(`/boards/${boardId}/memberships/${id}`, { method: "PATCH", body: patch }),
  );

/** Only for a seat entered by mistake: ending a seat keeps it in the history. */
export const useRemoveMembership = (boardId: string) =>
  useWrite((id: string) => api<void>(`/boards/${boardId}/memberships/${id}`, { method: "DELETE" }));

/**
 * The meeting record of a board-meeting event; `null` while none is recorded (the API answers 404,
 * which is also its answer for an event one may not read: the event page itself shows that case).
 */
export const useMeeting = (eventId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["events", "meeting", eventId],
    queryFn: async ({ signal }) => {
      try {
        return await api<BoardMeeting>(`/events/${eventId}/meeting`, { signal });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled: options.enabled ?? true,
  });

export const useSaveMeeting = (eventId: string) =>
  useWrite((input: BoardMeetingInput) =>
    api<BoardMeeting>(`/events/${eventId}/meeting`, { method: "PUT", body: input }),
  );

/** The action items agreed at one meeting. */
export const useMeetingActionItems = (eventId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["action-items", "meeting", eventId],
    queryFn: ({ signal }) => api<{ items: ActionItem[] }>(`/events/${eventId}/action-items`, { signal }),
    enabled: options.enabled ?? true,
  });

export const useAddActionItem = (eventId: string) =>
  useWrite((input: ActionItemInput) =>
    api<ActionItem>(`/events/${eventId}/action-items`, { method: "POST", body: input }),
  );

export const useActionItems = (params: ActionItemListParams, options?: { enabled?: boolean }) =>
  useQuery({
    queryKey: ["action-items", "list", params],
    queryFn: ({ signal }) =>
      api<Page<ActionItem>>("/action-items", {
        query: params as Record<string, string | number | undefined>,
        signal,
      }),
    enabled: options?.enabled ?? true,
  });

/** Staff change any field; a representative of the owner organisation only the status (open/done) and note. */
export const useUpdateActionItem = () =>
  useWrite(({ id, patch }: { id: string; patch: z.input<typeof ActionItemPatch> }) =>
    api<ActionItem>(`/action-items/${id}`, { method: "PATCH", body: patch }),
  );
