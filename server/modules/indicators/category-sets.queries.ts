import { and, asc, eq, inArray, notInArray, type SQL, sql } from "drizzle-orm";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { CategorySet, CategorySetListQuery } from "../../../common/schemas/category-sets.js";
import type { DbOrTx } from "../../db/client.js";
import { categories, categorySets, indicatorCategorySets } from "../../db/schema.js";
import { countAll, matchesSearch, ordered, pageOffset } from "../../db/sql.js";

export type CategorySetRow = typeof categorySets.$inferSelect;
type CategorySetRowValues = Omit<typeof categorySets.$inferInsert, "id" | "createdAt" | "updatedAt">;

const selectBase = (db: DbOrTx) =>
  db
    .select({
      id: categorySets.id,
      code: categorySets.code,
      name: categorySets.name,
      description: categorySets.description,
      isSystem: categorySets.isSystem,
      indicatorCount: db.$count(
        indicatorCategorySets,
        eq(indicatorCategorySets.categorySetId, categorySets.id),
      ),
      createdAt: categorySets.createdAt,
      updatedAt: categorySets.updatedAt,
      total: countAll,
    })
    .from(categorySets)
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];
export type CategoryRow = typeof categories.$inferSelect;

/** The categories of some sets, each set's in its order. */
export function selectCategories(db: DbOrTx, setIds: string[]): Promise<CategoryRow[]> {
  if (setIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(categories)
    .where(inArray(categories.categorySetId, setIds))
    .orderBy(asc(categories.position), categories.code);
}

async function withCategories(db: DbOrTx, rows: Row[]): Promise<Stored<CategorySet>[]> {
  const all = await selectCategories(
    db,
    rows.map((row) => row.id),
  );
  return rows.map(({ total: _total, ...row }) => ({
    ...row,
    indicatorCount: Number(row.indicatorCount),
    categories: all
      .filter((category) => category.categorySetId === row.id)
      .map(({ id, code, name }) => ({ id, code, name })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

const sortColumns = { code: categorySets.code, name: categorySets.name };

export async function selectCategorySets(db: DbOrTx, query: CategorySetListQuery) {
  const conditions: (SQL | undefined)[] = [matchesSearch(categorySets.searchText, query.q)];
  const rows = await selectBase(db)
    .where(and(...conditions))
    .orderBy(ordered(sortColumns[query.sort], query.order), categorySets.id)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: await withCategories(db, rows), total: rows[0]?.total ?? 0 };
}

export async function selectCategorySet(db: DbOrTx, id: string): Promise<Stored<CategorySet> | undefined> {
  const rows = await selectBase(db).where(eq(categorySets.id, id));
  return (await withCategories(db, rows))[0];
}

/** Sets by id, for the checks of an indicator's disaggregation. */
export function selectCategorySetRows(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(categorySets).where(inArray(categorySets.id, ids));
}

/** How many indicators (archived ones included) are disaggregated by the set. */
export async function countIndicatorsUsingSet(db: DbOrTx, setId: string): Promise<number> {
  return Number(await db.$count(indicatorCategorySets, eq(indicatorCategorySets.categorySetId, setId)));
}

/**
 * Replaces a set's categories with `list`, in its order. A category whose code stays keeps its
 * id (values reported against it stay attached); codes no longer listed are removed.
 */
export async function replaceCategories(
  db: DbOrTx,
  setId: string,
  list: { code: string; name: string }[],
): Promise<void> {
  const codes = list.map((category) => category.code);
  await db
    .delete(categories)
    .where(and(eq(categories.categorySetId, setId), notInArray(categories.code, codes)));
  await db
    .insert(categories)
    .values(list.map((category, position) => ({ ...category, position, categorySetId: setId })))
    .onConflictDoUpdate({
      target: [categories.categorySetId, categories.code],
      set: { name: sql`excluded.name`, position: sql`excluded.position` },
    });
}

export async function insertCategorySetRow(
  tx: DbOrTx,
  values: CategorySetRowValues,
): Promise<CategorySetRow> {
  const [row] = await tx.insert(categorySets).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function lockCategorySet(tx: DbOrTx, id: string): Promise<CategorySetRow | undefined> {
  const [row] = await tx.select().from(categorySets).where(eq(categorySets.id, id)).for("update");
  return row;
}

export async function updateCategorySetRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<CategorySetRowValues>,
): Promise<CategorySetRow | undefined> {
  const [row] = await tx
    .update(categorySets)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(categorySets.id, id))
    .returning();
  return row;
}

/** Deletes a set; its categories go with it. */
export async function deleteCategorySetRow(tx: DbOrTx, id: string): Promise<void> {
  await tx.delete(categorySets).where(eq(categorySets.id, id));
}
