import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorBody, ErrorCode, FieldError } from "../../common/errors.js";
import { errorStatus } from "../../common/errors.js";

/** The one error type services throw; the error handler turns it into `{ code, message, details }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
  }
}

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = () => new AppError("FORBIDDEN", "You may not do this");
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const invalid = (path: string, message: string) =>
  new AppError("VALIDATION", "The request is not valid", [{ path, message }]);

/** PostgreSQL SQLSTATEs that mean the request, not the server, was wrong. */
const pgErrorCodes: Record<string, { code: ErrorCode; message: string }> = {
  "23505": { code: "CONFLICT", message: "A record with the same value already exists" },
  "23503": { code: "VALIDATION", message: "A referenced record does not exist or is still in use" },
  "23514": { code: "VALIDATION", message: "A value breaks a rule of the data" },
  "23502": { code: "VALIDATION", message: "A required value is missing" },
  "22P02": { code: "VALIDATION", message: "A value has the wrong format" },
  "22007": { code: "VALIDATION", message: "A date is not valid" },
  "22008": { code: "VALIDATION", message: "A date is out of range" },
  "22003": { code: "VALIDATION", message: "A number is out of range" },
};

function findPgError(error: unknown): { code: string; constraint?: string } | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e as { code: string };
    e = e.cause as typeof e;
  }
  return undefined;
}

export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody = { code: error.code, message: error.message };
    if (error.details) body.details = error.details;
    return { status: errorStatus[error.code], body };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    // One detail per unknown field: `{ a, b }` in one issue becomes the paths "a" and "b".
    const details = error.validation.flatMap((issue) => {
      const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
      const message = issue.message ?? "Invalid value";
      const keys =
        issue.keyword === "unrecognized_keys" ? ((issue.params as { keys?: string[] }).keys ?? []) : [];
      if (keys.length === 0) return [{ path, message }];
      return keys.map((key) => ({ path: [path, key].filter(Boolean).join("."), message }));
    });
    return {
      status: 400,
      body: { code: "VALIDATION", message: "The request is not valid", details },
    };
  }
  const pg = findPgError(error);
  if (pg && pgErrorCodes[pg.code]) {
    const mapped = pgErrorCodes[pg.code] as { code: ErrorCode; message: string };
    return { status: errorStatus[mapped.code], body: { code: mapped.code, message: mapped.message } };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.statusCode === 429) {
    return { status: 429, body: { code: "RATE_LIMITED", message: "Too many attempts; try again later" } };
  }
  if (fastifyError.statusCode === 413) {
    return { status: 413, body: { code: "TOO_LARGE", message: "The upload is larger than allowed" } };
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const code: ErrorCode = fastifyError.statusCode === 404 ? "NOT_FOUND" : "VALIDATION";
    return {
      status: fastifyError.statusCode === 404 ? 404 : 400,
      body: { code, message: fastifyError.message },
    };
  }
  return { status: 500, body: { code: "INTERNAL", message: "Something went wrong on the server" } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorBody(error);
    if (status >= 500) request.log.error({ err: error }, "request failed");
    return reply.status(status).send(body);
  });
}
