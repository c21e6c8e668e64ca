import { eq, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { signInFailures } from "../../db/schema.js";

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
