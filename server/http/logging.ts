import type { FastifyServerOptions } from "fastify";

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
        path: request.url.split("?")[0],
      }),
    },
  };
}
