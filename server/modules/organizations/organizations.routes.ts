import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  Organization,
  OrganizationInput,
  OrganizationListQuery,
  OrganizationPage,
  OrganizationPatch,
} from "../../../common/schemas/organizations.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  setOrganizationArchived,
  updateOrganization,
} from "./organizations.service.js";

export function registerOrganizationRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["organizations"];

  api.get(
    "/organizations",
    { schema: { tags, querystring: OrganizationListQuery, response: { 200: OrganizationPage } } },
    async (request) => listOrganizations(db, actorOf(request), request.query),
  );
  api.get(
    "/organizations/:id",
    { schema: { tags, params: IdParams, response: { 200: Organization } } },
    async (request) => getOrganization(db, actorOf(request), request.params.id),
  );
  api.post(
    "/organizations",
    { schema: { tags, body: OrganizationInput, response: { 201: Organization } } },
    async (request, reply) =>
      reply.status(201).send(await createOrganization(db, actorOf(request), request.body)),
  );
  api.patch(
    "/organizations/:id",
    { schema: { tags, params: IdParams, body: OrganizationPatch, response: { 200: Organization } } },
    async (request) => updateOrganization(db, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    "/organizations/:id",
    { schema: { tags, params: IdParams, response: { 200: Organization } } },
    async (request) => setOrganizationArchived(db, actorOf(request), request.params.id, true, clock()),
  );
  api.post(
    "/organizations/:id/restore",
    { schema: { tags, params: IdParams, response: { 200: Organization } } },
    async (request) => setOrganizationArchived(db, actorOf(request), request.params.id, false, clock()),
  );
}
