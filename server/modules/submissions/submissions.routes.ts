import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  ActionReportsInput,
  CommentInput,
  CompletenessList,
  ReturnInput,
  SubmissionComment,
  SubmissionCreate,
  SubmissionForm,
  UnlockInput,
  ValuesInput,
} from "../../../common/schemas/submissions.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { putActionReports, putValues } from "./submissions.entry.js";
import { addComment, createSubmission, getSubmission, listCompleteness } from "./submissions.service.js";
import {
  approveSubmission,
  returnSubmission,
  submitSubmission,
  unlockSubmission,
} from "./submissions.workflow.js";

export function registerSubmissionRoutes(
  app: FastifyInstance,
  { db, mailer, clock, sessions }: ModuleDeps,
): void {
  const api = typed(app);
  const mail = { mailer, publicUrl: sessions.publicOrigin ?? null };
  const tags = ["submissions"];
  const form = { 200: SubmissionForm };

  api.get(
    "/periods/:id/submissions",
    { schema: { tags, params: IdParams, response: { 200: CompletenessList } } },
    async (request) => listCompleteness(db, actorOf(request), request.params.id),
  );
  api.post(
    "/periods/:id/submissions",
    { schema: { tags, params: IdParams, body: SubmissionCreate, response: { 201: SubmissionForm } } },
    async (request, reply) =>
      reply.status(201).send(await createSubmission(db, actorOf(request), request.params.id, request.body)),
  );
  api.get("/submissions/:id", { schema: { tags, params: IdParams, response: form } }, async (request) =>
    getSubmission(db, actorOf(request), request.params.id),
  );
  api.put(
    "/submissions/:id/values",
    { schema: { tags, params: IdParams, body: ValuesInput, response: form } },
    async (request) => putValues(db, actorOf(request), request.params.id, request.body),
  );
  api.put(
    "/submissions/:id/actions",
    { schema: { tags, params: IdParams, body: ActionReportsInput, response: form } },
    async (request) => putActionReports(db, actorOf(request), request.params.id, request.body),
  );
  api.post(
    "/submissions/:id/submit",
    { schema: { tags, params: IdParams, response: form } },
    async (request) => submitSubmission(db, mail, actorOf(request), request.params.id, clock()),
  );
  api.post(
    "/submissions/:id/return",
    { schema: { tags, params: IdParams, body: ReturnInput, response: form } },
    async (request) => returnSubmission(db, mail, actorOf(request), request.params.id, request.body, clock()),
  );
  api.post(
    "/submissions/:id/approve",
    { schema: { tags, params: IdParams, response: form } },
    async (request) => approveSubmission(db, actorOf(request), request.params.id, clock()),
  );
  api.post(
    "/submissions/:id/unlock",
    { schema: { tags, params: IdParams, body: UnlockInput, response: form } },
    async (request) => unlockSubmission(db, actorOf(request), request.params.id, request.body, clock()),
  );
  api.post(
    "/submissions/:id/comments",
    { schema: { tags, params: IdParams, body: CommentInput, response: { 201: SubmissionComment } } },
    async (request, reply) =>
      reply.status(201).send(await addComment(db, actorOf(request), request.params.id, request.body)),
  );
}
