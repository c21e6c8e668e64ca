/**
 * The fuzzer's signed-in users: one per role, with a password they can sign in (and change it)
 * with, each holding a session cookie; and signing a user in again after a request ended its session.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { sessions, users } from "../../db/schema.js";
import { hashToken, SESSION_COOKIE } from "../../http/session.js";

export type FuzzRole = "administrator" | "coordinator" | "partner" | "representative";
export const fuzzRoles: FuzzRole[] = ["administrator", "coordinator", "partner", "representative"];

/** The password of the users the world makes, so that signing in and changing a password can succeed. */
export const knownPassword = "Mir-i-sigurnost-1325!";

export interface FuzzUser {
  role: FuzzRole;
  userId: string;
  email: string;
  organizationId: string | null;
  cookie: string;
}

/** A new session for the user; the cookie to send. */
export async function startSession(db: Db, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id: randomUUID(),
    tokenHash: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * Signs a fuzzing user in again after a request signed it out (sign-out, a new password): the user
 * as it was made, with the hash of `knownPassword`, and a new session.
 */
export async function signInAgain(db: Db, world: { passwordHash: string }, user: FuzzUser): Promise<void> {
  const { passwordHash } = world;
  await db
    .update(users)
    .set({ isActive: true, role: user.role, organizationId: user.organizationId, passwordHash })
    .where(eq(users.id, user.userId));
  user.cookie = await startSession(db, user.userId);
}
