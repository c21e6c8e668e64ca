import type { ErrorCode, FieldError } from "../../../common/errors.js";

/** An error answered by the API as `{ code, message, details }`, with the HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | "NETWORK";
  readonly details: FieldError[];

  constructor(status: number, code: ErrorCode | "NETWORK", message: string, details: FieldError[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
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

/** `?a=1&b=x`, leaving out empty values (the API rejects empty enum filters). */
export function toQueryString(params: Record<string, QueryValue> | undefined): string {
  if (!params) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Sign-in and the first "who am I" answer 401 by design; that must not count as an expired session. */
  ignoreUnauthenticated?: boolean;
  signal?: AbortSignal;
}

async function readError(response: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; details?: FieldError[] } = {};
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy page, an empty body): fall back on the status alone.
  }
  const code = (body.code ?? statusCode(response.status)) as ErrorCode;
  return new ApiError(response.status, code, body.message ?? response.statusText, body.details ?? []);
}

function statusCode(status: number): ErrorCode {
  if (status === 400) return "VALIDATION";
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 403) return "FORBIDDEN";
  if (status === 404) return "NOT_FOUND";
  if (status === 409) return "CONFLICT";
  if (status === 413) return "TOO_LARGE";
  if (status === 429) return "RATE_LIMITED";
  return "INTERNAL";
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  const hasBody = options.body !== undefined;
  // A FormData body (a file upload) sets its own multipart content type and boundary.
  const isForm = options.body instanceof FormData;
  if (hasBody && !isForm) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(options.query)}`, {
      method: options.method ?? "GET",
      credentials: "same-origin",
      headers,
      body: isForm ? (options.body as FormData) : hasBody ? JSON.stringify(options.body) : null,
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", "The server could not be reached");
  }
  if (!response.ok) {
    const error = await readError(response);
    if (error.status === 401 && !options.ignoreUnauthenticated) onUnauthenticated();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
