/**
 * `GET /api/submissions/:id/template.xlsx`: the submission's indicators to fill in offline (read as
 * the submission is read). `POST /api/submissions/:id/template`: the filled template as the multipart
 * part `file`, written as the values are (`?dryRun=true` answers the changes without writing).
 */
import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import { TemplateImportResult, TemplateUploadQuery } from "../../../common/schemas/templates.js";
import type { ModuleDeps } from "../../app.js";
import { attachmentHeader } from "../../http/disposition.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { readUploadedBuffer } from "../../http/uploads.js";
import { xlsxContentType } from "../../http/xlsx.js";
import { getTemplate, importTemplate, templateMaxBytes } from "./templates.service.js";

export function registerTemplateRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["submissions"];

  api.get(
    "/submissions/:id/template.xlsx",
    { schema: { tags, params: IdParams, description: "The indicator template to fill in offline." } },
    async (request, reply) => {
      const template = await getTemplate(db, actorOf(request), request.params.id);
      return reply
        .header("content-type", xlsxContentType)
        .header("content-disposition", attachmentHeader(template.fileName))
        .header("cache-control", "private, no-store")
        .send(template.body);
    },
  );
  api.post(
    "/submissions/:id/template",
    {
      schema: {
        tags,
        params: IdParams,
        querystring: TemplateUploadQuery,
        consumes: ["multipart/form-data"],
        description: "Upload the filled template as the multipart part named `file`.",
        response: { 200: TemplateImportResult },
      },
    },
    async (request) => {
      const upload = () => readUploadedBuffer(request, templateMaxBytes);
      return importTemplate(db, actorOf(request), request.params.id, request.query, upload);
    },
  );
}
