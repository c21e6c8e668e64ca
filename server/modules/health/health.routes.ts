import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ModuleDeps } from "../../app.js";
import { typed } from "../../http/typed.js";
import { checkHealth, checkReadiness } from "./health.service.js";

const Health = z.object({ status: z.literal("ok"), database: z.literal("ok"), time: z.string() });

const Readiness = z.object({
  status: z.enum(["ready", "not_ready", "draining"]),
  /** Each check's outcome; absent while the process drains (it no longer runs them). */
  checks: z
    .object({
      database: z.enum(["ok", "unreachable"]),
      migrations: z.enum(["ok", "behind", "ahead", "unknown"]),
      files: z.enum(["ok", "not_writable"]),
    })
    .optional(),
});

export function registerHealthRoutes(app: FastifyInstance, { db, clock, files, drain }: ModuleDeps): void {
  typed(app).get(
    "/health",
    { config: { isPublic: true }, schema: { tags: ["system"], response: { 200: Health } } },
    async () => checkHealth(db, clock()),
  );

  typed(app).get(
    "/ready",
    {
      config: { isPublic: true },
      schema: { tags: ["system"], response: { 200: Readiness, 503: Readiness } },
    },
    // Ready: the database answers with exactly this code's migrations, the file store takes a file,
    // and the process is not shutting down. Otherwise 503, naming the check that failed.
    async (_request, reply) => {
      const readiness = await checkReadiness({ db, files, drain });
      // Never kept by a proxy or a browser: the answer is about this moment.
      reply.header("Cache-Control", "no-store");
      return reply.status(readiness.status === "ready" ? 200 : 503).send(readiness);
    },
  );
}
