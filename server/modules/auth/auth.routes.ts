import type { FastifyInstance } from "fastify";
import { ChangePasswordRequest, LoginRequest, Me, UpdateMeRequest } from "../../../common/schemas/auth.js";
import type { ModuleDeps } from "../../app.js";
import { actorOf, endSession, startSession } from "../../http/session.js";
import { typed } from "../../http/typed.js";
import { authenticate, changeMyPassword, getMe, recordLogout, updateMySettings } from "./auth.service.js";
import { SignInThrottled } from "./sign-in-throttle.js";

export function registerAuthRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock, sessions } = deps;
  const api = typed(app);
  const tags = ["auth"];

  api.post(
    "/auth/login",
    {
      config: {
        isPublic: true,
        // Only a ceiling against floods: failed sign-ins are throttled per account and address.
        rateLimit: { max: deps.loginAttemptsPerWindow, timeWindow: "1 minute" },
      },
      schema: { tags, body: LoginRequest, response: { 200: Me } },
    },
    async (request, reply) => {
      const now = clock();
      let userId: string;
      try {
        userId = await authenticate(db, request.body, request.ip, now);
      } catch (error) {
        if (error instanceof SignInThrottled) reply.header("Retry-After", String(error.retryAfterSeconds));
        throw error;
      }
      await startSession(db, reply, userId, sessions, now);
      return getMe(db, userId);
    },
  );

  api.post("/auth/logout", { schema: { tags } }, async (request, reply) => {
    const actor = actorOf(request);
    await endSession(db, request, reply);
    await recordLogout(db, actor);
    return reply.status(204).send();
  });

  api.get("/auth/me", { schema: { tags, response: { 200: Me } } }, async (request) =>
    getMe(db, actorOf(request).userId),
  );

  api.patch("/auth/me", { schema: { tags, body: UpdateMeRequest, response: { 200: Me } } }, async (request) =>
    updateMySettings(db, actorOf(request), request.body),
  );

  api.post("/auth/password", { schema: { tags, body: ChangePasswordRequest } }, async (request, reply) => {
    await changeMyPassword(db, actorOf(request), request.sessionId, request.body);
    return reply.status(204).send();
  });
}
