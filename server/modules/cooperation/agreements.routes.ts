import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  Agreement,
  AgreementInput,
  AgreementListQuery,
  AgreementPage,
  AgreementPatch,
} from "../../../common/schemas/cooperation.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import {
  createAgreement,
  getAgreement,
  listAgreements,
  setAgreementArchived,
  updateAgreement,
} from "./agreements.service.js";

export function registerAgreementRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["cooperation"];

  api.get(
    "/agreements",
    { schema: { tags, querystring: AgreementListQuery, response: { 200: AgreementPage } } },
    async (request) => listAgreements(db, actorOf(request), request.query),
  );
  api.get(
    "/agreements/:id",
    { schema: { tags, params: IdParams, response: { 200: Agreement } } },
    async (request) => getAgreement(db, actorOf(request), request.params.id),
  );
  api.post(
    "/agreements",
    { schema: { tags, body: AgreementInput, response: { 201: Agreement } } },
    async (request, reply) =>
      reply.status(201).send(await createAgreement(db, actorOf(request), request.body)),
  );
  api.patch(
    "/agreements/:id",
    { schema: { tags, params: IdParams, body: AgreementPatch, response: { 200: Agreement } } },
    async (request) => updateAgreement(db, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    "/agreements/:id",
    { schema: { tags, params: IdParams, response: { 200: Agreement } } },
    async (request) => setAgreementArchived(db, actorOf(request), request.params.id, true, clock()),
  );
  api.post(
    "/agreements/:id/restore",
    { schema: { tags, params: IdParams, response: { 200: Agreement } } },
    async (request) => setAgreementArchived(db, actorOf(request), request.params.id, false, clock()),
  );
}
