import type { FastifyInstance } from "fastify";
import { PeriodAssessments, ShadowAssessmentsInput } from "../../../common/schemas/assessments.js";
import { IdParams } from "../../../common/schemas/common.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { getAssessments, putShadowAssessments } from "./assessments.service.js";

export function registerAssessmentRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["assessments"];
  const response = { 200: PeriodAssessments };

  api.get("/periods/:id/assessments", { schema: { tags, params: IdParams, response } }, async (request) =>
    getAssessments(db, actorOf(request), request.params.id),
  );
  api.put(
    "/periods/:id/shadow-assessments",
    { schema: { tags, params: IdParams, body: ShadowAssessmentsInput, response } },
    async (request) => putShadowAssessments(db, actorOf(request), request.params.id, request.body),
  );
}
