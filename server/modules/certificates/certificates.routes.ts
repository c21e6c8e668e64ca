import type { FastifyInstance, FastifyRequest } from "fastify";
import {
  CertificateOverview,
  Certificate as CertificateSchema,
  IssueCertificatesInput,
  IssuedCertificates,
  RevokeCertificateInput,
  Verification,
  VerifyParams,
} from "../../../common/schemas/certificates.js";
import { IdParams } from "../../../common/schemas/common.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { sendPdf } from "../../pdf/reply.js";
import {
  certificatePdf,
  eventCertificatesPdf,
  getCertificateOverview,
  issueCertificates,
  revokeCertificate,
  verifyCertificate,
} from "./certificates.service.js";

/** The address the verification page is reached at: the origin the request came to. */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.headers.host ?? "localhost"}`;
}

/** Certificates of trainings, their PDFs, and the public check of a certificate number. */
export function registerCertificateRoutes(
  app: FastifyInstance,
  { db, clock, mailer, sessions }: ModuleDeps,
): void {
  const api = typed(app);
  const mail = { mailer, publicUrl: sessions.publicOrigin ?? null };
  const tags = ["certificates"];

  api.get(
    "/events/:id/certificates",
    { schema: { tags, params: IdParams, response: { 200: CertificateOverview } } },
    async (request) => getCertificateOverview(db, actorOf(request), request.params.id),
  );
  api.post(
    "/events/:id/certificates",
    {
      schema: {
        tags,
        params: IdParams,
        body: IssueCertificatesInput,
        description: "Without `personIds`: every eligible participant who has no certificate yet.",
        response: { 200: IssuedCertificates },
      },
    },
    async (request) =>
      issueCertificates(db, mail, actorOf(request), request.params.id, request.body?.personIds),
  );
  api.get("/events/:id/certificates.pdf", { schema: { tags, params: IdParams } }, async (request, reply) =>
    sendPdf(
      reply,
      await eventCertificatesPdf(db, actorOf(request), request.params.id, requestOrigin(request)),
    ),
  );
  api.get("/certificates/:id.pdf", { schema: { tags, params: IdParams } }, async (request, reply) =>
    sendPdf(reply, await certificatePdf(db, actorOf(request), request.params.id, requestOrigin(request))),
  );
  api.post(
    "/certificates/:id/revoke",
    {
      schema: { tags, params: IdParams, body: RevokeCertificateInput, response: { 200: CertificateSchema } },
    },
    async (request) =>
      revokeCertificate(db, actorOf(request), request.params.id, request.body.reason, clock()),
  );
  api.get(
    "/verify/:number",
    {
      config: { isPublic: true, rateLimit: { max: 60, timeWindow: "1 minute" } },
      schema: { tags, params: VerifyParams, response: { 200: Verification } },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return verifyCertificate(db, request.params.number);
    },
  );
}
