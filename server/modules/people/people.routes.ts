import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  DuplicateListQuery,
  DuplicatePage,
  Person,
  PersonInput,
  PersonListQuery,
  PersonMergeInput,
  PersonPage,
  PersonPatch,
} from "../../../common/schemas/people.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { listDuplicatePeople } from "./people.duplicates.js";
import { mergePeople } from "./people.merge.js";
import { createPerson, getPerson, listPeople, setPersonArchived, updatePerson } from "./people.service.js";

export function registerPeopleRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["people"];

  api.get(
    "/people",
    { schema: { tags, querystring: PersonListQuery, response: { 200: PersonPage } } },
    async (request) => listPeople(db, actorOf(request), request.query),
  );
  api.get(
    "/people/duplicates",
    { schema: { tags, querystring: DuplicateListQuery, response: { 200: DuplicatePage } } },
    async (request) => listDuplicatePeople(db, actorOf(request), request.query),
  );
  api.get("/people/:id", { schema: { tags, params: IdParams, response: { 200: Person } } }, async (request) =>
    getPerson(db, actorOf(request), request.params.id),
  );
  api.post(
    "/people",
    { schema: { tags, body: PersonInput, response: { 201: Person } } },
    async (request, reply) => reply.status(201).send(await createPerson(db, actorOf(request), request.body)),
  );
  api.patch(
    "/people/:id",
    { schema: { tags, params: IdParams, body: PersonPatch, response: { 200: Person } } },
    async (request) => updatePerson(db, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    "/people/:id",
    { schema: { tags, params: IdParams, response: { 200: Person } } },
    async (request) => setPersonArchived(db, actorOf(request), request.params.id, true, clock()),
  );
  api.post(
    "/people/:id/restore",
    { schema: { tags, params: IdParams, response: { 200: Person } } },
    async (request) => setPersonArchived(db, actorOf(request), request.params.id, false, clock()),
  );
  api.post(
    "/people/:id/merge",
    { schema: { tags, params: IdParams, body: PersonMergeInput, response: { 200: Person } } },
    async (request) => mergePeople(db, actorOf(request), request.params.id, request.body, clock()),
  );
}
