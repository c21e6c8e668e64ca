import type { z } from "zod";
import type {
  CategorySet,
  CategorySetInput,
  CategorySetListQuery,
  CategorySetPatch,
} from "../../../common/schemas/category-sets.js";
import type { Page } from "../../../common/schemas/common.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { conflict, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import {
  countIndicatorsUsingSet,
  deleteCategorySetRow,
  insertCategorySetRow,
  lockCategorySet,
  replaceCategories,
  selectCategories,
  selectCategorySet,
  selectCategorySets,
  updateCategorySetRow,
} from "./category-sets.queries.js";
import { categorySetAbilities, categorySetPolicy } from "./indicators.policy.js";

export type CategorySetValues = z.output<typeof CategorySetInput>;
export type CategorySetChanges = z.output<typeof CategorySetPatch>;

const SET = "Category set";

/** A set is found by its code, its name and the names of its categories. */
export const categorySetSearchKey = (set: { code: string; name: string }, categoryNames: string[]) =>
  buildSearchKey(set.code, set.name, ...categoryNames);

const categoriesOf = async (tx: DbOrTx, setId: string) =>
  (await selectCategories(tx, [setId])).map(({ id, code, name, position }) => ({ id, code, name, position }));

export async function listCategorySets(
  db: Db,
  actor: Actor,
  query: CategorySetListQuery,
): Promise<Page<CategorySet>> {
  enforce(categorySetPolicy(actor, "read"), SET);
  const { items, total } = await selectCategorySets(db, query);
  return {
    items: items.map((set) => ({ ...set, abilities: categorySetAbilities(actor, set) })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getCategorySet(db: DbOrTx, actor: Actor, id: string): Promise<CategorySet> {
  const set = await selectCategorySet(db, id);
  if (!set) throw notFound(SET);
  enforce(categorySetPolicy(actor, "read"), SET);
  return { ...set, abilities: categorySetAbilities(actor, set) };
}

export async function createCategorySet(
  db: Db,
  actor: Actor,
  input: CategorySetValues,
): Promise<CategorySet> {
  enforce(categorySetPolicy(actor, "create"), SET);
  const { categories: list, ...fields } = input;
  const id = await db.transaction(async (tx) => {
    const searchText = categorySetSearchKey(
      fields,
      list.map((category) => category.name),
    );
    const row = await insertCategorySetRow(tx, { ...fields, isSystem: false, searchText });
    await replaceCategories(tx, row.id, list);
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "category_set",
      entityId: row.id,
      after: { ...row, categories: await categoriesOf(tx, row.id) },
    });
    return row.id;
  });
  return getCategorySet(db, actor, id);
}

/** Looks the set up for a change: 404 when missing, then the policy, then 409 for a system set. */
async function lockCustomSet(tx: DbOrTx, actor: Actor, id: string, action: "update" | "delete") {
  const row = await lockCategorySet(tx, id);
  if (!row) throw notFound(SET);
  enforce(categorySetPolicy(actor, action), SET);
  if (row.isSystem) throw conflict("system_set");
  return row;
}

/** `categories`, when given, replace the set's list; a category keeps its id while its code stays. */
export async function updateCategorySet(
  db: Db,
  actor: Actor,
  id: string,
  patch: CategorySetChanges,
): Promise<CategorySet> {
  await db.transaction(async (tx) => {
    const beforeRow = await lockCustomSet(tx, actor, id, "update");
    const { categories: list, ...fields } = patch;
    const before = { ...beforeRow, categories: await categoriesOf(tx, id) };
    if (list) await replaceCategories(tx, id, list);
    const categoryNames = list?.map((category) => category.name) ?? before.categories.map((c) => c.name);
    const afterRow = await updateCategorySetRow(tx, id, {
      ...fields,
      searchText: categorySetSearchKey({ ...beforeRow, ...fields }, categoryNames),
    });
    const after = { ...afterRow, categories: await categoriesOf(tx, id) };
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "category_set",
      entityId: id,
      before,
      after,
    });
  });
  return getCategorySet(db, actor, id);
}

/** A custom set no indicator uses is deleted with its categories; the audit log keeps both. */
export async function deleteCategorySet(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockCustomSet(tx, actor, id, "delete");
    const users = await countIndicatorsUsingSet(tx, id);
    if (users > 0) {
      throw conflict("set_in_use", { count: users });
    }
    const before = { ...row, categories: await categoriesOf(tx, id) };
    await deleteCategorySetRow(tx, id);
    await recordAudit(tx, actor, { action: "delete", entityType: "category_set", entityId: id, before });
  });
}
