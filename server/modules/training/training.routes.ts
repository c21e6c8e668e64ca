import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  AttendanceInput,
  AttendanceSheet,
  CurriculumDetail,
  CurriculumInput,
  CurriculumListQuery,
  CurriculumPage,
  CurriculumPatch,
  Evaluation,
  EvaluationInput,
  EvaluationList,
  LearningResults,
  ModuleScoreSheet,
  ModuleScoresInput,
  TrainingSetup,
  TrainingSetupInput,
} from "../../../common/schemas/training.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import {
  archiveCurriculum,
  createCurriculum,
  getCurriculum,
  listCurricula,
  replaceCurriculum,
  updateCurriculum,
} from "./curricula.service.js";
import { addEvaluation, listEvaluations, removeEvaluation } from "./evaluations.service.js";
import { getLearningResults } from "./learning.service.js";
import { getAttendance, getModuleScores, putAttendance, putModuleScores } from "./records.service.js";
import { getTrainingSetup, putTrainingSetup } from "./training.service.js";

/** Curricula, and the training side of events: setup, attendance per day, module scores, evaluations, results. */
export function registerTrainingRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["training"];

  api.get(
    "/curricula",
    { schema: { tags, querystring: CurriculumListQuery, response: { 200: CurriculumPage } } },
    async (request) => listCurricula(db, actorOf(request), request.query),
  );
  api.post(
    "/curricula",
    { schema: { tags, body: CurriculumInput, response: { 201: CurriculumDetail } } },
    async (request, reply) =>
      reply.status(201).send(await createCurriculum(db, actorOf(request), request.body)),
  );
  api.get(
    "/curricula/:id",
    { schema: { tags, params: IdParams, response: { 200: CurriculumDetail } } },
    async (request) => getCurriculum(db, actorOf(request), request.params.id),
  );
  api.put(
    "/curricula/:id",
    { schema: { tags, params: IdParams, body: CurriculumInput, response: { 200: CurriculumDetail } } },
    async (request) => replaceCurriculum(db, actorOf(request), request.params.id, request.body),
  );
  api.patch(
    "/curricula/:id",
    { schema: { tags, params: IdParams, body: CurriculumPatch, response: { 200: CurriculumDetail } } },
    async (request) => updateCurriculum(db, actorOf(request), request.params.id, request.body),
  );
  api.delete(
    "/curricula/:id",
    { schema: { tags, params: IdParams, response: { 200: CurriculumDetail } } },
    async (request) => archiveCurriculum(db, actorOf(request), request.params.id, clock()),
  );

  api.get(
    "/events/:id/training",
    { schema: { tags, params: IdParams, response: { 200: TrainingSetup } } },
    async (request) => getTrainingSetup(db, actorOf(request), request.params.id),
  );
  api.put(
    "/events/:id/training",
    { schema: { tags, params: IdParams, body: TrainingSetupInput, response: { 200: TrainingSetup } } },
    async (request) => putTrainingSetup(db, actorOf(request), request.params.id, request.body),
  );

  api.get(
    "/events/:id/attendance-days",
    { schema: { tags, params: IdParams, response: { 200: AttendanceSheet } } },
    async (request) => getAttendance(db, actorOf(request), request.params.id),
  );
  api.put(
    "/events/:id/attendance-days",
    { schema: { tags, params: IdParams, body: AttendanceInput, response: { 200: AttendanceSheet } } },
    async (request) => putAttendance(db, actorOf(request), request.params.id, request.body),
  );

  api.get(
    "/events/:id/module-scores",
    { schema: { tags, params: IdParams, response: { 200: ModuleScoreSheet } } },
    async (request) => getModuleScores(db, actorOf(request), request.params.id),
  );
  api.put(
    "/events/:id/module-scores",
    { schema: { tags, params: IdParams, body: ModuleScoresInput, response: { 200: ModuleScoreSheet } } },
    async (request) => putModuleScores(db, actorOf(request), request.params.id, request.body),
  );

  api.get(
    "/events/:id/evaluations",
    { schema: { tags, params: IdParams, response: { 200: EvaluationList } } },
    async (request) => listEvaluations(db, actorOf(request), request.params.id),
  );
  api.post(
    "/events/:id/evaluations",
    { schema: { tags, params: IdParams, body: EvaluationInput, response: { 201: Evaluation } } },
    async (request, reply) =>
      reply.status(201).send(await addEvaluation(db, actorOf(request), request.params.id, request.body)),
  );
  api.delete("/evaluations/:id", { schema: { tags, params: IdParams } }, async (request, reply) => {
    await removeEvaluation(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });

  api.get(
    "/events/:id/learning",
    { schema: { tags, params: IdParams, response: { 200: LearningResults } } },
    async (request) => getLearningResults(db, actorOf(request), request.params.id),
  );
}
