import { and, asc, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { Curriculum, CurriculumListQuery, CurriculumModule } from "../../../common/schemas/training.js";
import type { DbOrTx } from "../../db/client.js";
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

const toCurriculum = (row: Row): Curriculum => ({
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

export async function selectCurriculum(db: DbOrTx, id: string): Promise<Curriculum | undefined> {
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
