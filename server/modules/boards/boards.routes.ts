import type { FastifyInstance } from "fastify";
import {
  ActionItem,
  ActionItemInput,
  ActionItemList,
  ActionItemListQuery,
  ActionItemPage,
  ActionItemPatch,
  BoardDetail,
  BoardInput,
  BoardListQuery,
  BoardMeeting,
  BoardMeetingInput,
  BoardMembership,
  BoardMembershipInput,
  BoardMembershipList,
  BoardMembershipParams,
  BoardMembershipPatch,
  BoardPage,
  BoardPatch,
} from "../../../common/schemas/boards.js";
import { IdParams } from "../../../common/schemas/common.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import {
  createActionItem,
  listActionItems,
  listMeetingActionItems,
  updateActionItem,
} from "./action-items.service.js";
import {
  addMembership,
  archiveBoard,
  createBoard,
  getBoard,
  listBoards,
  listMemberships,
  removeMembership,
  updateBoard,
  updateMembership,
} from "./boards.service.js";
import { getMeeting, putMeeting } from "./meetings.service.js";

/** Boards, their memberships, board-meeting records of events, and action items. */
export function registerBoardRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["boards"];
  /** Today's date by the app clock: what "current" and "overdue" are measured against. */
  const today = () => clock().toISOString().slice(0, 10);

  api.get(
    "/boards",
    { schema: { tags, querystring: BoardListQuery, response: { 200: BoardPage } } },
    async (request) => listBoards(db, actorOf(request), request.query, today()),
  );
  api.post(
    "/boards",
    { schema: { tags, body: BoardInput, response: { 201: BoardDetail } } },
    async (request, reply) =>
      reply.status(201).send(await createBoard(db, actorOf(request), request.body, today())),
  );
  api.get(
    "/boards/:id",
    { schema: { tags, params: IdParams, response: { 200: BoardDetail } } },
    async (request) => getBoard(db, actorOf(request), request.params.id, today()),
  );
  api.patch(
    "/boards/:id",
    { schema: { tags, params: IdParams, body: BoardPatch, response: { 200: BoardDetail } } },
    async (request) => updateBoard(db, actorOf(request), request.params.id, request.body, today()),
  );
  api.delete(
    "/boards/:id",
    { schema: { tags, params: IdParams, response: { 200: BoardDetail } } },
    async (request) => archiveBoard(db, actorOf(request), request.params.id, clock()),
  );

  api.get(
    "/boards/:id/memberships",
    { schema: { tags, params: IdParams, response: { 200: BoardMembershipList } } },
    async (request) => listMemberships(db, actorOf(request), request.params.id, today()),
  );
  api.post(
    "/boards/:id/memberships",
    { schema: { tags, params: IdParams, body: BoardMembershipInput, response: { 201: BoardMembership } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addMembership(db, actorOf(request), request.params.id, request.body, today())),
  );
  api.patch(
    "/boards/:id/memberships/:membershipId",
    {
      schema: {
        tags,
        params: BoardMembershipParams,
        body: BoardMembershipPatch,
        response: { 200: BoardMembership },
      },
    },
    async (request) =>
      updateMembership(
        db,
        actorOf(request),
        request.params.id,
        request.params.membershipId,
        request.body,
        today(),
      ),
  );
  api.delete(
    "/boards/:id/memberships/:membershipId",
    { schema: { tags, params: BoardMembershipParams } },
    async (request, reply) => {
      await removeMembership(db, actorOf(request), request.params.id, request.params.membershipId);
      return reply.status(204).send();
    },
  );

  api.get(
    "/events/:id/meeting",
    { schema: { tags, params: IdParams, response: { 200: BoardMeeting } } },
    async (request) => getMeeting(db, actorOf(request), request.params.id, today()),
  );
  api.put(
    "/events/:id/meeting",
    { schema: { tags, params: IdParams, body: BoardMeetingInput, response: { 200: BoardMeeting } } },
    async (request) => putMeeting(db, actorOf(request), request.params.id, request.body, today()),
  );

  api.get(
    "/events/:id/action-items",
    { schema: { tags, params: IdParams, response: { 200: ActionItemList } } },
    async (request) => listMeetingActionItems(db, actorOf(request), request.params.id, today()),
  );
  api.post(
    "/events/:id/action-items",
    { schema: { tags, params: IdParams, body: ActionItemInput, response: { 201: ActionItem } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createActionItem(db, actorOf(request), request.params.id, request.body, today())),
  );
  api.get(
    "/action-items",
    { schema: { tags, querystring: ActionItemListQuery, response: { 200: ActionItemPage } } },
    async (request) => listActionItems(db, actorOf(request), request.query, today()),
  );
  api.patch(
    "/action-items/:id",
    { schema: { tags, params: IdParams, body: ActionItemPatch, response: { 200: ActionItem } } },
    async (request) => updateActionItem(db, actorOf(request), request.params.id, request.body, today()),
  );
}
