/**
 * The default data's indicators (through the indicators' own schema and rules) and the approved
 * reports that carry their published values.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { type IndicatorFormula, IndicatorInput } from "../common/schemas/indicators.js";
import { buildSearchKey } from "../common/text/search.js";
import type { DbOrTx } from "../server/db/client.js";
import {
  categorySets,
  indicatorCategorySets,
  indicatorResponsibleOrganizations,
  indicators,
  indicatorTargets,
  indicatorValues,
  submissionComments,
  submissions,
} from "../server/db/schema.js";
import { checkIndicatorDefinition, formulaScale } from "../server/modules/indicators/indicators.rules.js";
import type { SeedIndicator, SeedReport } from "./types.js";

export interface IndicatorContext {
  planId: string;
  node: (key: string) => string;
  organization: (key: string) => string;
  period: (startsOn: string) => string;
  periodIds: string[];
}

/**
 * Writes the indicators as the indicators service would: each definition passes the same schema
 * and rules, the lineage starts with the indicator's own id, a formula carries the unit's scale.
 */
export async function insertIndicators(tx: DbOrTx, seeds: SeedIndicator[], context: IndicatorContext) {
  const setRows = await tx
    .select({ id: categorySets.id, code: categorySets.code, isSystem: categorySets.isSystem })
    .from(categorySets)
    .where(
      and(
        eq(categorySets.isSystem, true),
        inArray(sql`lower(${categorySets.code})`, ["sex", "entity", "level", "sector"]),
      ),
    );
  const setIds = new Map(setRows.map((set) => [set.code.toLowerCase(), set.id]));
  const stored: { key: string; id: string; code: string; unit: string; formula: IndicatorFormula | null }[] =
    [];
  const indicatorId = (key: string) => {
    const found = stored.find((indicator) => indicator.key === key);
    if (!found) throw new Error(`default data: unknown indicator "${key}" (list it before its formula)`);
    return found.id;
  };

  for (const seed of seeds) {
    const parsed = IndicatorInput.safeParse({
      planId: context.planId,
      frameworkNodeId: context.node(seed.frameworkNode),
      code: seed.code,
      name: seed.name,
      unit: seed.unit,
      direction: seed.direction,
      isCumulative: seed.isCumulative,
      countsPeople: seed.countsPeople,
      baselineValue: seed.baselineValue ?? null,
      baselineDate: seed.baselineDate ?? null,
      endTarget: seed.endTarget ?? null,
      meansOfVerification: seed.meansOfVerification,
      dataSource: seed.dataSource ?? null,
      frequency: seed.frequency ?? null,
      rationale: seed.rationale ?? null,
      formula: seed.formula
        ? {
            numeratorIndicatorId: indicatorId(seed.formula.numerator),
            denominatorIndicatorId: indicatorId(seed.formula.denominator),
          }
        : null,
      activitySource: seed.activitySource ?? null,
      responsibleOrganizationIds: seed.responsibleOrganizations.map(context.organization),
      categorySetIds: seed.categorySets.map((code) => {
        const id = setIds.get(code);
        if (!id) throw new Error(`default data: the system category set "${code}" is missing`);
        return id;
      }),
      targets: (seed.targets ?? []).map((target) => ({
        periodId: context.period(target.periodStart),
        value: target.value,
      })),
    });
    if (!parsed.success) {
      throw new Error(`default data: indicator "${seed.key}" is invalid: ${parsed.error.message}`);
    }
    const { responsibleOrganizationIds, categorySetIds, targets, ...fields } = parsed.data;
    if (!fields.meansOfVerification) {
      throw new Error(`default data: indicator "${seed.key}" has no means of verification`);
    }
    checkIndicatorDefinition(
      { ...fields, id: null, categorySetIds, targets },
      {
        planIndicators: stored,
        categorySets: setRows.filter((set) => categorySetIds.includes(set.id)),
        periodIds: context.periodIds,
      },
    );
    const id = randomUUID();
    const formula: IndicatorFormula | null = fields.formula && {
      ...fields.formula,
      scale: formulaScale(fields.unit),
    };
    await tx.insert(indicators).values({
      ...fields,
      id,
      lineageId: id,
      formula,
      baselineValue: fields.baselineValue === null ? null : String(fields.baselineValue),
      endTarget: fields.endTarget === null ? null : String(fields.endTarget),
      searchText: buildSearchKey(fields.code, fields.name, fields.dataSource),
    });
    if (responsibleOrganizationIds.length > 0) {
      await tx
        .insert(indicatorResponsibleOrganizations)
        .values(responsibleOrganizationIds.map((organizationId) => ({ indicatorId: id, organizationId })));
    }
    if (categorySetIds.length > 0) {
      await tx
        .insert(indicatorCategorySets)
        .values(
          categorySetIds.map((categorySetId, position) => ({ indicatorId: id, categorySetId, position })),
        );
    }
    if (targets.length > 0) {
      await tx.insert(indicatorTargets).values(
        targets.map((target) => ({
          indicatorId: id,
          reportingPeriodId: target.periodId,
          targetValue: String(target.value),
        })),
      );
    }
    stored.push({ key: seed.key, id, code: fields.code, unit: fields.unit, formula });
  }
  return new Map(stored.map((indicator) => [indicator.key, indicator.id]));
}

/**
 * Writes the approved reports: the submission (approved, no user behind it: the figures come
 * from published sources, not from a reporting round held in nap1325), its values, and the note
 * on their source as the first entry of its thread.
 */
export async function insertReports(
  tx: DbOrTx,
  seeds: SeedReport[],
  context: Pick<IndicatorContext, "organization" | "period"> & { indicator: (key: string) => string },
) {
  for (const seed of seeds) {
    const [row] = await tx
      .insert(submissions)
      .values({
        reportingPeriodId: context.period(seed.periodStart),
        organizationId: context.organization(seed.organization),
        status: "approved",
      })
      .returning({ id: submissions.id });
    const submissionId = (row as { id: string }).id;
    await tx.insert(indicatorValues).values(
      seed.values.map((value) => ({
        submissionId,
        indicatorId: context.indicator(value.indicator),
        categoryKey: value.categoryKey ?? "",
        value: String(value.value),
      })),
    );
    await tx.insert(submissionComments).values({ submissionId, body: seed.sourceNote });
  }
}
