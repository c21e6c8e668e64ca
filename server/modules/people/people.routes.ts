import type { FastifyInstance } from "fastify";
import type { ModuleDeps } from "../../app.js";

export function registerPeopleRoutes(_app: FastifyInstance, _deps: ModuleDeps): void {}
