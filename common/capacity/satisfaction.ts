/**
 * Satisfaction evaluations filled in by the participants of an event: each answers some questions
 * on a scale of 1 (very dissatisfied) to 5 (very satisfied) and may leave a comment. Pure
 * functions: the server and the browser compute the same figures.
 *
 * Rules:
 *
 * - A score must be a whole number from 1 to 5; anything else is rejected with a
 *   `CapacityInputError` ("invalid_score"), since a 0 or a 10 would silently bend the means.
 * - A question an evaluation leaves out is not answered by it: it counts in neither the count nor
 *   the mean of that question.
 * - Per question: the number of answers, their mean (null without answers) and how many answers
 *   gave each score.
 * - The overall mean is the mean of every answer to every question, so each answer weighs the
 *   same (not the mean of the question means); null without answers.
 * - A comment counts when it holds more than white space.
 * - Questions are listed in the order given by `questions`, then the other questions answered,
 *   by code point. Evaluations are not de-duplicated by person: evaluations are often anonymous.
 */

import { CapacityInputError } from "./errors.js";
import { compareIds } from "./groups.js";

/** The points of the scale. */
export const satisfactionScores = [1, 2, 3, 4, 5] as const;
export type SatisfactionScore = (typeof satisfactionScores)[number];

export interface SatisfactionEvaluation {
  personId?: string | null;
  /** The score given to each question answered, by question id. */
  scores: Readonly<Record<string, number>>;
  comment?: string | null;
}

export interface QuestionSatisfaction {
  questionId: string;
  /** Number of answers. */
  count: number;
  /** Mean score (1..5); null without answers. */
  mean: number | null;
  /** Number of answers that gave each score. */
  distribution: Record<SatisfactionScore, number>;
}

export interface SatisfactionSummary {
  /** Number of evaluations. */
  evaluations: number;
  questions: QuestionSatisfaction[];
  /** Mean of every answer (1..5); null without answers. */
  overallMean: number | null;
  /** Number of evaluations with a comment. */
  comments: number;
}

/** Whether a value is a score of the scale: a whole number from 1 to 5. */
export function isSatisfactionScore(value: number): value is SatisfactionScore {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * The summary of a set of evaluations (see the rules at the top of this module). `questions` lists
 * the questions of the questionnaire in their order; they are reported even without answers.
 * Throws a `CapacityInputError` on a score that is not a whole number from 1 to 5.
 */
export function summarizeSatisfaction(
  evaluations: readonly SatisfactionEvaluation[],
  questions: readonly string[] = [],
): SatisfactionSummary {
  const distributions = new Map<string, Record<SatisfactionScore, number>>();
  for (const questionId of questions) distributions.set(questionId, emptyDistribution());
  let comments = 0;
  evaluations.forEach((evaluation, index) => {
    for (const [questionId, score] of Object.entries(evaluation.scores)) {
      if (!isSatisfactionScore(score)) {
        throw new CapacityInputError(
          "invalid_score",
          `evaluations.${index}.scores.${questionId}`,
          "A satisfaction score must be a whole number from 1 to 5.",
        );
      }
      let distribution = distributions.get(questionId);
      if (!distribution) {
        distribution = emptyDistribution();
        distributions.set(questionId, distribution);
      }
      distribution[score] += 1;
    }
    if (evaluation.comment && evaluation.comment.trim() !== "") comments += 1;
  });
  const listed = new Set(questions);
  const others = [...distributions.keys()].filter((id) => !listed.has(id)).sort(compareIds);
  const ordered = [...listed, ...others];
  const total = emptyDistribution();
  for (const distribution of distributions.values()) {
    for (const score of satisfactionScores) total[score] += distribution[score];
  }
  return {
    evaluations: evaluations.length,
    questions: ordered.map((questionId) => {
      const distribution = distributions.get(questionId) ?? emptyDistribution();
      return { questionId, ...distributionFigures(distribution), distribution };
    }),
    overallMean: distributionFigures(total).mean,
    comments,
  };
}

function emptyDistribution(): Record<SatisfactionScore, number> {
  return { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
}

/** Count and mean of a distribution; computed from whole counts, so independent of answer order. */
function distributionFigures(distribution: Record<SatisfactionScore, number>): {
  count: number;
  mean: number | null;
} {
  let count = 0;
  let sum = 0;
  for (const score of satisfactionScores) {
    count += distribution[score];
    sum += score * distribution[score];
  }
  return { count, mean: count === 0 ? null : sum / count };
}
