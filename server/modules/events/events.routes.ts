import type { FastifyInstance } from "fastify";
import type { ModuleDeps } from "../../app.js";

export function registerEventRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
