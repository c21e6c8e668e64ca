import { and, eq, ne, sql } from "drizzle-orm";
import type { Me } from "../../../common/schemas/auth.js";
import type { Db } from "../../db/client.js";
import { organizations, sessions, users } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { AppError, invalid } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.service.js";
import { getDecoyHash, hashPassword, verifyPassword } from "./password.js";

const wrongCredentials = () => new AppError("UNAUTHENTICATED", "The e-mail or the password is not right");

/** Checks the credentials; answers the same way for an unknown e-mail and a wrong password. */
export async function authenticate(db: Db, email: string, password: string, now: Date): Promise<string> {
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, isActive: users.isActive })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  if (!user) {
    await verifyPassword(await getDecoyHash(), password);
    throw wrongCredentials();
  }
  const isValid = await verifyPassword(user.passwordHash, password);
  if (!isValid || !user.isActive) {
    await recordAudit(db, null, { action: "login_failed", entityType: "user", entityId: user.id });
    throw wrongCredentials();
  }
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
  await recordAudit(db, { userId: user.id } as Actor, {
    action: "login",
    entityType: "user",
    entityId: user.id,
  });
  return user.id;
}

export async function getMe(db: Db, userId: string): Promise<Me> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      organizationId: users.organizationId,
      organizationName: organizations.name,
      personId: users.personId,
      locale: users.locale,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, userId));
  if (!row) throw new AppError("UNAUTHENTICATED", "Please sign in");
  return { ...row, role: row.role as Me["role"] };
}

export async function updateMyLocale(db: Db, actor: Actor, locale: string): Promise<Me> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, actor.userId));
    await tx.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "user",
      entityId: actor.userId,
      before,
      after: { locale },
    });
  });
  return getMe(db, actor.userId);
}

/** A new password ends every other session of the user; the one that changed it stays. */
export async function changeMyPassword(
  db: Db,
  actor: Actor,
  currentSessionId: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid("currentPassword", "The current password is not right");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    const others = currentSessionId ? ne(sessions.id, currentSessionId) : undefined;
    await tx.delete(sessions).where(and(eq(sessions.userId, actor.userId), others));
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "user",
      entityId: actor.userId,
      after: { password: "changed" },
    });
  });
}
