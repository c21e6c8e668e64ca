import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  FrameworkNode,
  FrameworkNodeInput,
  FrameworkNodePatch,
  FrameworkTree,
  NodeParams,
  Plan,
  PlanCopyInput,
  PlanInput,
  PlanListQuery,
  PlanPage,
  PlanPatch,
} from "../../../common/schemas/plans.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import {
  addFrameworkNode,
  deleteFrameworkNode,
  getFrameworkTree,
  updateFrameworkNode,
} from "./framework.service.js";
import { copyPlan } from "./plans.copy.js";
import { createPlan, getPlan, listPlans, setPlanArchived, updatePlan } from "./plans.service.js";

export function registerPlanRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["plans"];

  api.get(
    "/plans",
    { schema: { tags, querystring: PlanListQuery, response: { 200: PlanPage } } },
    async (request) => listPlans(db, actorOf(request), request.query),
  );
  api.get("/plans/:id", { schema: { tags, params: IdParams, response: { 200: Plan } } }, async (request) =>
    getPlan(db, actorOf(request), request.params.id),
  );
  api.post("/plans", { schema: { tags, body: PlanInput, response: { 201: Plan } } }, async (request, reply) =>
    reply.status(201).send(await createPlan(db, actorOf(request), request.body)),
  );
  api.patch(
    "/plans/:id",
    { schema: { tags, params: IdParams, body: PlanPatch, response: { 200: Plan } } },
    async (request) => updatePlan(db, actorOf(request), request.params.id, request.body),
  );
  api.delete("/plans/:id", { schema: { tags, params: IdParams, response: { 200: Plan } } }, async (request) =>
    setPlanArchived(db, actorOf(request), request.params.id, true, clock()),
  );
  api.post(
    "/plans/:id/restore",
    { schema: { tags, params: IdParams, response: { 200: Plan } } },
    async (request) => setPlanArchived(db, actorOf(request), request.params.id, false, clock()),
  );
  api.post(
    "/plans/:id/copy",
    { schema: { tags, params: IdParams, body: PlanCopyInput, response: { 201: Plan } } },
    async (request, reply) =>
      reply.status(201).send(await copyPlan(db, actorOf(request), request.params.id, request.body)),
  );

  api.get(
    "/plans/:id/nodes",
    { schema: { tags, params: IdParams, response: { 200: FrameworkTree } } },
    async (request) => getFrameworkTree(db, actorOf(request), request.params.id),
  );
  api.post(
    "/plans/:id/nodes",
    { schema: { tags, params: IdParams, body: FrameworkNodeInput, response: { 201: FrameworkNode } } },
    async (request, reply) =>
      reply.status(201).send(await addFrameworkNode(db, actorOf(request), request.params.id, request.body)),
  );
  api.patch(
    "/plans/:id/nodes/:nodeId",
    { schema: { tags, params: NodeParams, body: FrameworkNodePatch, response: { 200: FrameworkNode } } },
    async (request) =>
      updateFrameworkNode(db, actorOf(request), request.params.id, request.params.nodeId, request.body),
  );
  api.delete(
    "/plans/:id/nodes/:nodeId",
    { schema: { tags, params: NodeParams, response: { 200: FrameworkTree } } },
    async (request) => deleteFrameworkNode(db, actorOf(request), request.params.id, request.params.nodeId),
  );
}
