import type { FastifyInstance } from "fastify";
import type { ModuleDeps } from "../../app.js";

export function registerPlanRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
