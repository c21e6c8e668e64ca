/**
 * The rules of an indicator's definition that need more than one field or other rows: checked by
 * the service on the definition as it will be stored (the stored one merged with a change).
 */
import { type FormulaReference, findFormulaCycle } from "../../../common/indicators/index.js";
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
      throw invalid(`targets.${index}.periodId`, "The period is not a reporting period of this plan");
    }
  });
}

function checkDisaggregation(definition: IndicatorDefinition, context: DefinitionContext): void {
  const known = new Set(context.categorySets.map((set) => set.id));
  if (definition.categorySetIds.some((id) => !known.has(id))) {
    throw invalid("categorySetIds", "A category set does not exist");
  }
  const hasSex = context.categorySets.some((set) => set.isSystem && set.code === SEX_SET_CODE);
  if (definition.countsPeople && !hasSex) {
    throw invalid("categorySetIds", "An indicator that counts people is split by sex: include the set “sex”");
  }
}

/** Yes/no and text indicators are not numbers: no targets, no end target, no formula. */
function checkNonNumeric(definition: IndicatorDefinition, context: DefinitionContext): void {
  if (NUMERIC_UNITS.includes(definition.unit)) return;
  const why = "A yes/no or text indicator has no numeric targets";
  if (definition.targets.length > 0) throw invalid("targets", why);
  if (definition.endTarget !== null) throw invalid("endTarget", why);
  if (definition.formula) throw invalid("formula", "A formula indicator is a percent or a ratio");
  if (definition.unit === "text" && definition.baselineValue !== null) {
    throw invalid("baselineValue", "A text indicator has no numeric baseline");
  }
  if (
    definition.unit === "yes_no" &&
    definition.baselineValue !== null &&
    ![0, 1].includes(definition.baselineValue)
  ) {
    throw invalid("baselineValue", "A yes/no baseline is 1 (yes) or 0 (no)");
  }
  const user = context.planIndicators.find(
    (other) =>
      definition.id !== null &&
      (other.formula?.numeratorIndicatorId === definition.id ||
        other.formula?.denominatorIndicatorId === definition.id),
  );
  if (user) throw invalid("unit", `Indicator ${user.code} computes its value from this one`);
}

function checkFormula(
  definition: IndicatorDefinition,
  formula: NonNullable<IndicatorDefinition["formula"]>,
  context: DefinitionContext,
): void {
  if (definition.unit !== "percent" && definition.unit !== "ratio") {
    throw invalid("formula", "A formula indicator is a percent or a ratio");
  }
  if (definition.activitySource) {
    throw invalid("activitySource", "An indicator is computed by a formula or from activities, not both");
  }
  if (formula.scale !== undefined && formula.scale !== formulaScale(definition.unit)) {
    throw invalid("formula.scale", `The scale of a ${definition.unit} is ${formulaScale(definition.unit)}`);
  }
  const parts = [
    ["numeratorIndicatorId", formula.numeratorIndicatorId],
    ["denominatorIndicatorId", formula.denominatorIndicatorId],
  ] as const;
  for (const [field, id] of parts) {
    const path = `formula.${field}`;
    if (id === definition.id) throw invalid(path, "An indicator cannot be computed from itself");
    const part = context.planIndicators.find((other) => other.id === id);
    if (!part) throw invalid(path, "The indicator is not an indicator of this plan");
    if (!NUMERIC_UNITS.includes(part.unit)) throw invalid(path, "A yes/no or text indicator is not a number");
  }
  if (formula.numeratorIndicatorId === formula.denominatorIndicatorId) {
    throw invalid("formula.denominatorIndicatorId", "The numerator and the denominator are two indicators");
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
    throw invalid("formula", `The formula depends on itself: ${path}`);
  }
}

function checkActivitySource(definition: IndicatorDefinition, source: ActivitySource): void {
  if (definition.unit !== "number") {
    throw invalid("activitySource", "An indicator fed by activities counts: its unit is number");
  }
  if (source.measure !== "events_held" && !definition.countsPeople) {
    throw invalid("countsPeople", "An indicator that counts people at events counts people");
  }
  if (source.measure === "cascade_reach" && !source.eventKinds.includes("training_of_trainers")) {
    throw invalid(
      "activitySource",
      "A cascade's reach is counted from trainings of trainers: include that kind",
    );
  }
}
