/** The kept results of network measures, by the fingerprint of the ties they were computed from. */
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { agreements, cooperationNetworks, events } from "../../db/schema.js";

export async function selectKeptNetwork(db: DbOrTx, fingerprint: string): Promise<unknown | undefined> {
  const [row] = await db
    .update(cooperationNetworks)
    .set({ usedAt: sql`now()` })
    .where(eq(cooperationNetworks.fingerprint, fingerprint))
    .returning({ result: cooperationNetworks.result });
  return row?.result;
}

export async function upsertKeptNetwork(db: DbOrTx, fingerprint: string, result: unknown): Promise<void> {
  await db.insert(cooperationNetworks).values({ fingerprint, result }).onConflictDoNothing();
}

/** Results nobody has read for `days` days are dropped (the maintenance job). */
export async function deleteUnusedNetworks(db: DbOrTx, days: number): Promise<number> {
  const { rowCount } = await db.execute(
    sql`delete from ${cooperationNetworks} where used_at < now() - make_interval(days => ${days})`,
  );
  return rowCount ?? 0;
}

/** The first and the last year of a held event or a signed agreement (null when there is none). */
export async function selectTieYearSpan(db: DbOrTx): Promise<{ first: number | null; last: number | null }> {
  const { rows } = await db.execute<{ first: number | null; last: number | null }>(sql`
    select min(extract(year from day))::int as first, max(extract(year from day))::int as last from (
      select ${events.startsOn} as day from ${events}
      where ${events.status} = 'held' and ${events.archivedAt} is null
      union all select ${agreements.signedOn} from ${agreements} where ${agreements.archivedAt} is null
    ) days`);
  return rows[0] ?? { first: null, last: null };
}
