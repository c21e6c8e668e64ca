import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import {
  CommitInput,
  ImportChangesInput,
  ImportList,
  ImportListQuery,
  ImportPreview,
  ImportRecord,
  ImportUploadQuery,
  MappingInput,
} from "../../../common/schemas/imports.js";
import type { ModuleDeps } from "../../app.js";
import { attachmentHeader } from "../../http/disposition.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { readUploadedFile } from "../../http/uploads.js";
import { changeImport } from "./imports.changes.js";
import { startCommit } from "./imports.committing.js";
import {
  getImportPreview,
  importLimits,
  listImports,
  loadReadableImport,
  openImportFile,
  setImportMapping,
  uploadImport,
} from "./imports.service.js";

export function registerImportRoutes(
  app: FastifyInstance,
  { db, files, importCommitWaitMs }: ModuleDeps,
): void {
  const api = typed(app);
  const tags = ["imports"];
  // Commits still being written when the server stops are let finish (or fail) first.
  const running = new Set<Promise<unknown>>();
  app.addHook("onClose", async () => {
    await Promise.allSettled([...running]);
  });

  api.get(
    "/imports",
    { schema: { tags, querystring: ImportListQuery, response: { 200: ImportList } } },
    async (request) => listImports(db, actorOf(request), request.query),
  );
  api.post(
    "/imports",
    {
      schema: {
        tags,
        querystring: ImportUploadQuery,
        consumes: ["multipart/form-data"],
        description:
          "Upload one spreadsheet (.xlsx, .csv or .txt, at most 10 MB) as the multipart part named `file`.",
        response: { 201: ImportPreview },
      },
    },
    async (request, reply) => {
      const upload = () => readUploadedFile(request, importLimits.maxBytes + 1);
      const preview = await uploadImport(db, files, actorOf(request), request.query, upload);
      return reply.status(201).send(preview);
    },
  );
  api.get(
    "/imports/:id",
    { schema: { tags, params: IdParams, response: { 200: ImportPreview } } },
    async (request) => getImportPreview(db, files, actorOf(request), request.params.id),
  );
  api.put(
    "/imports/:id/mapping",
    { schema: { tags, params: IdParams, body: MappingInput, response: { 200: ImportPreview } } },
    async (request) => setImportMapping(db, files, actorOf(request), request.params.id, request.body),
  );
  api.patch(
    "/imports/:id/changes",
    {
      schema: {
        tags,
        params: IdParams,
        body: ImportChangesInput,
        description:
          "Corrects cells, decides likely in-file duplicates, matches unknown organisations or gives the test's maximum; answers the preview under the changes.",
        response: { 200: ImportPreview },
      },
    },
    async (request) => changeImport(db, files, actorOf(request), request.params.id, request.body),
  );
  api.post(
    "/imports/:id/commit",
    {
      schema: {
        tags,
        params: IdParams,
        body: CommitInput,
        description:
          "Writes the import. Answers 200 with the committed import when that takes a moment, else 202 with its progress while it is written in the background (follow it with GET /imports/{id}/status).",
        response: { 200: ImportRecord, 202: ImportRecord },
      },
    },
    async (request, reply) => {
      const deps = { db, files, running, waitMs: importCommitWaitMs };
      const { record, finished } = await startCommit(deps, actorOf(request), request.params.id, request.body);
      return reply.status(finished ? 200 : 202).send(record);
    },
  );
  api.get(
    "/imports/:id/status",
    {
      schema: {
        tags,
        params: IdParams,
        description:
          "The import as recorded, without analysing its rows: its status, counts and commit progress.",
        response: { 200: ImportRecord },
      },
    },
    async (request) => loadReadableImport(db, actorOf(request), request.params.id),
  );
  api.get("/imports/:id/file", { schema: { tags, params: IdParams } }, async (request, reply) => {
    const { row, contentType, stream } = await openImportFile(db, files, actorOf(request), request.params.id);
    return reply
      .header("content-type", contentType)
      .header("content-length", row.sizeBytes)
      .header("content-disposition", attachmentHeader(row.fileName))
      .header("x-content-type-options", "nosniff")
      .header("content-security-policy", "sandbox; default-src 'none'")
      .header("cache-control", "private, no-store")
      .send(stream);
  });
}
