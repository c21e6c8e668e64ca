import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ModuleDeps } from "../../app.js";
import { typed } from "../../http/typed.js";
import { checkHealth } from "./health.service.js";

const Health = z.object({ status: z.literal("ok"), database: z.literal("ok"), time: z.string() });

export function registerHealthRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  typed(app).get(
    "/health",
    { config: { isPublic: true }, schema: { tags: ["system"], response: { 200: Health } } },
    async () => checkHealth(db, clock()),
  );
}
