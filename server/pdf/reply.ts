import type { FastifyReply } from "fastify";
import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import { attachmentHeader } from "../http/disposition.js";
import { renderPdf } from "./document.js";

/** A document ready to render, with the name it is downloaded under. */
export interface PdfDownload {
  fileName: string;
  definition: TDocumentDefinitions;
}

/** Renders a document and sends it as a download that no browser runs or caches. */
export async function sendPdf(reply: FastifyReply, pdf: PdfDownload): Promise<FastifyReply> {
  const bytes = await renderPdf(pdf.definition);
  return reply
    .header("content-type", "application/pdf")
    .header("content-disposition", attachmentHeader(pdf.fileName))
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, no-store")
    .send(bytes);
}
