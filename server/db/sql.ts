/** Small SQL building blocks shared by the queries layers: search, sort, paging. */
import { type AnyColumn, and, asc, desc, type SQL, sql } from "drizzle-orm";
import { toSearchKey } from "../../common/text/search.js";

/** Bosnian ICU collation: č ć after c, đ after d, š after s, ž after z; Cyrillic after Latin. */
export const sortable = (column: AnyColumn | SQL) => sql`${column} collate "bs-x-icu"`;

export const ordered = (column: AnyColumn | SQL, order: "asc" | "desc", isText = true) => {
  const target = isText ? sortable(column) : column;
  return order === "desc" ? desc(target) : asc(target);
};

/** Every word of the query must occur in the row's search key (trigram-indexed). */
export function matchesSearch(searchColumn: AnyColumn, query: string | undefined): SQL | undefined {
  if (!query) return undefined;
  const words = toSearchKey(query).split(" ").filter(Boolean);
  if (words.length === 0) return undefined;
  return and(...words.map((word) => sql`${searchColumn} like ${`%${word.replace(/[\\%_]/g, "\\$&")}%`}`));
}

export const pageOffset = (page: number, pageSize: number) => (page - 1) * pageSize;

/** `count(*)` arrives from pg as a string; this is the one place it becomes a number. */
export const countAll = sql<string>`count(*) over ()`.mapWith(Number);

export const toNumber = (value: string | number | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/**
 * A list's total without a window count over every matching row: a page that is neither full nor
 * past the end tells it (rows before it + its rows); otherwise `count` runs (a separate, narrow
 * `count(*)` that can use an index-only scan).
 */
export async function pageTotal(
  rowsOnPage: number,
  page: number,
  pageSize: number,
  count: () => Promise<number>,
): Promise<number> {
  if (rowsOnPage > 0 && rowsOnPage < pageSize) return pageOffset(page, pageSize) + rowsOnPage;
  if (rowsOnPage === 0 && page === 1) return 0;
  return count();
}
