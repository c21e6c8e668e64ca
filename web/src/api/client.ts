import createClient, { type Middleware } from "openapi-fetch";
import {
  type ErrorCode,
  errorStatus,
  type FieldError,
  isReason,
  type Reason,
  type ReasonParams,
} from "../../../common/errors.js";
import type { paths } from "./openapi.js";

/** An error answered by the API as `{ code, message, reason?, details }`, with the HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | "NETWORK";
  readonly details: FieldError[];
  /** Why, when the error is not one field's (a conflict, a lock): a code the UI translates. */
  readonly why: { reason: Reason; params?: ReasonParams } | null;

  constructor(
    status: number,
    code: ErrorCode | "NETWORK",
    message: string,
    details: FieldError[] = [],
    why: { reason: Reason; params?: ReasonParams } | null = null,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
    this.why = why;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type Unauthenticated = () => void;
let onUnauthenticated: Unauthenticated = () => {};

/** Called for any 401 outside the sign-in request; the app sends the user to the login page. */
export function setUnauthenticatedHandler(handler: Unauthenticated): void {
  onUnauthenticated = handler;
}

export type QueryValue = string | number | boolean | null | undefined;

/** `?a=1&b=x` (a list as `k=x&k=y`), leaving out empty values (the API rejects empty enum filters). */
export function toQueryString(params: Record<string, unknown> | undefined): string {
  if (!params) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/**
 * The one API client: every path, its parameters, body and answer are typed by `paths`, the types
 * generated from the server's OpenAPI document (`npm run openapi`).
 */
export const client = createClient<paths>({
  credentials: "same-origin",
  headers: { Accept: "application/json" },
  querySerializer: (query) => toQueryString(query),
});

type Method = "get" | "post" | "put" | "patch" | "delete";
type Operation<P extends keyof paths, M extends Method> = paths[P] extends Record<M, infer O> ? O : never;

/** The query parameters of an operation, e.g. `Query<"/api/imports">` for a list's filters. */
export type Query<P extends keyof paths, M extends Method = "get"> =
  Operation<P, M> extends {
    parameters: { query?: infer Q };
  }
    ? NonNullable<Q>
    : never;

/** The JSON body of an operation. */
export type Body<P extends keyof paths, M extends Method> =
  Operation<P, M> extends {
    requestBody?: { content: { "application/json": infer B } };
  }
    ? B
    : never;

/** The JSON answer (200 or 201) of an operation. */
export type Answer<P extends keyof paths, M extends Method = "get"> =
  Operation<P, M> extends {
    responses: infer R;
  }
    ? R extends { 200: { content: { "application/json": infer A } } }
      ? A
      : R extends { 201: { content: { "application/json": infer A } } }
        ? A
        : never
    : never;

interface Result<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

interface SendOptions {
  /** Sign-in and the first "who am I" answer 401 by design; that must not count as an expired session. */
  ignoreUnauthenticated?: boolean;
}

/**
 * Waits for a request of {@link client} and answers its data; an error answer becomes an
 * {@link ApiError} (a 401 also calls the unauthenticated handler), an unreachable server a
 * `NETWORK` error. An aborted request rejects with the `AbortError` itself.
 */
export async function send<D>(request: Promise<Result<D>>, options: SendOptions = {}): Promise<D> {
  let result: Result<D>;
  try {
    result = await request;
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", "The server could not be reached");
  }
  const { response } = result;
  if (!response.ok) {
    const error = toApiError(response, result.error);
    if (error.status === 401 && !options.ignoreUnauthenticated) onUnauthenticated();
    throw error;
  }
  // A 204 (or an empty 200) has no data: its operation's answer type says so.
  return result.data as D;
}

function toApiError(response: Response, body: unknown): ApiError {
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof fields.code === "string" ? (fields.code as ErrorCode) : statusCode(response.status);
  const message = typeof fields.message === "string" ? fields.message : response.statusText;
  const details = Array.isArray(fields.details) ? (fields.details as FieldError[]) : [];
  const why = isReason(fields.reason)
    ? { reason: fields.reason, params: (fields.params ?? {}) as ReasonParams }
    : null;
  return new ApiError(response.status, code, message, details, why);
}

/** The code of an answer without one: the first code the server maps to its status (409 is CONFLICT). */
function statusCode(status: number): ErrorCode {
  const codes = Object.keys(errorStatus) as ErrorCode[];
  return codes.find((code) => errorStatus[code] === status) ?? "INTERNAL";
}

/**
 * Sends `file` as the multipart part named `file`: the upload routes read the part as a stream, so
 * their operations declare no JSON body. The browser sets the multipart type and boundary.
 */
export function withFile(file: File): Middleware {
  return {
    onRequest: ({ request }) => {
      const body = new FormData();
      body.append("file", file, file.name);
      return new Request(request, { body });
    },
  };
}

/**
 * A `fetch` that reports upload progress (0–1) through XMLHttpRequest, which fetch cannot do;
 * it answers a `Response` like fetch, so the request goes through {@link client} all the same.
 */
export function fetchWithProgress(onProgress: (fraction: number) => void): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = request.body ? await request.blob() : null;
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      xhr.withCredentials = true;
      for (const [name, value] of request.headers) xhr.setRequestHeader(name, value);
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      });
      xhr.addEventListener("load", () => {
        if (xhr.status >= 200 && xhr.status < 300) onProgress(1);
        const isEmpty = xhr.status === 204 || xhr.responseText === "";
        resolve(
          new Response(isEmpty ? null : xhr.responseText, {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: responseHeaders(xhr),
          }),
        );
      });
      xhr.addEventListener("error", () => reject(new TypeError("Failed to fetch")));
      xhr.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")));
      request.signal.addEventListener("abort", () => xhr.abort());
      xhr.send(body);
    });
  };
}

function responseHeaders(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}
