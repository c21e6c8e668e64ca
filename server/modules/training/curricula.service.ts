/** Curricula and their ordered modules: the material that trainings teach. */
import type { z } from "zod";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Page } from "../../../common/schemas/common.js";
import type {
  Curriculum,
  CurriculumDetail,
  CurriculumInput,
  CurriculumListQuery,
  CurriculumPatch,
} from "../../../common/schemas/training.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { definedOnly } from "../../db/rows.js";
import type { Actor } from "../../http/actor.js";
import { conflict, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { setRecordArchived } from "../audit/audit.archive.js";
import { recordAudit } from "../audit/audit.service.js";
import {
  curriculumRecord,
  deleteCurriculumModules,
  insertCurriculum,
  insertCurriculumModule,
  lockCurriculum,
  lockCurriculumModules,
  moveCurriculumModule,
  selectCurricula,
  selectCurriculum,
  selectModules,
  selectScoredModuleIds,
  updateCurriculumModule,
  updateCurriculumRow,
} from "./curricula.queries.js";
import { curriculumAbilities, curriculumPolicy } from "./training.policy.js";

export type CurriculumValues = z.output<typeof CurriculumInput>;
export type CurriculumChanges = z.output<typeof CurriculumPatch>;
type ModuleValues = CurriculumValues["modules"][number];

const searchKeyOf = (values: { title: string; description: string | null }) =>
  buildSearchKey(values.title, values.description);

export async function listCurricula(
  db: Db,
  actor: Actor,
  query: CurriculumListQuery,
): Promise<Page<Curriculum>> {
  enforce(curriculumPolicy(actor, "read"), "Curriculum");
  const { items, total } = await selectCurricula(db, query);
  const abilities = curriculumAbilities(actor);
  return {
    items: items.map((curriculum) => ({ ...curriculum, abilities })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The curriculum with its modules in order, as stored (no policy: callers check it). */
async function loadCurriculum(db: DbOrTx, id: string): Promise<Stored<CurriculumDetail>> {
  const curriculum = await selectCurriculum(db, id);
  if (!curriculum) throw notFound("Curriculum");
  const modules = (await selectModules(db, [id])).map(({ curriculumId: _, ...module }) => module);
  return { ...curriculum, modules };
}

export async function getCurriculum(db: Db, actor: Actor, id: string): Promise<CurriculumDetail> {
  enforce(curriculumPolicy(actor, "read"), "Curriculum");
  return { ...(await loadCurriculum(db, id)), abilities: curriculumAbilities(actor) };
}

/**
 * Replaces the ordered modules of a curriculum. A module given with its id is kept (and changed),
 * so that the test scores pointing at it stay; one left out is removed, unless a training has
 * scores for it (409).
 */
async function replaceModules(tx: DbOrTx, curriculumId: string, modules: ModuleValues[]) {
  const existing = await lockCurriculumModules(tx, curriculumId);
  const existingIds = new Set(existing.map((m) => m.id));
  modules.forEach((module, i) => {
    if (module.id !== undefined && !existingIds.has(module.id)) {
      throw invalid(`modules.${i}.id`, "no_such_module");
    }
  });
  const keptIds = new Set(modules.flatMap((m) => (m.id ? [m.id] : [])));
  const removedIds = existing.filter((m) => !keptIds.has(m.id)).map((m) => m.id);
  if ((await selectScoredModuleIds(tx, removedIds)).length > 0) {
    throw conflict("module_has_scores");
  }
  await deleteCurriculumModules(tx, removedIds);
  // Kept modules move out of the way first, so that no two share a position on the way.
  for (const [i, id] of [...keptIds].entries()) await moveCurriculumModule(tx, id, -1 - i);
  for (const [position, { id, ...fields }] of modules.entries()) {
    if (id) await updateCurriculumModule(tx, id, { ...fields, position });
    else await insertCurriculumModule(tx, { ...fields, curriculumId, position });
  }
}

export async function createCurriculum(
  db: Db,
  actor: Actor,
  values: CurriculumValues,
): Promise<CurriculumDetail> {
  enforce(curriculumPolicy(actor, "create"), "Curriculum");
  const id = await db.transaction(async (tx) => {
    const { modules, ...fields } = values;
    const row = await insertCurriculum(tx, { ...fields, searchText: searchKeyOf(fields) });
    await replaceModules(tx, row.id, modules);
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "curriculum",
      entityId: row.id,
      after: await loadCurriculum(tx, row.id),
    });
    return row.id;
  });
  return { ...(await loadCurriculum(db, id)), abilities: curriculumAbilities(actor) };
}

/** Replaces the curriculum's fields and its ordered list of modules in one go. */
export async function replaceCurriculum(
  db: Db,
  actor: Actor,
  id: string,
  values: CurriculumValues,
): Promise<CurriculumDetail> {
  enforce(curriculumPolicy(actor, "update"), "Curriculum");
  await db.transaction(async (tx) => {
    if (!(await lockCurriculum(tx, id))) throw notFound("Curriculum");
    const before = await loadCurriculum(tx, id);
    const { modules, ...fields } = values;
    await updateCurriculumRow(tx, id, { ...fields, searchText: searchKeyOf(fields) });
    await replaceModules(tx, id, modules);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "curriculum",
      entityId: id,
      before,
      after: await loadCurriculum(tx, id),
    });
  });
  return { ...(await loadCurriculum(db, id)), abilities: curriculumAbilities(actor) };
}

/** Changes the curriculum's own fields; its modules stay as they are. */
export async function updateCurriculum(
  db: Db,
  actor: Actor,
  id: string,
  patch: CurriculumChanges,
): Promise<CurriculumDetail> {
  enforce(curriculumPolicy(actor, "update"), "Curriculum");
  const changes = definedOnly(patch);
  await db.transaction(async (tx) => {
    const before = await lockCurriculum(tx, id);
    if (!before) throw notFound("Curriculum");
    const merged = { ...before, ...changes };
    const after = await updateCurriculumRow(tx, id, { ...changes, searchText: searchKeyOf(merged) });
    await recordAudit(tx, actor, { action: "update", entityType: "curriculum", entityId: id, before, after });
  });
  return { ...(await loadCurriculum(db, id)), abilities: curriculumAbilities(actor) };
}

/** Curricula are archived, never deleted: trainings and scores point at them and their modules. */
export async function archiveCurriculum(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<CurriculumDetail> {
  enforce(curriculumPolicy(actor, "archive"), "Curriculum");
  await setRecordArchived(db, actor, {
    record: curriculumRecord,
    entityType: "curriculum",
    what: "Curriculum",
    id,
    isArchived: true,
    now,
    authorize: () => {},
  });
  return { ...(await loadCurriculum(db, id)), abilities: curriculumAbilities(actor) };
}
