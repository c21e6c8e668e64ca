import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  Project,
  ProjectInput,
  ProjectListQuery,
  ProjectPage,
  ProjectPatch,
} from "../../../common/schemas/projects.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import {
  createProject,
  getProject,
  listProjects,
  setProjectArchived,
  updateProject,
} from "./projects.service.js";

export function registerProjectRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["projects"];

  api.get(
    "/projects",
    { schema: { tags, querystring: ProjectListQuery, response: { 200: ProjectPage } } },
    async (request) => listProjects(db, actorOf(request), request.query),
  );
  api.get(
    "/projects/:id",
    { schema: { tags, params: IdParams, response: { 200: Project } } },
    async (request) => getProject(db, actorOf(request), request.params.id),
  );
  api.post(
    "/projects",
    { schema: { tags, body: ProjectInput, response: { 201: Project } } },
    async (request, reply) => reply.status(201).send(await createProject(db, actorOf(request), request.body)),
  );
  api.patch(
    "/projects/:id",
    { schema: { tags, params: IdParams, body: ProjectPatch, response: { 200: Project } } },
    async (request) => updateProject(db, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    "/projects/:id",
    { schema: { tags, params: IdParams, response: { 200: Project } } },
    async (request) => setProjectArchived(db, actorOf(request), request.params.id, true, clock()),
  );
  api.post(
    "/projects/:id/restore",
    { schema: { tags, params: IdParams, response: { 200: Project } } },
    async (request) => setProjectArchived(db, actorOf(request), request.params.id, false, clock()),
  );
}
