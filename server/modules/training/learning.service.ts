/** What a training taught: paired pre/post statistics and the satisfaction of its participants. */

import {
  CapacityInputError,
  type CapacityInputErrorCode,
  summarizeSatisfaction,
  type TestPerson,
  type TestResult,
  testStatistics,
} from "../../../common/capacity/index.js";
import type { Reason } from "../../../common/errors.js";
import { satisfactionQuestions } from "../../../common/schemas/enums.js";
import type { LearningResults } from "../../../common/schemas/training.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid } from "../../http/errors.js";
import {
  type LearningParticipant,
  selectEvaluations,
  selectLearningParticipants,
  selectModuleScores,
  selectTrainingModules,
  selectTrainingRules,
} from "./training.queries.js";
import { authorizeTraining } from "./training.service.js";

/** The whole-test results recorded on the participations (a score counts only with its maximum). */
function wholeTestResults(participants: LearningParticipant[]): TestResult[] {
  return participants.flatMap(({ personId, preTestScore, postTestScore, testMaxScore }) => {
    if (testMaxScore === null) return [];
    const results: TestResult[] = [];
    if (preTestScore !== null)
      results.push({ personId, phase: "pre", score: preTestScore, maxScore: testMaxScore });
    if (postTestScore !== null) {
      results.push({ personId, phase: "post", score: postTestScore, maxScore: testMaxScore });
    }
    return results;
  });
}

/** Why test results are refused, by the rule they break. */
const testRuleReasons: Partial<Record<CapacityInputErrorCode, Reason>> = {
  invalid_pass_mark: "pass_mark_out_of_range",
  invalid_max_score: "max_score_not_positive",
  invalid_score: "score_out_of_range",
  duplicate_result: "result_listed_twice",
};

/** The statistics of stored data; a rule the data breaks is answered as a 400 naming the field. */
function statisticsOf(...input: Parameters<typeof testStatistics>) {
  try {
    return testStatistics(...input);
  } catch (error) {
    const reason = error instanceof CapacityInputError ? testRuleReasons[error.code] : undefined;
    if (error instanceof CapacityInputError && reason) throw invalid(error.path, reason);
    throw error;
  }
}

export async function getLearningResults(db: Db, actor: Actor, eventId: string): Promise<LearningResults> {
  await authorizeTraining(db, actor, eventId, "readResults");
  const participants = await selectLearningParticipants(db, eventId);
  const people: Record<string, TestPerson> = Object.fromEntries(
    participants.map((p) => [p.personId, { sex: p.sex, sector: p.sector, level: p.level }]),
  );
  const { passMark } = await selectTrainingRules(db, eventId);
  const moduleScores = await selectModuleScores(db, eventId);
  const modules = await selectTrainingModules(db, eventId);
  const scoredModuleIds = new Set(moduleScores.map((s) => s.moduleId));
  const evaluations = await selectEvaluations(db, eventId);
  return {
    eventId,
    passMark,
    wholeTest: statisticsOf({ results: wholeTestResults(participants), people, passMark }),
    modules: moduleScores.length > 0 ? statisticsOf({ results: moduleScores, people, passMark }) : null,
    byModule: modules
      .filter((m) => scoredModuleIds.has(m.id))
      .map((m) => ({
        ...m,
        statistics: statisticsOf({
          results: moduleScores.filter((s) => s.moduleId === m.id),
          people,
          passMark,
        }),
      })),
    satisfaction: summarizeSatisfaction(evaluations, satisfactionQuestions),
  };
}
