import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  PeriodGeneration,
  ReportingPeriod,
  ReportingPeriodDetail,
  ReportingPeriodInput,
  ReportingPeriodList,
  ReportingPeriodPatch,
} from "../../../common/schemas/periods.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import {
  createPeriod,
  deletePeriod,
  generatePeriods,
  getPeriod,
  listPeriods,
  updatePeriod,
} from "./periods.service.js";

export function registerPeriodRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["reporting periods"];

  api.get(
    "/plans/:id/periods",
    { schema: { tags, params: IdParams, response: { 200: ReportingPeriodList } } },
    async (request) => listPeriods(db, actorOf(request), request.params.id),
  );
  api.post(
    "/plans/:id/periods",
    { schema: { tags, params: IdParams, body: ReportingPeriodInput, response: { 201: ReportingPeriod } } },
    async (request, reply) =>
      reply.status(201).send(await createPeriod(db, actorOf(request), request.params.id, request.body)),
  );
  api.post(
    "/plans/:id/periods/generate",
    { schema: { tags, params: IdParams, body: PeriodGeneration, response: { 201: ReportingPeriodList } } },
    async (request, reply) =>
      reply.status(201).send(await generatePeriods(db, actorOf(request), request.params.id, request.body)),
  );
  api.get(
    "/periods/:id",
    { schema: { tags, params: IdParams, response: { 200: ReportingPeriodDetail } } },
    async (request) => getPeriod(db, actorOf(request), request.params.id),
  );
  api.patch(
    "/periods/:id",
    { schema: { tags, params: IdParams, body: ReportingPeriodPatch, response: { 200: ReportingPeriod } } },
    async (request) => updatePeriod(db, actorOf(request), request.params.id, request.body),
  );
  api.delete("/periods/:id", { schema: { tags, params: IdParams } }, async (request, reply) => {
    await deletePeriod(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });
}
