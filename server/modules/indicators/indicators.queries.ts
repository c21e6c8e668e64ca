import { and, asc, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Stored } from "../../../common/schemas/abilities.js";
import type {
  Indicator,
  IndicatorCategorySet,
  IndicatorListQuery,
} from "../../../common/schemas/indicators.js";
import type { DbOrTx } from "../../db/client.js";
import { type ArchivableRecord, archivable, replaceLinks } from "../../db/rows.js";
import {
  categorySets,
  frameworkNodes,
  indicatorCategorySets,
  indicatorResponsibleOrganizations,
  indicators,
  indicatorTargets,
  indicatorValues,
  organizations,
  reportingPeriods,
} from "../../db/schema.js";
import { countAll, matchesSearch, ordered, pageOffset, sortable, toNumber } from "../../db/sql.js";
import { selectCategories } from "./category-sets.queries.js";
import { lockPlanRow } from "./periods.queries.js";

/** An indicator as stored (the audit log's before → after). */
export type IndicatorRow = typeof indicators.$inferSelect;
export type IndicatorRowValues = Omit<typeof indicators.$inferInsert, "createdAt" | "updatedAt">;

const selectBase = (db: DbOrTx) =>
  db
    .select({
      row: indicators,
      frameworkNodeCode: frameworkNodes.code,
      frameworkNodeTitle: frameworkNodes.title,
      total: countAll,
    })
    .from(indicators)
    .innerJoin(frameworkNodes, eq(frameworkNodes.id, indicators.frameworkNodeId))
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

/** An indicator's lists as they are stored: what the audit log keeps before → after. */
export interface IndicatorLinks {
  responsibleOrganizationIds: string[];
  categorySetIds: string[];
  targets: { periodId: string; value: number }[];
}

const groupBy = <T extends { indicatorId: string }>(rows: T[]) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.indicatorId, [...(groups.get(row.indicatorId) ?? []), row]);
  return groups;
};

/** Organisations, category sets with their categories and targets for a page: one query each. */
async function withDetails(db: DbOrTx, rows: Row[]): Promise<Stored<Indicator>[]> {
  if (rows.length === 0) return [];
  const ids = rows.map(({ row }) => row.id);
  // One after another: inside a transaction they share one connection.
  const responsible = await db
    .select({
      indicatorId: indicatorResponsibleOrganizations.indicatorId,
      id: organizations.id,
      name: organizations.name,
    })
    .from(indicatorResponsibleOrganizations)
    .innerJoin(organizations, eq(organizations.id, indicatorResponsibleOrganizations.organizationId))
    .where(inArray(indicatorResponsibleOrganizations.indicatorId, ids))
    .orderBy(sortable(organizations.name), organizations.id);
  const setsOf = await selectCategorySetsOfIndicators(db, ids);
  const targets = await db
    .select({
      indicatorId: indicatorTargets.indicatorId,
      periodId: indicatorTargets.reportingPeriodId,
      periodName: reportingPeriods.name,
      value: indicatorTargets.targetValue,
    })
    .from(indicatorTargets)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, indicatorTargets.reportingPeriodId))
    .where(inArray(indicatorTargets.indicatorId, ids))
    .orderBy(asc(reportingPeriods.startsOn));
  const responsibleOf = groupBy(responsible);
  const targetsOf = groupBy(targets);
  return rows.map(({ row, frameworkNodeCode, frameworkNodeTitle }) => {
    const { archivedAt, searchText: _searchText, ...fields } = row;
    return {
      ...fields,
      frameworkNodeCode,
      frameworkNodeTitle,
      unit: fields.unit as Indicator["unit"],
      direction: fields.direction as Indicator["direction"],
      baselineValue: toNumber(fields.baselineValue),
      endTarget: toNumber(fields.endTarget),
      responsibleOrganizations: (responsibleOf.get(row.id) ?? []).map(({ id, name }) => ({ id, name })),
      categorySets: setsOf.get(row.id) ?? [],
      targets: (targetsOf.get(row.id) ?? []).map(({ periodId, periodName, value }) => ({
        periodId,
        periodName,
        value: Number(value),
      })),
      isArchived: archivedAt !== null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/**
 * The category sets of some indicators, each indicator's in its own order, with their categories:
 * how every value of the indicator is disaggregated.
 */
export async function selectCategorySetsOfIndicators(
  db: DbOrTx,
  indicatorIds: string[],
): Promise<Map<string, IndicatorCategorySet[]>> {
  const result = new Map<string, IndicatorCategorySet[]>(indicatorIds.map((id) => [id, []]));
  if (indicatorIds.length === 0) return result;
  const sets = await db
    .select({
      indicatorId: indicatorCategorySets.indicatorId,
      id: categorySets.id,
      code: categorySets.code,
      name: categorySets.name,
    })
    .from(indicatorCategorySets)
    .innerJoin(categorySets, eq(categorySets.id, indicatorCategorySets.categorySetId))
    .where(inArray(indicatorCategorySets.indicatorId, indicatorIds))
    .orderBy(asc(indicatorCategorySets.position));
  const categories = await selectCategories(db, [...new Set(sets.map((set) => set.id))]);
  for (const { indicatorId, ...set } of sets) {
    result.get(indicatorId)?.push({
      ...set,
      categories: categories
        .filter((category) => category.categorySetId === set.id)
        .map((category) => ({ id: category.id, code: category.code, name: category.name })),
    });
  }
  return result;
}

const sortColumns = { code: indicators.code, name: indicators.name, updatedAt: indicators.updatedAt };

export async function selectIndicators(db: DbOrTx, query: IndicatorListQuery) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(indicators.searchText, query.q),
    query.planId ? eq(indicators.planId, query.planId) : undefined,
    query.frameworkNodeId ? eq(indicators.frameworkNodeId, query.frameworkNodeId) : undefined,
    query.unit ? eq(indicators.unit, query.unit) : undefined,
    query.archived === "exclude" ? isNull(indicators.archivedAt) : undefined,
    query.archived === "only" ? isNotNull(indicators.archivedAt) : undefined,
  ];
  const rows = await selectBase(db)
    .where(and(...conditions))
    .orderBy(ordered(sortColumns[query.sort], query.order, query.sort !== "updatedAt"), indicators.id)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: await withDetails(db, rows), total: rows[0]?.total ?? 0 };
}

