/**
 * The totals of the unfiltered lists of people and events (their rows not archived), kept by
 * triggers (migration 0030) so that a list's first page never counts the whole table: the sum of
 * the list's rows in `list_totals`, which the maintenance job folds together hourly.
 */
import { eq, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "./client.js";
import { listTotals } from "./schema.js";

export type KeptList = "people" | "events";

/** The kept total of a list: its rows not archived. */
export async function keptListTotal(db: DbOrTx, list: KeptList): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${listTotals.delta}), 0)`.mapWith(Number) })
    .from(listTotals)
    .where(eq(listTotals.list, list));
  return row?.total ?? 0;
}

/** Whether a list's conditions are "not archived" alone: the list whose total is kept. */
export const isWholeList = (conditions: readonly (SQL | undefined)[], notArchived: SQL | undefined) =>
  notArchived !== undefined &&
  conditions.every((condition) => condition === undefined || condition === notArchived);
