/** What the maintenance jobs delete: rows whose time is over. */
import { lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { rateLimits, sessions } from "../db/schema.js";

/**
 * Rate-limit windows that have ended (a key seen again starts a new window anyway); how many. Ended
 * by the database's clock, the one the counters themselves use, so that no process whose clock runs
 * ahead deletes a window that is still counting.
 */
export async function deleteEndedRateLimits(db: DbOrTx): Promise<number> {
  const result = await db.delete(rateLimits).where(lt(rateLimits.resetsAt, sql`now()`));
  return result.rowCount ?? 0;
}

/** Sessions past their absolute expiry, which no request can use any more; how many. */
export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<number> {
  const result = await db.delete(sessions).where(lt(sessions.expiresAt, now));
  return result.rowCount ?? 0;
}
