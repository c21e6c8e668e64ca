/**
 * What every fuzzed response must satisfy, and the report of those that did not: no 5xx; a 4xx
 * answers the documented error shape; a partner or representative never sees the e-mail or phone of
 * a person of another organisation.
 */
import { type ErrorCode, errorStatus } from "../../../common/errors.js";
import type { FuzzRequest } from "./requests.js";

const errorCodes = new Set(Object.keys(errorStatus));

/** Why a 4xx body is not `{ code, message, details?: [{ path, message }] }`, or null when it is. */
export function errorShapeProblem(status: number, body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "the body is not JSON";
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return "the body is not an object";
  const { code, message, details } = parsed as Record<string, unknown>;
  if (typeof code !== "string" || !errorCodes.has(code))
    return `code ${JSON.stringify(code)} is not an error code`;
  if (typeof message !== "string") return "message is not a string";
  if (errorStatus[code as ErrorCode] !== status) return `code ${code} is not answered with ${status}`;
  if (details === undefined) return null;
  if (!Array.isArray(details)) return "details is not a list";
  for (const detail of details) {
    if (typeof detail !== "object" || detail === null) return "a detail is not an object";
    const { path, message: detailMessage } = detail as Record<string, unknown>;
    if (typeof path !== "string" || typeof detailMessage !== "string")
      return "a detail lacks path or message";
  }
  return null;
}

export interface Failure {
  index: number;
  who: string;
  kind: string;
  route: string;
  request: FuzzRequest;
  status: number | string;
  problem: string;
  response: string;
  /** The server's logged error, when it logged one. */
  serverError?: string;
}

const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text;

/** A request as one can read it again (control characters and lone surrogates escaped). */
export function describeRequest(request: FuzzRequest): string {
  const payload =
    request.payload === undefined
      ? ""
      : ` body=${JSON.stringify(clip(Buffer.isBuffer(request.payload) ? request.payload.toString("latin1") : request.payload, 300))}`;
  const headers =
    Object.keys(request.headers).length > 0 ? ` headers=${JSON.stringify(request.headers)}` : "";
  return `${request.method} ${JSON.stringify(clip(request.url, 300))}${headers}${payload}`;
}

/** The error a request made the server log: its class, code (the SQLSTATE) and where in our code it was thrown. */
export function summariseLoggedError(lines: string[]): string | undefined {
  for (const line of lines) {
    let entry: {
      err?: { type?: string; message?: string; code?: string; stack?: string };
      failure?: { error?: string; code?: string; database?: Record<string, string>; frames?: string[] };
    };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    const ours = (frames: string[]) =>
      frames
        .filter((l) => /\/(server|common)\//.test(l) && !l.includes("node_modules"))
        .map((l) => l.replace(/^.*?((?:server|common)\/[^)]*)\)?$/, "$1"))
        .slice(0, 3);
    if (entry.failure) {
      const { error, code, database, frames = [] } = entry.failure;
      const where = database
        ? Object.entries(database)
            .map(([k, v]) => `${k}=${v}`)
            .join(" ")
        : "";
      return [error, code, where, ours(frames).join(" < ")].filter(Boolean).join(" | ");
    }
    if (entry.err) {
      const { type, message, code, stack = "" } = entry.err;
      return [type, code, clip(message ?? "", 200), ours(stack.split("\n")).join(" < ")]
        .filter(Boolean)
        .join(" | ");
    }
  }
  return lines.length > 0 ? clip(lines.join(" "), 300) : undefined;
}

/**
 * All failures, grouped by status and cause, with the routes of each group and its first request:
 * one run shows everything, and each group can be replayed from its request.
 */
export function formatReport(failures: Failure[], seed: number, sent: number): string {
  const groups = new Map<string, Failure[]>();
  for (const failure of failures) {
    const cause = failure.serverError ? ` — ${failure.serverError.split(" | ").slice(0, 3).join(" | ")}` : "";
    const key = `${failure.status} ${failure.problem}${cause}`;
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  const lines = [
    `${failures.length} of ${sent} fuzzed requests failed, in ${groups.size} groups (seed ${seed}; run again with FUZZ_SEED=${seed}).`,
  ];
  for (const [key, list] of [...groups.entries()].sort()) {
    const first = list[0] as Failure;
    const routes = [...new Set(list.map((f) => f.route))];
    const whos = [...new Set(list.map((f) => f.who))].join(",");
    const kinds = [...new Set(list.map((f) => f.kind))].join(",");
    lines.push(
      "",
      `■ ${key}  ×${list.length} (${whos}; ${kinds})`,
      `  routes (${routes.length}): ${clip(routes.join(", "), 1500)}`,
      `  request #${first.index} as ${first.who}: ${describeRequest(first.request)}`,
      `  response: ${clip(first.response, 300)}`,
      ...(first.serverError ? [`  server: ${first.serverError}`] : []),
    );
  }
  return lines.join("\n");
}
