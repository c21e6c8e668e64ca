import { and, eq, inArray, lt, ne, sql } from "drizzle-orm";
import type { Me } from "../../../common/schemas/auth.js";
import type { DbOrTx } from "../../db/client.js";
import { organizations, sessions, signInFailures, users } from "../../db/schema.js";

export interface FailureCount {
  keyHash: string;
  failures: number;
  lastFailedAt: Date;
}

/** Advisory locks of sign-in attempts live in this class, apart from any other use of them. */
const SIGN_IN_LOCK_CLASS = 1325;

/**
 * Takes the lock of one sign-in key for the rest of the transaction, without waiting: false when
 * another attempt for the same key is running, so a burst of parallel attempts cannot all pass the
 * check before any failure is counted.
 */
export async function tryLockSignInKey(tx: DbOrTx, keyHash: string): Promise<boolean> {
  const lockId = Number.parseInt(keyHash.slice(0, 8), 16) | 0;
  const result = await tx.execute<{ locked: boolean }>(
    sql`select pg_try_advisory_xact_lock(${SIGN_IN_LOCK_CLASS}, ${lockId}) as locked`,
  );
  return result.rows[0]?.locked === true;
}

export async function selectFailureCounts(db: DbOrTx, keyHashes: string[]): Promise<FailureCount[]> {
  return db
    .select({
      keyHash: signInFailures.keyHash,
      failures: signInFailures.failures,
      lastFailedAt: signInFailures.lastFailedAt,
    })
    .from(signInFailures)
    .where(inArray(signInFailures.keyHash, keyHashes));
}

/** One more failure for the key; a count whose last failure is older than `forgetBefore` starts again at 1. */
export async function addFailure(db: DbOrTx, keyHash: string, now: Date, forgetBefore: Date): Promise<void> {
  await db
    .insert(signInFailures)
    .values({ keyHash, failures: 1, lastFailedAt: now })
    .onConflictDoUpdate({
      target: signInFailures.keyHash,
      set: {
        failures: sql`case when ${signInFailures.lastFailedAt} < ${forgetBefore} then 1 else ${signInFailures.failures} + 1 end`,
        lastFailedAt: now,
      },
    });
}

export async function deleteFailureCount(db: DbOrTx, keyHash: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.keyHash, keyHash));
}

/**
 * Counts whose last failure is older than `before` no longer matter. Rows another sign-in is
 * writing at the same moment are left for next time, so purges never wait on or deadlock with it.
 */
export async function deleteFailureCountsBefore(db: DbOrTx, before: Date): Promise<void> {
  const stale = db
    .select({ keyHash: signInFailures.keyHash })
    .from(signInFailures)
    .where(lt(signInFailures.lastFailedAt, before))
    .for("update", { skipLocked: true });
  await db.delete(signInFailures).where(inArray(signInFailures.keyHash, stale));
}

/** The account of an e-mail (compared without case), with what a sign-in checks. */
export async function selectCredentials(
  db: DbOrTx,
  email: string,
): Promise<{ id: string; passwordHash: string; isActive: boolean } | undefined> {
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, isActive: users.isActive })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return user;
}

export async function updateLastLogin(db: DbOrTx, userId: string, at: Date): Promise<void> {
  await db.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId));
}

export async function selectMe(db: DbOrTx, userId: string): Promise<Omit<Me, "abilities"> | undefined> {
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
      reminderMails: users.reminderMails,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(users.id, userId));
  return row ? { ...row, role: row.role as Me["role"] } : undefined;
}

/** The settings a user changes for themselves. */
export type OwnSettings = { locale: string; reminderMails: boolean };

export async function selectOwnSettings(db: DbOrTx, userId: string): Promise<OwnSettings | undefined> {
  const [row] = await db
    .select({ locale: users.locale, reminderMails: users.reminderMails })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function updateOwnSettings(
  db: DbOrTx,
  userId: string,
  changes: Partial<OwnSettings>,
): Promise<void> {
  await db
    .update(users)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

/** What a password change checks: the current hash, and the e-mail and name a password must not be. */
export async function selectPasswordFacts(
  db: DbOrTx,
  userId: string,
): Promise<{ passwordHash: string; email: string; displayName: string } | undefined> {
  const [user] = await db
    .select({ passwordHash: users.passwordHash, email: users.email, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  return user;
}

export async function updatePasswordHash(db: DbOrTx, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

/** Ends the user's sessions, all of them or all but `keepSessionId`. */
export async function deleteSessionsOf(db: DbOrTx, userId: string, keepSessionId: string | null = null) {
  const others = keepSessionId ? ne(sessions.id, keepSessionId) : undefined;
  await db.delete(sessions).where(and(eq(sessions.userId, userId), others));
}
