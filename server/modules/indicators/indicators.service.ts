import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Page } from "../../../common/schemas/common.js";
import type {
  Indicator,
  IndicatorInput,
  IndicatorListQuery,
  IndicatorPatch,
} from "../../../common/schemas/indicators.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { setRecordArchived } from "../audit/audit.archive.js";
import { recordAudit } from "../audit/audit.service.js";
import { selectCategorySetRows } from "./category-sets.queries.js";
import { changedDefiningFields, requireReason } from "./indicators.changes.js";
import { indicatorAbilities, indicatorPolicy } from "./indicators.policy.js";
import {
  hasStoredValues,
  type IndicatorLinks,
  type IndicatorRow,
  indicatorRecord,
  insertIndicatorRow,
  isNodeOfPlan,
  lockIndicatorRow,
  replaceIndicatorLinks,
  selectExistingOrganizationIds,
  selectIndicator,
  selectIndicatorLinks,
  selectIndicatorRow,
  selectIndicators,
  selectPlanIndicatorFormulas,
  updateIndicatorRow,
} from "./indicators.queries.js";
import { checkIndicatorDefinition, formulaScale, type IndicatorDefinition } from "./indicators.rules.js";
import { lockPlanRow, selectPeriodRows } from "./periods.queries.js";

export type IndicatorValues = z.output<typeof IndicatorInput>;
export type IndicatorChanges = z.output<typeof IndicatorPatch>;

const INDICATOR = "Indicator";

const searchKeyOf = (values: { code: string; name: string; dataSource: string | null }) =>
  buildSearchKey(values.code, values.name, values.dataSource);

/** `numeric` columns take numbers as text, so that no digit is lost on the way. */
const toNumeric = (value: number | null | undefined) =>
  value === undefined ? undefined : value === null ? null : String(value);

