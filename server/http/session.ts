/**
 * Server-side sessions: a random token in an httpOnly SameSite cookie, only its SHA-256 hash in
 * the database, an idle and an absolute expiry. Every request resolves its actor here.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/client.js";
import { sessions, users } from "../db/schema.js";
import type { Actor } from "./actor.js";
import { AppError } from "./errors.js";

export const SESSION_COOKIE = "nap1325_session";

export interface SessionOptions {
  idleMinutes: number;
  absoluteHours: number;
  secureCookie: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    isPublic?: boolean;
  }
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function startSession(
  db: Db,
  reply: FastifyReply,
  userId: string,
  options: SessionOptions,
  now: Date,
): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + options.absoluteHours * 3_600_000);
  await db
    .insert(sessions)
    .values({ tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt });
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: options.secureCookie,
    expires: expiresAt,
  });
}

export async function endSession(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.sessionId) await db.delete(sessions).where(eq(sessions.id, request.sessionId));
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}

export function registerSessions(
  app: FastifyInstance,
  db: Db,
  options: SessionOptions,
  clock: () => Date,
): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionId", null);

  app.addHook("onRequest", async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const now = clock();
    const [row] = await db
      .select({
        sessionId: sessions.id,
        lastSeenAt: sessions.lastSeenAt,
        userId: users.id,
        role: users.role,
        organizationId: users.organizationId,
        personId: users.personId,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now), eq(users.isActive, true)),
      )
      .limit(1);
    if (!row) return;
    const idleMs = now.getTime() - row.lastSeenAt.getTime();
    if (idleMs > options.idleMinutes * 60_000) {
      await db.delete(sessions).where(eq(sessions.id, row.sessionId));
      return;
    }
    if (idleMs > 60_000)
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
    request.sessionId = row.sessionId;
    request.actor = {
      userId: row.userId,
      role: row.role as Actor["role"],
      organizationId: row.organizationId,
      personId: row.personId,
    };
  });

  // Deny by default: every route needs a signed-in user unless it says it is public.
  app.addHook("preHandler", async (request) => {
    if (!request.url.startsWith("/api/") || request.routeOptions.config?.isPublic) return;
    if (!request.actor) throw new AppError("UNAUTHENTICATED", "Please sign in");
  });

  // Requests that change data must come from our own pages (SameSite covers most; Origin covers the rest).
  app.addHook("onRequest", async (request) => {
    if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return;
    const origin = request.headers.origin;
    if (origin && originHost(origin) !== request.headers.host) {
      throw new AppError("FORBIDDEN", "Cross-site request refused");
    }
  });
}

/** The actor of a route that requires sign-in (the preHandler guarantees it). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("UNAUTHENTICATED", "Please sign in");
  return request.actor;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
