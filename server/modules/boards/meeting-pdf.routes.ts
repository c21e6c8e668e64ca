import type { FastifyInstance } from "fastify";
import { IdParams } from "../../../common/schemas/common.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { sendPdf } from "../../pdf/reply.js";
import { meetingPdf } from "./meeting-pdf.js";

/** The record of a board meeting as a PDF download. */
export function registerMeetingPdfRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const today = () => clock().toISOString().slice(0, 10);

  api.get(
    "/events/:id/meeting.pdf",
    { schema: { tags: ["boards"], params: IdParams } },
    async (request, reply) =>
      sendPdf(reply, await meetingPdf(db, actorOf(request), request.params.id, today())),
  );
}