export async function listIndicators(
  db: Db,
  actor: Actor,
  query: IndicatorListQuery,
): Promise<Page<Indicator>> {
  enforce(indicatorPolicy(actor, "read"), INDICATOR);
  const { items, total } = await selectIndicators(db, query);
  const abilities = indicatorAbilities(actor);
  return {
    items: items.map((indicator) => ({ ...indicator, abilities })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Archived indicators stay readable by id: formulas and reports still point at them. */
export async function getIndicator(db: DbOrTx, actor: Actor, id: string): Promise<Indicator> {
  const indicator = await selectIndicator(db, id);
  if (!indicator) throw notFound(INDICATOR);
  enforce(indicatorPolicy(actor, "read"), INDICATOR);
  return { ...indicator, abilities: indicatorAbilities(actor) };
}

/**
 * Checks a definition as it will be stored against the plan's nodes, periods, indicators and the
 * category sets and organisations it names; answers the columns to write.
 */
async function checkDefinition(
  tx: DbOrTx,
  planId: string,
  definition: IndicatorDefinition & { frameworkNodeId?: string; responsibleOrganizationIds?: string[] },
) {
  if (definition.frameworkNodeId && !(await isNodeOfPlan(tx, definition.frameworkNodeId, planId))) {
    throw invalid("frameworkNodeId", "node_not_in_plan");
  }
  const organizationIds = definition.responsibleOrganizationIds ?? [];
  const existing = await selectExistingOrganizationIds(tx, organizationIds);
  if (existing.length < organizationIds.length) {
    throw invalid("responsibleOrganizationIds", "no_such_organization");
  }
  checkIndicatorDefinition(definition, {
    planIndicators: await selectPlanIndicatorFormulas(tx, planId),
    categorySets: await selectCategorySetRows(tx, definition.categorySetIds),
    periodIds: (await selectPeriodRows(tx, planId)).map((period) => period.id),
  });
  const { formula } = definition;
  return {
    formula: formula ? { ...formula, scale: formulaScale(definition.unit) } : null,
  };
}

const auditState = async (tx: DbOrTx, row: IndicatorRow | undefined, id: string) => ({
  ...row,
  ...(await selectIndicatorLinks(tx, id)),
});

export async function createIndicator(db: Db, actor: Actor, input: IndicatorValues): Promise<Indicator> {
  enforce(indicatorPolicy(actor, "create"), INDICATOR);
  const { responsibleOrganizationIds, categorySetIds, targets, ...fields } = input;
  const id = randomUUID();
  await db.transaction(async (tx) => {
    if (!(await lockPlanRow(tx, input.planId))) throw invalid("planId", "no_such_plan");
    const { formula } = await checkDefinition(tx, input.planId, { ...input, id: null });
    const row = await insertIndicatorRow(tx, {
      ...fields,
      id,
      lineageId: id,
      formula,
      baselineValue: toNumeric(fields.baselineValue),
      endTarget: toNumeric(fields.endTarget),
      searchText: searchKeyOf(fields),
    });
    await replaceIndicatorLinks(tx, id, { responsibleOrganizationIds, categorySetIds, targets });
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "indicator",
      entityId: id,
      after: await auditState(tx, row, id),
    });
  });
  return getIndicator(db, actor, id);
}

/** Finds the indicator (404), asks the policy, then locks its plan and the indicator in that order. */
async function lockIndicator(tx: DbOrTx, actor: Actor, id: string, action: "update" | "archive") {
  const found = await selectIndicatorRow(tx, id);
  if (!found) throw notFound(INDICATOR);
  enforce(indicatorPolicy(actor, action), INDICATOR);
  const row = await lockIndicatorRow(tx, id);
  if (!row) throw notFound(INDICATOR);
  return row;
}

const storedFormula = (formula: IndicatorRow["formula"]) =>
  formula && {
    numeratorIndicatorId: formula.numeratorIndicatorId,
    denominatorIndicatorId: formula.denominatorIndicatorId,
  };

/** The definition after a change: stored values, overridden by those the change gives. */
function mergeDefinition(row: IndicatorRow, links: IndicatorLinks, patch: IndicatorChanges) {
  const toNumber = (value: string | null) => (value === null ? null : Number(value));
  const merged: IndicatorDefinition = {
    id: row.id,
    unit: patch.unit ?? row.unit,
    countsPeople: patch.countsPeople ?? row.countsPeople,
    baselineValue: patch.baselineValue === undefined ? toNumber(row.baselineValue) : patch.baselineValue,
    endTarget: patch.endTarget === undefined ? toNumber(row.endTarget) : patch.endTarget,
    // A stored formula's scale follows the unit; only a scale given in the change is checked.
    formula: patch.formula === undefined ? storedFormula(row.formula) : patch.formula,
    activitySource: patch.activitySource === undefined ? row.activitySource : patch.activitySource,
    categorySetIds: patch.categorySetIds ?? links.categorySetIds,
    targets: patch.targets ?? links.targets,
  };
  return merged;
}

/**
 * Organisations, category sets and targets, when given, replace the indicator's lists. A change of
 * what the indicator measures, once values are stored, needs a reason, kept in the audit entry.
 */
export async function updateIndicator(
  db: Db,
  actor: Actor,
  id: string,
  patch: IndicatorChanges,
): Promise<Indicator> {
  await db.transaction(async (tx) => {
    const beforeRow = await lockIndicator(tx, actor, id, "update");
    const before = await auditState(tx, beforeRow, id);
    const { responsibleOrganizationIds, categorySetIds, targets, reason, ...fields } = patch;
    const changed = changedDefiningFields(beforeRow, before, patch);
    requireReason(changed, changed.length > 0 && (await hasStoredValues(tx, id)), reason);
    const { formula } = await checkDefinition(tx, beforeRow.planId, {
      ...mergeDefinition(beforeRow, before, patch),
      frameworkNodeId: fields.frameworkNodeId,
      responsibleOrganizationIds,
    });
    const afterRow = await updateIndicatorRow(tx, id, {
      ...fields,
      formula,
      baselineValue: toNumeric(fields.baselineValue),
      endTarget: toNumeric(fields.endTarget),
      searchText: searchKeyOf({ ...beforeRow, ...fields }),
    });
    await replaceIndicatorLinks(tx, id, { responsibleOrganizationIds, categorySetIds, targets });
    const after = await auditState(tx, afterRow, id);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "indicator",
      entityId: id,
      before,
      after,
      reason: reason || null,
    });
  });
  return getIndicator(db, actor, id);
}

/** Indicators are archived, never deleted: reported values and other formulas keep pointing at them. */
export async function setIndicatorArchived(
  db: Db,
  actor: Actor,
  id: string,
  isArchived: boolean,
  now: Date,
): Promise<Indicator> {
  await setRecordArchived(db, actor, {
    record: indicatorRecord,
    entityType: "indicator",
    what: INDICATOR,
    id,
    isArchived,
    now,
    authorize: () => enforce(indicatorPolicy(actor, "archive"), INDICATOR),
  });
  return getIndicator(db, actor, id);
}
