export type {
  CascadeCount,
  CascadeEvent,
  CascadeGeneration,
  CascadeGraph,
  CascadeInput,
  CascadeLink,
  CascadeNode,
  CascadeNodeKind,
  CascadeParticipation,
  CascadePerson,
  CascadeTrainer,
  TotCascade,
} from "./cascade.js";
export { traceCascade, traceCascades } from "./cascade.js";
export type { CapacityInputErrorCode } from "./errors.js";
export { CapacityInputError } from "./errors.js";
export type {
  QuestionSatisfaction,
  SatisfactionEvaluation,
  SatisfactionScore,
  SatisfactionSummary,
} from "./satisfaction.js";
export { isSatisfactionScore, satisfactionScores, summarizeSatisfaction } from "./satisfaction.js";
export type {
  TestFigures,
  TestGroup,
  TestPerson,
  TestPhase,
  TestResult,
  TestStatistics,
  TestStatisticsInput,
} from "./tests.js";
export { scoreShare, testStatistics } from "./tests.js";
