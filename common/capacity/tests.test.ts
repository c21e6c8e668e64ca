import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OrganizationLevel, OrganizationSector, Sex } from "../schemas/enums.js";
import { CapacityInputError } from "./errors.js";
import { type TestPerson, type TestResult, testStatistics } from "./tests.js";

function result(
  personId: string,
  phase: "pre" | "post",
  score: number,
  maxScore = 100,
  moduleId?: string | null,
): TestResult {
  return { personId, phase, score, maxScore, moduleId };
}

function person(
  sex: Sex | null,
  sector: OrganizationSector | null = null,
  level: OrganizationLevel | null = null,
): TestPerson {
  return { sex, sector, level };
}

function inputError(run: () => unknown): CapacityInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof CapacityInputError) return error;
    throw error;
  }
  throw new Error("expected a CapacityInputError");
}

const people: Record<string, TestPerson> = {
  amra: person("female", "police", "state"),
  belma: person("female", "civil_society", null),
  dino: person("male", "police", "canton"),
  edin: person("male", null, "canton"),
};

describe("testStatistics", () => {
  it("pairs pre and post by person and computes means, gain, improvement and pass rate", () => {
    const stats = testStatistics({
      results: [
        result("amra", "pre", 40),
        result("amra", "post", 80),
        result("belma", "pre", 60),
        result("belma", "post", 60),
        result("dino", "pre", 50),
        result("dino", "post", 70),
        result("edin", "pre", 30),
      ],
      people,
      passMark: 0.7,
    });
    expect(stats).toMatchObject({
      pairs: 3,
      people: 3,
      unpairedPre: 1,
      unpairedPost: 0,
      meanPre: 50,
      meanPost: 70,
      meanGain: 20,
      shareImproved: 2 / 3,
      sharePassed: 2 / 3,
    });
  });

  it("compares scores as shares of their own maximum", () => {
    const stats = testStatistics({
      results: [result("amra", "pre", 5, 20), result("amra", "post", 9, 10)],
      people,
    });
    expect(stats.meanPre).toBe(25);
    expect(stats.meanPost).toBe(90);
    expect(stats.meanGain).toBe(65);
  });

  it("does not count an equal share with a different maximum as improved", () => {
    const stats = testStatistics({
      results: [result("amra", "pre", 5, 10), result("amra", "post", 10, 20)],
      people,
    });
    expect(stats.shareImproved).toBe(0);
    expect(stats.meanGain).toBe(0);
  });

  it("gives a null share passed without a pass mark, and counts the pass mark inclusively", () => {
    const results = [result("amra", "pre", 1, 10), result("amra", "post", 3, 10)];
    expect(testStatistics({ results, people }).sharePassed).toBeNull();
    expect(testStatistics({ results, people, passMark: null }).sharePassed).toBeNull();
    // 0.3 × 10 is 3.0000000000000004 in binary: exactly on the mark still passes.
    expect(testStatistics({ results, people, passMark: 0.3 }).sharePassed).toBe(1);
    expect(testStatistics({ results, people, passMark: 0.31 }).sharePassed).toBe(0);
  });

  it("pairs module by module and counts unpaired modules", () => {
    const stats = testStatistics({
      results: [
        result("amra", "pre", 2, 10, "m1"),
        result("amra", "post", 6, 10, "m1"),
        result("amra", "pre", 4, 10, "m2"),
        result("amra", "post", 8, 10, "m2"),
        result("amra", "post", 9, 10, "m3"),
        result("dino", "pre", 5, 10, "m1"),
        result("dino", "post", 5, 10, null),
      ],
      people,
    });
    expect(stats.pairs).toBe(2);
    expect(stats.people).toBe(1);
    expect(stats.unpairedPre).toBe(1);
    expect(stats.unpairedPost).toBe(2);
    expect(stats.meanPre).toBeCloseTo(30, 12);
    expect(stats.meanPost).toBeCloseTo(70, 12);
  });

  it("treats an absent and a null module as the same whole-test module", () => {
    const stats = testStatistics({
      results: [result("amra", "pre", 2, 10), result("amra", "post", 6, 10, null)],
      people,
    });
    expect(stats.pairs).toBe(1);
  });

  it("returns null means and shares when nothing is paired", () => {
    const stats = testStatistics({ results: [result("amra", "pre", 50)], people, passMark: 0.5 });
    expect(stats).toMatchObject({
      pairs: 0,
      people: 0,
      unpairedPre: 1,
      meanPre: null,
      meanPost: null,
      meanGain: null,
      shareImproved: null,
      sharePassed: null,
    });
    expect(testStatistics({ results: [], people }).bySex).toEqual([]);
  });

  it("splits by sex, sector and level in vocabulary order with the unknown group last", () => {
    const stats = testStatistics({
      results: [
        result("edin", "pre", 20),
        result("edin", "post", 40),
        result("amra", "pre", 40),
        result("amra", "post", 80),
        result("belma", "pre", 60),
        result("belma", "post", 60),
        result("dino", "pre", 50),
        result("dino", "post", 70),
        result("zlatan", "pre", 10),
        result("zlatan", "post", 20),
      ],
      people,
    });
    expect(stats.bySex.map((g) => [g.key, g.pairs, g.meanGain])).toEqual([
      ["female", 2, 20],
      ["male", 2, 20],
      [null, 1, 10],
    ]);
    expect(stats.bySector.map((g) => [g.key, g.pairs])).toEqual([
      ["police", 2],
      ["civil_society", 1],
      [null, 2],
    ]);
    expect(stats.byLevel.map((g) => [g.key, g.pairs])).toEqual([
      ["state", 1],
      ["canton", 2],
      [null, 2],
    ]);
  });

  it("counts unpaired results in their group too", () => {
    const stats = testStatistics({ results: [result("belma", "post", 60)], people });
    expect(stats.bySex).toEqual([expect.objectContaining({ key: "female", pairs: 0, unpairedPost: 1 })]);
  });

  it("rejects a second result for the same person, phase and module", () => {
    const error = inputError(() =>
      testStatistics({
        results: [result("amra", "pre", 40), result("amra", "post", 60), result("amra", "pre", 50)],
        people,
      }),
    );
    expect(error.code).toBe("duplicate_result");
    expect(error.path).toBe("results.2");
  });

  it("accepts the same phase for different modules", () => {
    expect(() =>
      testStatistics({
        results: [result("amra", "pre", 4, 10, "m1"), result("amra", "pre", 4, 10, "m2")],
        people,
      }),
    ).not.toThrow();
  });

  it("rejects a maximum of 0 or below, and a score outside 0..maximum", () => {
    const at = (r: TestResult) =>
      inputError(() => testStatistics({ results: [result("amra", "pre", 1), r], people }));
    expect(at(result("dino", "pre", 0, 0))).toMatchObject({
      code: "invalid_max_score",
      path: "results.1.maxScore",
    });
    expect(at(result("dino", "pre", 0, -5)).code).toBe("invalid_max_score");
    expect(at(result("dino", "pre", 0, Number.NaN)).code).toBe("invalid_max_score");
    expect(at(result("dino", "pre", -1, 10))).toMatchObject({
      code: "invalid_score",
      path: "results.1.score",
    });
    expect(at(result("dino", "pre", 11, 10)).code).toBe("invalid_score");
    expect(at(result("dino", "pre", Number.POSITIVE_INFINITY, 10)).code).toBe("invalid_score");
  });

  it("accepts the bounds 0 and the maximum", () => {
    const stats = testStatistics({
      results: [result("amra", "pre", 0, 7), result("amra", "post", 7, 7)],
      people,
    });
    expect(stats.meanGain).toBe(100);
  });

  it("rejects a pass mark outside 0..1", () => {
    for (const passMark of [-0.1, 1.5, Number.NaN]) {
      expect(inputError(() => testStatistics({ results: [], people, passMark })).code).toBe(
        "invalid_pass_mark",
      );
    }
  });
});

