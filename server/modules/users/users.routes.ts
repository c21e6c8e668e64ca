import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  CreatedUser,
  User,
  UserInput,
  UserListQuery,
  UserPage,
  UserPatch,
} from "../../../common/schemas/users.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { createUser, getUser, listUsers, updateUser } from "./users.service.js";

export function registerUserRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["users"];
  api.get(
    "/users",
    { schema: { tags, querystring: UserListQuery, response: { 200: UserPage } } },
    async (request) => listUsers(db, actorOf(request), request.query),
  );
  api.get("/users/:id", { schema: { tags, params: IdParams, response: { 200: User } } }, async (request) =>
    getUser(db, actorOf(request), request.params.id),
  );
  api.post(
    "/users",
    { schema: { tags, body: UserInput, response: { 201: CreatedUser } } },
    async (request, reply) => reply.status(201).send(await createUser(db, actorOf(request), request.body)),
  );
  api.patch(
    "/users/:id",
    { schema: { tags, params: IdParams, body: UserPatch, response: { 200: User } } },
    async (request) => updateUser(db, actorOf(request), request.params.id, request.body),
  );
}
