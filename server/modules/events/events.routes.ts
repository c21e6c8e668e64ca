import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  Event,
  EventInput,
  EventListQuery,
  EventPage,
  EventPatch,
  Participation,
  ParticipationInput,
  ParticipationList,
  ParticipationParams,
  ParticipationPatch,
} from "../../../common/schemas/events.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { createEvent, getEvent, listEvents, setEventArchived, updateEvent } from "./events.service.js";
import {
  addParticipation,
  listParticipations,
  removeParticipation,
  updateParticipation,
} from "./participations.service.js";

export function registerEventRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["events"];

  api.get(
    "/events",
    { schema: { tags, querystring: EventListQuery, response: { 200: EventPage } } },
    async (request) => listEvents(db, actorOf(request), request.query),
  );
  api.get("/events/:id", { schema: { tags, params: IdParams, response: { 200: Event } } }, async (request) =>
    getEvent(db, actorOf(request), request.params.id),
  );
  api.post(
    "/events",
    { schema: { tags, body: EventInput, response: { 201: Event } } },
    async (request, reply) => reply.status(201).send(await createEvent(db, actorOf(request), request.body)),
  );
  api.patch(
    "/events/:id",
    { schema: { tags, params: IdParams, body: EventPatch, response: { 200: Event } } },
    async (request) => updateEvent(db, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    "/events/:id",
    { schema: { tags, params: IdParams, response: { 200: Event } } },
    async (request) => setEventArchived(db, actorOf(request), request.params.id, true, clock()),
  );
  api.post(
    "/events/:id/restore",
    { schema: { tags, params: IdParams, response: { 200: Event } } },
    async (request) => setEventArchived(db, actorOf(request), request.params.id, false, clock()),
  );

  api.get(
    "/events/:id/participations",
    { schema: { tags, params: IdParams, response: { 200: ParticipationList } } },
    async (request) => listParticipations(db, actorOf(request), request.params.id),
  );
  api.post(
    "/events/:id/participations",
    { schema: { tags, params: IdParams, body: ParticipationInput, response: { 201: Participation } } },
    async (request, reply) =>
      reply.status(201).send(await addParticipation(db, actorOf(request), request.params.id, request.body)),
  );
  api.patch(
    "/events/:id/participations/:participationId",
    {
      schema: {
        tags,
        params: ParticipationParams,
        body: ParticipationPatch,
        response: { 200: Participation },
      },
    },
    async (request) =>
      updateParticipation(
        db,
        actorOf(request),
        request.params.id,
        request.params.participationId,
        request.body,
      ),
  );
  api.delete(
    "/events/:id/participations/:participationId",
    { schema: { tags, params: ParticipationParams } },
    async (request, reply) => {
      await removeParticipation(db, actorOf(request), request.params.id, request.params.participationId);
      return reply.status(204).send();
    },
  );
}