const personIds = ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"];
const arbPerson = fc.record({
  sex: fc.constantFrom<Sex | null>("female", "male", null),
  sector: fc.constantFrom<OrganizationSector | null>("police", "defence", "civil_society", null),
  level: fc.constantFrom<OrganizationLevel | null>("state", "entity", null),
});
const arbPeople = fc.dictionary(fc.constantFrom(...personIds), arbPerson);
const arbResult = fc
  .record({
    personId: fc.constantFrom(...personIds),
    phase: fc.constantFrom<"pre" | "post">("pre", "post"),
    moduleId: fc.constantFrom<string | null>(null, "m1", "m2"),
    maxScore: fc.integer({ min: 1, max: 100 }),
    raw: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ raw, ...rest }): TestResult => ({ ...rest, score: Math.min(raw, rest.maxScore) }));
const arbResults = fc.uniqueArray(arbResult, {
  maxLength: 40,
  selector: (r) => `${r.personId}|${r.phase}|${r.moduleId}`,
});
const arbPassMark = fc.option(fc.double({ min: 0, max: 1, noNaN: true }));

describe("testStatistics properties", () => {
  it("mean gain = mean post − mean pre, and the shares lie in 0..1", () => {
    fc.assert(
      fc.property(arbResults, arbPeople, arbPassMark, (results, ppl, passMark) => {
        const stats = testStatistics({ results, people: ppl, passMark });
        for (const figures of [stats, ...stats.bySex, ...stats.bySector, ...stats.byLevel]) {
          if (figures.pairs === 0) {
            expect(figures.meanGain).toBeNull();
            continue;
          }
          expect(
            Math.abs((figures.meanGain ?? Number.NaN) - ((figures.meanPost ?? 0) - (figures.meanPre ?? 0))),
          ).toBeLessThanOrEqual(1e-9);
          for (const share of [figures.shareImproved, figures.sharePassed]) {
            if (share === null) continue;
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it("weights every split back to the totals", () => {
    fc.assert(
      fc.property(arbResults, arbPeople, (results, ppl) => {
        const stats = testStatistics({ results, people: ppl, passMark: 0.5 });
        for (const groups of [stats.bySex, stats.bySector, stats.byLevel]) {
          const sum = (pick: (g: (typeof groups)[number]) => number) =>
            groups.reduce((s, g) => s + pick(g), 0);
          expect(sum((g) => g.pairs)).toBe(stats.pairs);
          expect(sum((g) => g.people)).toBe(stats.people);
          expect(sum((g) => g.unpairedPre)).toBe(stats.unpairedPre);
          expect(sum((g) => g.unpairedPost)).toBe(stats.unpairedPost);
          if (stats.pairs === 0) continue;
          const weighted = (pick: (g: (typeof groups)[number]) => number | null) =>
            sum((g) => (pick(g) ?? 0) * g.pairs) / stats.pairs;
          expect(weighted((g) => g.meanPre)).toBeCloseTo(stats.meanPre ?? Number.NaN, 9);
          expect(weighted((g) => g.meanPost)).toBeCloseTo(stats.meanPost ?? Number.NaN, 9);
          expect(weighted((g) => g.meanGain)).toBeCloseTo(stats.meanGain ?? Number.NaN, 9);
          expect(weighted((g) => g.shareImproved)).toBeCloseTo(stats.shareImproved ?? Number.NaN, 9);
          expect(weighted((g) => g.sharePassed)).toBeCloseTo(stats.sharePassed ?? Number.NaN, 9);
        }
      }),
    );
  });

  it("does not depend on the order of the results", () => {
    fc.assert(
      fc.property(
        arbResults.chain((results) =>
          fc.tuple(fc.constant(results), fc.shuffledSubarray(results, { minLength: results.length })),
        ),
        arbPeople,
        arbPassMark,
        ([results, shuffled], ppl, passMark) => {
          expect(testStatistics({ results: shuffled, people: ppl, passMark })).toEqual(
            testStatistics({ results, people: ppl, passMark }),
          );
        },
      ),
    );
  });
});
