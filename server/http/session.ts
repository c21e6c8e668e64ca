/**
 * Server-side sessions: a random token in an httpOnly SameSite cookie, only its SHA-256 hash in
 * the database, an idle and an absolute expiry. Every request resolves its actor here.
 */
import { createHash, randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/client.js";
import type { Actor } from "./actor.js";
import { AppError, refused } from "./errors.js";
import { deleteSession, insertSession, selectLiveSession, touchSession } from "./session.queries.js";

export const SESSION_COOKIE = "nap1325_session";

export interface SessionOptions {
  idleMinutes: number;
  absoluteHours: number;
  secureCookie: boolean;
  /**
   * The address users reach the app at (`PUBLIC_URL`), as an origin (`https://nap.example.org`).
   * Requests that change data must come from it; when absent, from the address the request was
   * sent to (scheme and host).
   */
  publicOrigin?: string | null;
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
  await insertSession(db, { tokenHash: hashToken(token), userId, now, expiresAt });
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: options.secureCookie,
    expires: expiresAt,
  });
}

export async function endSession(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.sessionId) await deleteSession(db, request.sessionId);
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
    const row = await selectLiveSession(db, hashToken(token), now);
    if (!row) return;
    const idleMs = now.getTime() - row.lastSeenAt.getTime();
    if (idleMs > options.idleMinutes * 60_000) {
      await deleteSession(db, row.sessionId);
      return;
    }
    if (idleMs > 60_000) await touchSession(db, row.sessionId, now);
    request.sessionId = row.sessionId;
    request.actor = {
      userId: row.userId,
      role: row.role as Actor["role"],
      organizationId: row.organizationId,
      personId: row.personId,
    };
  });

  // Deny by default: every API route needs a signed-in user unless it says it is public. The
  // decision is taken on the route the router matched, never on the raw address, which may be
  // percent-encoded (`/%61pi/…` reaches `/api/…`).
  app.addHook("preHandler", async (request) => {
    if (!isApiRoute(request) || request.routeOptions.config?.isPublic) return;
    if (!request.actor) throw new AppError("UNAUTHENTICATED", "Please sign in");
  });

  // What an API route answers to a signed-in user (or a sign-in) is never kept by a browser or a
  // proxy; only public reads by anonymous callers may be cached.
  app.addHook("onSend", async (request, reply) => {
    if (!isApiRoute(request)) return;
    const isPublicRead = request.routeOptions.config?.isPublic && request.method === "GET";
    if (request.actor || !isPublicRead) reply.header("cache-control", "private, no-store");
  });

  // Requests that change data must come from our own pages (SameSite covers most; Origin covers
  // the rest): scheme and host must be those of the public address.
  app.addHook("onRequest", async (request) => {
    if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return;
    const origin = request.headers.origin;
    if (!origin) return;
    const expected = options.publicOrigin ?? `${request.protocol}://${request.host}`;
    if (originOf(origin) !== originOf(expected)) {
      throw refused("FORBIDDEN", "cross_site_request");
    }
  });
}

const isApiRoute = (request: FastifyRequest) => request.routeOptions.url?.startsWith("/api/") === true;

/** The actor of a route that requires sign-in (the preHandler guarantees it). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("UNAUTHENTICATED", "Please sign in");
  return request.actor;
}

/** `scheme://host[:port]` with the default port left out, or null for what is not an address. */
function originOf(address: string): string | null {
  try {
    const url = new URL(address);
    return url.origin === "null" ? null : url.origin;
  } catch {
    return null;
  }
}
