import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from "fastify";

/**
 * Application log settings. Requests are logged by method and path only: query strings can
 * carry the names people search for, and cookies and bodies never reach the log.
 */
export function loggerOptions(level: string): FastifyServerOptions["logger"] {
  return {
    level,
    redact: {
      paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
      remove: true,
    },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        id: request.id,
        method: request.method,
        path: pathOf(request.url),
      }),
    },
  };
}

const pathOf = (url: string) => url.split("?")[0] ?? "";

/**
 * One line per request, written when it is answered: `{ method, path, status, ms }` with the
 * message "request" (never the query string, body or cookies). So that the console stays
 * readable at the default level, a refused or failed request (status 400 or more) is logged at
 * `info`, a successful one at `debug` (LOG_LEVEL=debug shows every request). A server error also
 * has its own "request failed" line from the error mapping. Fastify's two default lines
 * ("incoming request", "request completed") and its "Route … not found" line, which carries the
 * query string, are not written.
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    const line = {
      method: request.method,
      path: pathOf(request.url),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (error) {
      reply.log.warn({ ...line, error: error.name }, "request ended with a broken response");
    } else if (reply.statusCode >= 400) {
      reply.log.info(line, "request");
    } else {
      reply.log.debug(line, "request");
    }
  }
}