export async function selectIndicator(db: DbOrTx, id: string): Promise<Stored<Indicator> | undefined> {
  return (await withDetails(db, await selectBase(db).where(eq(indicators.id, id))))[0];
}

export async function selectIndicatorRow(db: DbOrTx, id: string, forUpdate = false) {
  const query = db.select().from(indicators).where(eq(indicators.id, id)).$dynamic();
  const [row] = await (forUpdate ? query.for("update") : query);
  return row;
}

export async function selectIndicatorLinks(db: DbOrTx, id: string): Promise<IndicatorLinks> {
  const indicator = await selectIndicator(db, id);
  return {
    responsibleOrganizationIds:
      indicator?.responsibleOrganizations.map((organization) => organization.id) ?? [],
    categorySetIds: indicator?.categorySets.map((set) => set.id) ?? [],
    targets: indicator?.targets.map(({ periodId, value }) => ({ periodId, value })) ?? [],
  };
}

/** What the formula checks need of every indicator of a plan. */
export function selectPlanIndicatorFormulas(db: DbOrTx, planId: string) {
  return db
    .select({ id: indicators.id, code: indicators.code, unit: indicators.unit, formula: indicators.formula })
    .from(indicators)
    .where(eq(indicators.planId, planId));
}

/** Whether the node is a node of the plan. */
export async function isNodeOfPlan(db: DbOrTx, nodeId: string, planId: string): Promise<boolean> {
  const [node] = await db
    .select({ id: frameworkNodes.id })
    .from(frameworkNodes)
    .where(and(eq(frameworkNodes.id, nodeId), eq(frameworkNodes.planId, planId)));
  return Boolean(node);
}

/** The ids among `ids` that are organisations. */
export async function selectExistingOrganizationIds(db: DbOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  return rows.map((row) => row.id);
}

/** Replaces the lists given; a list left out stays as it is. Category sets keep the order given. */
export async function replaceIndicatorLinks(
  db: DbOrTx,
  indicatorId: string,
  links: Partial<IndicatorLinks>,
): Promise<void> {
  if (links.responsibleOrganizationIds) {
    await replaceLinks(
      db,
      indicatorResponsibleOrganizations,
      indicatorResponsibleOrganizations.indicatorId,
      indicatorId,
      links.responsibleOrganizationIds.map((organizationId) => ({ indicatorId, organizationId })),
    );
  }
  if (links.categorySetIds) {
    await replaceLinks(
      db,
      indicatorCategorySets,
      indicatorCategorySets.indicatorId,
      indicatorId,
      links.categorySetIds.map((categorySetId, position) => ({ indicatorId, categorySetId, position })),
    );
  }
  if (links.targets) {
    await replaceLinks(
      db,
      indicatorTargets,
      indicatorTargets.indicatorId,
      indicatorId,
      links.targets.map((target) => ({
        indicatorId,
        reportingPeriodId: target.periodId,
        targetValue: String(target.value),
      })),
    );
  }
}

/** Whether any submission stores a value for the indicator. */
export async function hasStoredValues(db: DbOrTx, indicatorId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: indicatorValues.id })
    .from(indicatorValues)
    .where(eq(indicatorValues.indicatorId, indicatorId))
    .limit(1);
  return row !== undefined;
}

export async function insertIndicatorRow(tx: DbOrTx, values: IndicatorRowValues): Promise<IndicatorRow> {
  const [row] = await tx.insert(indicators).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateIndicatorRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<IndicatorRowValues>,
): Promise<IndicatorRow | undefined> {
  const [row] = await tx
    .update(indicators)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(indicators.id, id))
    .returning();
  return row;
}

/**
 * Locks an indicator's plan, then the indicator, in that order (as every change of an indicator
 * does); undefined when the indicator does not exist.
 */
export async function lockIndicatorRow(tx: DbOrTx, id: string): Promise<IndicatorRow | undefined> {
  const found = await selectIndicatorRow(tx, id);
  if (!found) return undefined;
  await lockPlanRow(tx, found.planId);
  return selectIndicatorRow(tx, id, true);
}

/** Indicators are archived, never deleted; their plan is locked first. */
export const indicatorRecord: ArchivableRecord<IndicatorRow> = {
  ...archivable(indicators),
  lock: lockIndicatorRow,
};
