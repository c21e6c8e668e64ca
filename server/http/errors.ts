import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorBody, ErrorCode, FieldError } from "../../common/errors.js";
import { errorStatus } from "../../common/errors.js";
import { isReason, type Reason, type ReasonParams, reasonText } from "../../common/reasons/index.js";

/** The one error type services throw; the error handler turns it into `{ code, message, details }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
    /** Why, for errors that are not about one field (a conflict, a lock, a refusal). */
    readonly why?: { reason: Reason; params?: ReasonParams },
  ) {
    super(message);
  }
}

/** A field error with its reason, its English text and the values the text names. */
export const fieldError = (path: string, reason: Reason, params?: ReasonParams): FieldError => ({
  path,
  message: reasonText(reason, params),
  reason,
  ...(params ? { params } : {}),
});

/** An error whose reason is not one field's: a conflict, a lock, a refusal. */
export const refused = (code: ErrorCode, reason: Reason, params?: ReasonParams) =>
  new AppError(code, reasonText(reason, params), undefined, params ? { reason, params } : { reason });

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = () => new AppError("FORBIDDEN", "You may not do this");
export const conflict = (reason: Reason, params?: ReasonParams) => refused("CONFLICT", reason, params);
/** One field is wrong: 400 `VALIDATION` with the field's path and the reason. */
export const invalid = (path: string, reason: Reason, params?: ReasonParams) =>
  new AppError("VALIDATION", "The request is not valid", [fieldError(path, reason, params)]);

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
  // A NUL character in text: the validation edge refuses it first; this is the safety net.
  "22021": { code: "VALIDATION", message: "Text holds a character that cannot be stored" },
  "22P05": { code: "VALIDATION", message: "Text holds a character that cannot be stored" },
};

function findPgError(error: unknown): { code: string; constraint?: string } | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e as { code: string };
    e = e.cause as typeof e;
  }
  return undefined;
}

/** A schema rule that names its reason (`params: { reason, ...values }` on a refinement) passes it on. */
function reasonOf(issueParams: unknown): Pick<FieldError, "reason" | "params"> {
  const custom = (issueParams as { params?: Record<string, unknown> } | undefined)?.params;
  if (!custom || !isReason(custom.reason)) return {};
  const { reason, ...values } = custom as { reason: Reason };
  const params = Object.fromEntries(
    Object.entries(values).filter(([, value]) => typeof value === "string" || typeof value === "number"),
  ) as Record<string, string | number>;
  return Object.keys(params).length > 0 ? { reason, params } : { reason };
}

export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody = { code: error.code, message: error.message };
    if (error.why) Object.assign(body, error.why);
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
      if (keys.length === 0) return [{ path, message, ...reasonOf(issue.params) }];
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

/** Fields of a PostgreSQL error that name things of the schema, never the values of a row. */
const pgNameFields = ["severity", "schema", "table", "column", "dataType", "constraint", "routine"] as const;

/** An error code that is a name (SQLSTATE, `ECONNREFUSED`, `FST_ERR_…`), not free text. */
const isCodeName = (code: unknown): code is string =>
  typeof code === "string" && /^[A-Z0-9][A-Z0-9_]{1,63}$/.test(code);

/** The stack frames of the app's own code, without the first line (the message) or any dependency. */
function ownFrames(error: unknown): string[] {
  const stack = error instanceof Error && typeof error.stack === "string" ? error.stack : "";
  return stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line) && !line.includes("node_modules") && !line.includes("(node:"))
    .map((line) => line.trim())
    .slice(0, 12);
}

/**
 * What the log keeps of a failed request: the error's class (and its causes' classes), the code
 * (the SQLSTATE for a database error), the schema names a database error carries, the route pattern
 * and our own stack frames. Never messages, the SQL, its parameters or PostgreSQL's `detail`: they
 * carry the row's values (names, e-mails, password hashes).
 */
export function failureForLog(
  error: unknown,
  request: { method: string; routeOptions?: { url?: string } },
): Record<string, unknown> {
  const classes: string[] = [];
  let code: string | undefined;
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    classes.push((e as object).constructor?.name ?? "Object");
    e = (e as { cause?: unknown }).cause;
  }
  const pg = findPgError(error) as (Record<string, unknown> & { code: string }) | undefined;
  if (pg) code = pg.code;
  else if (isCodeName((error as { code?: unknown } | null)?.code)) code = (error as { code: string }).code;
  const database: Record<string, string> = {};
  for (const field of pgNameFields) {
    const value = pg?.[field];
    if (typeof value === "string" && value !== "") database[field] = value;
  }
  return {
    error: classes.join(" ← "),
    ...(code ? { code } : {}),
    ...(Object.keys(database).length > 0 ? { database } : {}),
    route: `${request.method} ${request.routeOptions?.url ?? "(no route)"}`,
    frames: ownFrames(error),
  };
}

/** Failed requests answer `{ code, message, details }`; only server errors are logged, without values. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorBody(error);
    if (status >= 500) request.log.error({ failure: failureForLog(error, request) }, "request failed");
    return reply.status(status).send(body);
  });
}
