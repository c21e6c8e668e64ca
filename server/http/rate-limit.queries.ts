/**
 * SQL of the shared rate-limit counters (`rate_limits`): one row per key and window. Times are the
 * database's own (`now()`), so app processes whose clocks differ still agree on when a window ends.
 * Rows of ended windows are deleted by the hourly maintenance job (server/jobs).
 */
import { and, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { rateLimits } from "../db/schema.js";

export interface WindowCount {
  /** Hits in the current window, this one included. */
  hits: number;
  /** Milliseconds until the window ends. */
  resetsInMs: number;
}

const resetsInMs = sql<number>`greatest(0, ceil(extract(epoch from (${rateLimits.resetsAt} - now())) * 1000))::double precision`;

/**
 * Counts one hit under `key`, in one statement so that parallel hits from any number of processes
 * are all counted: a new key, or one whose window has ended, starts a window of `windowMs` at 1.
 */
export async function countHit(db: DbOrTx, key: string, windowMs: number): Promise<WindowCount> {
  const windowEnd = sql`now() + ${windowMs}::double precision * interval '1 millisecond'`;
  const hasEnded = sql`${rateLimits.resetsAt} <= now()`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, hits: 1, resetsAt: windowEnd })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${hasEnded} then 1 else ${rateLimits.hits} + 1 end`,
        resetsAt: sql`case when ${hasEnded} then excluded.resets_at else ${rateLimits.resetsAt} end`,
      },
    })
    .returning({ hits: rateLimits.hits, resetsInMs });
  if (!row) throw new Error("the rate-limit counter returned no row");
  return { hits: row.hits, resetsInMs: Number(row.resetsInMs) };
}

/** The count of the current window under `key`, without counting a hit (0 when there is none). */
export async function selectWindowCount(db: DbOrTx, key: string): Promise<WindowCount> {
  const [row] = await db
    .select({ hits: rateLimits.hits, resetsInMs })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), gt(rateLimits.resetsAt, sql`now()`)));
  return row ? { hits: row.hits, resetsInMs: Number(row.resetsInMs) } : { hits: 0, resetsInMs: 0 };
}
