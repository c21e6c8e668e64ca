/**
 * Reading the one file of an upload request (`multipart/form-data`, the part named `file`), the
 * same way for every upload route. A malformed form — no boundary, a body cut off mid-part — is
 * the client's mistake: 400 `VALIDATION` on `file`, never a 500. Errors that already carry a status
 * (the size limit's 413) pass as they are.
 */
import { PassThrough, type Readable } from "node:stream";
import type { FastifyRequest } from "fastify";
import { AppError } from "./errors.js";

export interface UploadedFile {
  fileName: string;
  stream: Readable;
}

const malformedUpload = () =>
  new AppError("VALIDATION", "The upload is not a valid multipart form", [
    { path: "file", message: "The upload is not a valid multipart form", reason: "malformed_upload" },
  ]);

const asUploadError = (error: unknown) =>
  typeof (error as { statusCode?: unknown } | null)?.statusCode === "number" ? error : malformedUpload();

async function filePart(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) return undefined;
  try {
    return await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  } catch (error) {
    throw asUploadError(error);
  }
}

/** The uploaded file as a stream (at most `maxBytes`), or undefined when the request holds none. */
export async function readUploadedFile(
  request: FastifyRequest,
  maxBytes: number,
): Promise<UploadedFile | undefined> {
  const part = await filePart(request, maxBytes);
  if (!part) return undefined;
  // The form may have failed while the part was handed over: the stream is then already destroyed.
  if (part.file.errored || part.file.destroyed) throw asUploadError(part.file.errored);
  const stream = new PassThrough();
  part.file.on("error", (error) => stream.destroy(asUploadError(error) as Error));
  part.file.pipe(stream);
  return { fileName: part.filename, stream };
}

/** The uploaded file read whole into memory (for small files only), or undefined when there is none. */
export async function readUploadedBuffer(
  request: FastifyRequest,
  maxBytes: number,
): Promise<Buffer | undefined> {
  const part = await filePart(request, maxBytes);
  try {
    return await part?.toBuffer();
  } catch (error) {
    throw asUploadError(error);
  }
}
