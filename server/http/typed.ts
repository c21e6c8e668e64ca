import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";

/** The app with request and response types inferred from the zod schemas of each route. */
export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
