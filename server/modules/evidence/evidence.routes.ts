import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import { EvidenceFile, EvidenceList, EvidenceUploadQuery } from "../../../common/schemas/evidence.js";
import type { ModuleDeps } from "../../app.js";
import { attachmentHeader } from "../../http/disposition.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { readUploadedFile } from "../../http/uploads.js";
import {
  deleteEvidence,
  evidenceLimits,
  listEvidence,
  openEvidence,
  uploadEvidence,
} from "./evidence.service.js";

export function registerEvidenceRoutes(app: FastifyInstance, { db, files }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["evidence"];

  api.get(
    "/submissions/:id/evidence",
    { schema: { tags, params: IdParams, response: { 200: EvidenceList } } },
    async (request) => listEvidence(db, actorOf(request), request.params.id),
  );
  api.post(
    "/submissions/:id/evidence",
    {
      schema: {
        tags,
        params: IdParams,
        querystring: EvidenceUploadQuery,
        consumes: ["multipart/form-data"],
        description: "Upload one file as the multipart part named `file`.",
        response: { 201: EvidenceFile },
      },
    },
    async (request, reply) => {
      const upload = () => readUploadedFile(request, evidenceLimits.maxBytes + 1);
      const created = await uploadEvidence(
        db,
        files,
        actorOf(request),
        request.params.id,
        request.query,
        upload,
      );
      return reply.status(201).send(created);
    },
  );
  api.get("/evidence/:id/file", { schema: { tags, params: IdParams } }, async (request, reply) => {
    const { row, stream } = await openEvidence(db, files, actorOf(request), request.params.id);
    return reply
      .header("content-type", row.contentType)
      .header("content-length", row.sizeBytes)
      .header("content-disposition", attachmentHeader(row.fileName))
      .header("x-content-type-options", "nosniff")
      .header("content-security-policy", "sandbox; default-src 'none'")
      .header("cache-control", "private, no-store")
      .send(stream);
  });
  api.delete("/evidence/:id", { schema: { tags, params: IdParams } }, async (request, reply) => {
    await deleteEvidence(db, files, actorOf(request), request.params.id);
    return reply.status(204).send();
  });
}
