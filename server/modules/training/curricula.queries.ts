import { and, asc, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Curriculum, CurriculumListQuery, CurriculumModule } from "../../../common/schemas/training.js";
import type { DbOrTx } from "../../db/client.js";
import { type ArchivableRecord, lockById, setArchived } from "../../db/rows.js";
import { curricula, curriculumModules, moduleTestScores } from "../../db/schema.js";
import { countAll, matchesSearch, ordered, pageOffset } from "../../db/sql.js";

const qb = new QueryBuilder();

/** Modules of the curriculum in the outer query. */
const moduleCount = sql<number>`(${qb
  .select({ count: sql`count(*)` })
  .from(curriculumModules)
  .where(eq(curriculumModules.curriculumId, curricula.id))})`.mapWith(Number);

const selectBase = (db: DbOrTx) =>
  db
    .select({
      id: curricula.id,
      title: curricula.title,
      description: curricula.description,
      moduleCount,
      archivedAt: curricula.archivedAt,
      createdAt: curricula.createdAt,
      updatedAt: curricula.updatedAt,
      total: countAll,
    })
    .from(curricula)
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

const toCurriculum = (row: Row): Stored<Curriculum> => ({
  id: row.id,
  title: row.title,
  description: row.description,
  moduleCount: row.moduleCount,
  isArchived: row.archivedAt !== null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const sortColumns = { title: curricula.title, createdAt: curricula.createdAt };

export async function selectCurricula(db: DbOrTx, query: CurriculumListQuery) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(curricula.searchText, query.q),
    query.archived === "exclude" ? isNull(curricula.archivedAt) : undefined,
    query.archived === "only" ? isNotNull(curricula.archivedAt) : undefined,
  ];
  const rows = await selectBase(db)
    .where(and(...conditions))
    .orderBy(ordered(sortColumns[query.sort], query.order, query.sort === "title"), curricula.id)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: rows.map(toCurriculum), total: rows[0]?.total ?? 0 };
}

export async function selectCurriculum(db: DbOrTx, id: string): Promise<Stored<Curriculum> | undefined> {
  const [row] = await selectBase(db).where(eq(curricula.id, id));
  return row ? toCurriculum(row) : undefined;
}

/** The modules of some curricula, each curriculum's in order. */
export async function selectModules(
  db: DbOrTx,
  curriculumIds: string[],
): Promise<(CurriculumModule & { curriculumId: string })[]> {
  if (curriculumIds.length === 0) return [];
  return db
    .select({
      id: curriculumModules.id,
      curriculumId: curriculumModules.curriculumId,
      position: curriculumModules.position,
      title: curriculumModules.title,
      description: curriculumModules.description,
      durationMinutes: curriculumModules.durationMinutes,
    })
    .from(curriculumModules)
    .where(inArray(curriculumModules.curriculumId, curriculumIds))
    .orderBy(curriculumModules.curriculumId, asc(curriculumModules.position));
}

/** The ids among `moduleIds` that some training has test scores for. */
export async function selectScoredModuleIds(db: DbOrTx, moduleIds: string[]): Promise<string[]> {
  if (moduleIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: moduleTestScores.moduleId })
    .from(moduleTestScores)
    .where(inArray(moduleTestScores.moduleId, moduleIds));
  return rows.map((row) => row.id);
}

export type CurriculumRow = typeof curricula.$inferSelect;
type ModuleFields = Omit<typeof curriculumModules.$inferInsert, "id" | "curriculumId" | "position">;

/** The title and archive state of each curriculum among `ids` that exists. */
export async function selectCurriculumStates(
  db: DbOrTx,
  ids: string[],
): Promise<{ id: string; title: string; archivedAt: Date | null }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: curricula.id, title: curricula.title, archivedAt: curricula.archivedAt })
    .from(curricula)
    .where(inArray(curricula.id, ids));
}

/** The curriculum, locked until the transaction ends; undefined when missing. */
export const lockCurriculum = (tx: DbOrTx, id: string) => lockById(tx, curricula, id);

export async function insertCurriculum(
  tx: DbOrTx,
  values: typeof curricula.$inferInsert,
): Promise<CurriculumRow> {
  const [row] = await tx.insert(curricula).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateCurriculumRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<typeof curricula.$inferInsert>,
): Promise<CurriculumRow | undefined> {
  const [after] = await tx
    .update(curricula)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(curricula.id, id))
    .returning();
  return after;
}

/** Curricula are archived, never restored: archiving again keeps the day it was first archived. */
export const curriculumRecord: ArchivableRecord<CurriculumRow> = {
  lock: (tx, id) => lockById(tx, curricula, id),
  setArchived: async (tx, id, at) => {
    const current = await lockById(tx, curricula, id);
    return setArchived(tx, curricula, id, at && (current?.archivedAt ?? at));
  },
};

/** The modules of the curriculum in order, locked until the transaction ends. */
export async function lockCurriculumModules(tx: DbOrTx, curriculumId: string) {
  return tx
    .select()
    .from(curriculumModules)
    .where(eq(curriculumModules.curriculumId, curriculumId))
    .orderBy(curriculumModules.position)
    .for("update");
}

export async function deleteCurriculumModules(tx: DbOrTx, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.delete(curriculumModules).where(inArray(curriculumModules.id, ids));
}

export async function moveCurriculumModule(tx: DbOrTx, id: string, position: number): Promise<void> {
  await tx.update(curriculumModules).set({ position }).where(eq(curriculumModules.id, id));
}

export async function updateCurriculumModule(
  tx: DbOrTx,
  id: string,
  fields: ModuleFields & { position: number },
): Promise<void> {
  await tx.update(curriculumModules).set(fields).where(eq(curriculumModules.id, id));
}

export async function insertCurriculumModule(
  tx: DbOrTx,
  fields: ModuleFields & { curriculumId: string; position: number },
): Promise<void> {
  await tx.insert(curriculumModules).values(fields);
}
