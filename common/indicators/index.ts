export type { ActivitySourceDefinition, DefinitionProblem } from "./activity-source.js";
export { activitySourceProblems } from "./activity-source.js";
export type { ExpectedBasis, ExpectedInput, ExpectedValue } from "./expected.js";
export { expectedForPeriod } from "./expected.js";
export type {
  DisaggregatedInput,
  DisaggregatedResult,
  FormulaReference,
  RatioInput,
} from "./formula.js";
export {
  combineDisaggregated,
  evaluateRatio,
  findFormulaCycle,
  ratioDecimals,
  roundDecimal,
} from "./formula.js";
export type {
  ActualForPeriodInput,
  IndicatorDirection,
  IndicatorStatus,
  PeriodValue,
  RolledUpStatus,
  ValueAssessment,
} from "./status.js";
export {
  actualForPeriod,
  assessValue,
  atRiskTolerance,
  indicatorStatuses,
  onTrackTolerance,
  rollUpRuleDescription,
  rollUpStatuses,
} from "./status.js";
