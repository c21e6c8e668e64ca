import type { FastifyInstance } from "fastify";
import {
  CategorySet,
  CategorySetInput,
  CategorySetListQuery,
  CategorySetPage,
  CategorySetPatch,
} from "../../../common/schemas/category-sets.js";
import { IdParams } from "../../../common/schemas/common.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import {
  createCategorySet,
  deleteCategorySet,
  getCategorySet,
  listCategorySets,
  updateCategorySet,
} from "./category-sets.service.js";

export function registerCategorySetRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["category sets"];

  api.get(
    "/category-sets",
    { schema: { tags, querystring: CategorySetListQuery, response: { 200: CategorySetPage } } },
    async (request) => listCategorySets(db, actorOf(request), request.query),
  );
  api.get(
    "/category-sets/:id",
    { schema: { tags, params: IdParams, response: { 200: CategorySet } } },
    async (request) => getCategorySet(db, actorOf(request), request.params.id),
  );
  api.post(
    "/category-sets",
    { schema: { tags, body: CategorySetInput, response: { 201: CategorySet } } },
    async (request, reply) =>
      reply.status(201).send(await createCategorySet(db, actorOf(request), request.body)),
  );
  api.patch(
    "/category-sets/:id",
    { schema: { tags, params: IdParams, body: CategorySetPatch, response: { 200: CategorySet } } },
    async (request) => updateCategorySet(db, actorOf(request), request.params.id, request.body),
  );
  api.delete("/category-sets/:id", { schema: { tags, params: IdParams } }, async (request, reply) => {
    await deleteCategorySet(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });
}
