/** What the maintenance jobs clear away: rows whose time is over, and kept totals folded together. */
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

/** The kept totals of the unfiltered lists: each list's rows folded into one (migration 0030). */
export async function compactListTotals(db: DbOrTx): Promise<void> {
  await db.execute(sql`select compact_list_totals()`);
}

/** Sessions past their absolute expiry, which no request can use any more; how many. */
export async function deleteExpiredSessions(db: DbOrTx, now: Date): Promise<number> {
  const result = await db.delete(sessions).where(lt(sessions.expiresAt, now));
  return result.rowCount ?? 0;
}
