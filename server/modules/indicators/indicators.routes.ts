import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  Indicator,
  IndicatorHistory,
  IndicatorInput,
  IndicatorListQuery,
  IndicatorPage,
  IndicatorPatch,
} from "../../../common/schemas/indicators.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { registerCategorySetRoutes } from "./category-sets.routes.js";
import { getIndicatorHistory } from "./indicators.history.js";
import {
  createIndicator,
  getIndicator,
  listIndicators,
  setIndicatorArchived,
  updateIndicator,
} from "./indicators.service.js";
import { registerPeriodRoutes } from "./periods.routes.js";

/** Indicators, the category sets that disaggregate them, and the reporting periods of plans. */
export function registerIndicatorRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps;
  const api = typed(app);
  const tags = ["indicators"];

  api.get(
    "/indicators",
    { schema: { tags, querystring: IndicatorListQuery, response: { 200: IndicatorPage } } },
    async (request) => listIndicators(db, actorOf(request), request.query),
  );
  api.get(
    "/indicators/:id",
    { schema: { tags, params: IdParams, response: { 200: Indicator } } },
    async (request) => getIndicator(db, actorOf(request), request.params.id),
  );
  api.get(
    "/indicators/:id/history",
    { schema: { tags, params: IdParams, response: { 200: IndicatorHistory } } },
    async (request) => getIndicatorHistory(db, actorOf(request), request.params.id),
  );
  api.post(
    "/indicators",
    { schema: { tags, body: IndicatorInput, response: { 201: Indicator } } },
    async (request, reply) =>
      reply.status(201).send(await createIndicator(db, actorOf(request), request.body)),
  );
  api.patch(
    "/indicators/:id",
    { schema: { tags, params: IdParams, body: IndicatorPatch, response: { 200: Indicator } } },
    async (request) => updateIndicator(db, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    "/indicators/:id",
    { schema: { tags, params: IdParams, response: { 200: Indicator } } },
    async (request) => setIndicatorArchived(db, actorOf(request), request.params.id, true, clock()),
  );
  api.post(
    "/indicators/:id/restore",
    { schema: { tags, params: IdParams, response: { 200: Indicator } } },
    async (request) => setIndicatorArchived(db, actorOf(request), request.params.id, false, clock()),
  );

  registerCategorySetRoutes(app, deps);
  registerPeriodRoutes(app, deps);
}
