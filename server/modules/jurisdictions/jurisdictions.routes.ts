import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  Jurisdiction,
  JurisdictionListQuery,
  JurisdictionPage,
} from "../../../common/schemas/jurisdictions.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { getJurisdiction, listJurisdictions } from "./jurisdictions.service.js";

/** Jurisdictions are read-only reference data; who reads them is `jurisdictionPolicy`. */
export function registerJurisdictionRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["jurisdictions"];
  api.get(
    "/jurisdictions",
    { schema: { tags, querystring: JurisdictionListQuery, response: { 200: JurisdictionPage } } },
    async (request) => listJurisdictions(db, actorOf(request), request.query),
  );
  api.get(
    "/jurisdictions/:id",
    { schema: { tags, params: IdParams, response: { 200: Jurisdiction } } },
    async (request) => getJurisdiction(db, actorOf(request), request.params.id),
  );
}
