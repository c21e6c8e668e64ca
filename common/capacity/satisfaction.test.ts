import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CapacityInputError } from "./errors.js";
import { type SatisfactionEvaluation, satisfactionScores, summarizeSatisfaction } from "./satisfaction.js";

describe("summarizeSatisfaction", () => {
  const evaluations: SatisfactionEvaluation[] = [
    { personId: "amra", scores: { content: 5, trainer: 4 }, comment: "Very useful." },
    { personId: "dino", scores: { content: 3, trainer: 4, venue: 2 }, comment: "   " },
    { scores: { content: 4 } },
    { scores: {}, comment: "More time for exercises, please." },
  ];

  it("counts, averages and distributes the answers of each question", () => {
    const summary = summarizeSatisfaction(evaluations);
    expect(summary.evaluations).toBe(4);
    expect(summary.questions).toEqual([
      { questionId: "content", count: 3, mean: 4, distribution: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 } },
      { questionId: "trainer", count: 2, mean: 4, distribution: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 0 } },
      { questionId: "venue", count: 1, mean: 2, distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 } },
    ]);
  });

  it("weighs every answer the same in the overall mean", () => {
    // (5 + 4 + 3 + 4 + 2 + 4) / 6, not the mean of the question means (4 + 4 + 2) / 3.
    expect(summarizeSatisfaction(evaluations).overallMean).toBeCloseTo(22 / 6, 12);
  });

  it("counts only comments with more than white space", () => {
    expect(summarizeSatisfaction(evaluations).comments).toBe(2);
  });

  it("lists the questionnaire's questions first, in its order, even without answers", () => {
    const summary = summarizeSatisfaction(evaluations, ["trainer", "relevance", "content"]);
    expect(summary.questions.map((q) => [q.questionId, q.count, q.mean])).toEqual([
      ["trainer", 2, 4],
      ["relevance", 0, null],
      ["content", 3, 4],
      ["venue", 1, 2],
    ]);
  });

  it("gives null means and no questions without evaluations", () => {
    expect(summarizeSatisfaction([])).toEqual({
      evaluations: 0,
      questions: [],
      overallMean: null,
      comments: 0,
    });
  });

  it("rejects a score that is not a whole number from 1 to 5", () => {
    for (const score of [0, 6, 3.5, -1, Number.NaN]) {
      let caught: unknown;
      try {
        summarizeSatisfaction([{ scores: { content: 3 } }, { scores: { venue: score } }]);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CapacityInputError);
      expect(caught).toMatchObject({ code: "invalid_score", path: "evaluations.1.scores.venue" });
    }
  });
});

const arbEvaluation: fc.Arbitrary<SatisfactionEvaluation> = fc.record({
  scores: fc.dictionary(
    fc.constantFrom("content", "trainer", "venue", "materials"),
    fc.integer({ min: 1, max: 5 }),
  ),
  comment: fc.option(fc.string({ maxLength: 5 })),
});

describe("summarizeSatisfaction properties", () => {
  it("keeps means within 1..5, distributions summing to counts, and the overall mean as the answer-weighted mean", () => {
    fc.assert(
      fc.property(fc.array(arbEvaluation, { maxLength: 30 }), (evaluations) => {
        const summary = summarizeSatisfaction(evaluations);
        const answers = evaluations.flatMap((e) => Object.values(e.scores));
        let weighted = 0;
        for (const q of summary.questions) {
          expect(satisfactionScores.reduce((s, score) => s + q.distribution[score], 0)).toBe(q.count);
          expect(q.count).toBeGreaterThan(0);
          expect(q.mean).toBeGreaterThanOrEqual(1);
          expect(q.mean).toBeLessThanOrEqual(5);
          weighted += (q.mean ?? 0) * q.count;
        }
        if (answers.length === 0) expect(summary.overallMean).toBeNull();
        else {
          expect(summary.overallMean).toBeCloseTo(answers.reduce((s, a) => s + a, 0) / answers.length, 9);
          expect(summary.overallMean).toBeCloseTo(weighted / answers.length, 9);
        }
        expect(summary.comments).toBeLessThanOrEqual(evaluations.length);
      }),
    );
  });

  it("does not depend on the order of the evaluations", () => {
    fc.assert(
      fc.property(
        fc
          .array(arbEvaluation, { maxLength: 30 })
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
          ),
        ([list, shuffled]) => {
          expect(summarizeSatisfaction(shuffled)).toEqual(summarizeSatisfaction(list));
        },
      ),
    );
  });
});
