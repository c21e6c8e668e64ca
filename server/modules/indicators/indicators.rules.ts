/**
 * The rules of an indicator's definition that need more than one field or other rows: checked by
 * the service on the definition as it will be stored (the stored one merged with a change).
 */
import {
  activitySourceProblems,
  type FormulaReference,
  findFormulaCycle,
} from "../../../common/indicators/index.js";
import type { ActivitySource, IndicatorFormula } from "../../../common/schemas/indicators.js";
import { invalid } from "../../http/errors.js";
import { SEX_SET_CODE } from "./category-sets.load.js";

export interface IndicatorDefinition {
  /** Null while the indicator is being created. */
  id: string | null;
  unit: string;
  countsPeople: boolean;
  baselineValue: number | null;
  endTarget: number | null;
  formula: (Omit<IndicatorFormula, "scale"> & { scale?: number }) | null;
  activitySource: ActivitySource | null;
  categorySetIds: string[];
  targets: { periodId: string; value: number }[];
}

export interface DefinitionContext {
  /** Every indicator of the plan (archived ones included) as stored. */
  planIndicators: { id: string; code: string; unit: string; formula: IndicatorFormula | null }[];
  /** The category sets named by the definition that exist. */
  categorySets: { id: string; code: string; isSystem: boolean }[];
  /** The ids of the plan's reporting periods. */
  periodIds: string[];
}

const NUMERIC_UNITS = ["number", "percent", "ratio"];

/** 100 for a percent, 1 for a ratio. */
export const formulaScale = (unit: string) => (unit === "percent" ? 100 : 1);

export function checkIndicatorDefinition(definition: IndicatorDefinition, context: DefinitionContext): void {
  checkDisaggregation(definition, context);
  checkNonNumeric(definition, context);
  if (definition.formula) checkFormula(definition, definition.formula, context);
  if (definition.activitySource) checkActivitySource(definition, definition.activitySource);
  definition.targets.forEach((target, index) => {
    if (!context.periodIds.includes(target.periodId)) {
      throw invalid(`targets.${index}.periodId`, "period_not_in_plan");
    }
  });
}

function checkDisaggregation(definition: IndicatorDefinition, context: DefinitionContext): void {
  const known = new Set(context.categorySets.map((set) => set.id));
  if (definition.categorySetIds.some((id) => !known.has(id))) {
    throw invalid("categorySetIds", "no_such_category_set");
  }
  const hasSex = context.categorySets.some((set) => set.isSystem && set.code === SEX_SET_CODE);
  if (definition.countsPeople && !hasSex) {
    throw invalid("categorySetIds", "sex_set_required");
  }
}

/** Yes/no and text indicators are not numbers: no targets, no end target, no formula. */
function checkNonNumeric(definition: IndicatorDefinition, context: DefinitionContext): void {
  if (NUMERIC_UNITS.includes(definition.unit)) return;
  if (definition.targets.length > 0) throw invalid("targets", "no_numeric_targets");
  if (definition.endTarget !== null) throw invalid("endTarget", "no_numeric_targets");
  if (definition.formula) throw invalid("formula", "formula_unit");
  if (definition.unit === "text" && definition.baselineValue !== null) {
    throw invalid("baselineValue", "text_baseline");
  }
  if (
    definition.unit === "yes_no" &&
    definition.baselineValue !== null &&
    ![0, 1].includes(definition.baselineValue)
  ) {
    throw invalid("baselineValue", "yes_no_baseline");
  }
  const user = context.planIndicators.find(
    (other) =>
      definition.id !== null &&
      (other.formula?.numeratorIndicatorId === definition.id ||
        other.formula?.denominatorIndicatorId === definition.id),
  );
  if (user) throw invalid("unit", "used_by_formula", { code: user.code });
}

function checkFormula(
  definition: IndicatorDefinition,
  formula: NonNullable<IndicatorDefinition["formula"]>,
  context: DefinitionContext,
): void {
  if (definition.unit !== "percent" && definition.unit !== "ratio") {
    throw invalid("formula", "formula_unit");
  }
  if (definition.activitySource) {
    throw invalid("activitySource", "formula_and_activities");
  }
  if (formula.scale !== undefined && formula.scale !== formulaScale(definition.unit)) {
    throw invalid("formula.scale", definition.unit === "percent" ? "percent_scale" : "ratio_scale");
  }
  const parts = [
    ["numeratorIndicatorId", formula.numeratorIndicatorId],
    ["denominatorIndicatorId", formula.denominatorIndicatorId],
  ] as const;
  for (const [field, id] of parts) {
    const path = `formula.${field}`;
    if (id === definition.id) throw invalid(path, "formula_of_itself");
    const part = context.planIndicators.find((other) => other.id === id);
    if (!part) throw invalid(path, "indicator_not_in_plan");
    if (!NUMERIC_UNITS.includes(part.unit)) throw invalid(path, "formula_part_not_number");
  }
  if (formula.numeratorIndicatorId === formula.denominatorIndicatorId) {
    throw invalid("formula.denominatorIndicatorId", "formula_same_parts");
  }
  if (definition.id) checkCycle(definition.id, formula, context.planIndicators);
}

/** A formula never depends on itself, however many indicators lie between. */
function checkCycle(
  id: string,
  formula: NonNullable<IndicatorDefinition["formula"]>,
  planIndicators: DefinitionContext["planIndicators"],
): void {
  const formulas = new Map<string, FormulaReference>();
  for (const indicator of planIndicators) {
    if (indicator.formula) {
      const { numeratorIndicatorId, denominatorIndicatorId } = indicator.formula;
      formulas.set(indicator.id, {
        numeratorId: numeratorIndicatorId,
        denominatorId: denominatorIndicatorId,
      });
    }
  }
  formulas.set(id, {
    numeratorId: formula.numeratorIndicatorId,
    denominatorId: formula.denominatorIndicatorId,
  });
  const cycle = findFormulaCycle(formulas, id);
  if (cycle) {
    const codeOf = new Map(planIndicators.map((indicator) => [indicator.id, indicator.code]));
    const path = cycle.map((step) => codeOf.get(step) ?? step).join(" → ");
    throw invalid("formula", "formula_cycle", { path });
  }
}

function checkActivitySource(definition: IndicatorDefinition, source: ActivitySource): void {
  const [problem] = activitySourceProblems({
    unit: definition.unit,
    countsPeople: definition.countsPeople,
    source,
  });
  if (problem) throw invalid(problem.path, problem.reason);
}
