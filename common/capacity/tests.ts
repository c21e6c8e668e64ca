/**
 * Pre-test / post-test statistics of a training: how far the knowledge of the participants moved
 * between the test taken at the start and the test taken at the end. Pure functions: the server
 * and the browser compute the same figures.
 *
 * Rules:
 *
 * - A pair is one person's pre-test and post-test for one module. Results without a module
 *   (`moduleId` absent or null) form a module of their own, the whole test; a person with
 *   per-module results is paired module by module.
 * - A person × module with only a pre-test or only a post-test is unpaired: counted in
 *   `unpairedPre` / `unpairedPost`, never in the means.
 * - At most one result per person, phase and module: a second one is rejected with a
 *   `CapacityInputError` ("duplicate_result"), since no order of the input can be trusted to say
 *   which of two results is the right one. Fix the data (or keep the attempt you mean) first.
 * - A score is read as a share of its own maximum, so tests with different maxima compare. The
 *   maximum must be a finite number above 0 and the score a finite number in 0..maximum; anything
 *   else is rejected with a `CapacityInputError` ("invalid_max_score" / "invalid_score"): a
 *   mistyped score would silently bend every mean.
 * - Means are in percent of the maximum (0..100) and the gain in percentage points; the mean gain
 *   is the mean of the per-pair gains, which equals mean post − mean pre. Figures are not rounded:
 *   round for display only.
 * - Improved: the post share is strictly above the pre share (equal is not improved).
 * - The pass mark is a share (0..1) of the maximum; a post-test reaches it when its share is at
 *   least the pass mark (inclusive). Without a pass mark the share passed is null.
 * - Every share and mean is null when its group has no pair.
 * - Splits by sex, sector and level group the pairs by the person's attribute; the null group
 *   gathers unknown values, including people missing from the list of people. Pairs are summed in
 *   a fixed order, so the figures do not depend on the order of the input.
 */

import {
  type OrganizationLevel,
  type OrganizationSector,
  organizationLevels,
  organizationSectors,
  type Sex,
  sexes,
} from "../schemas/enums.js";
import { CapacityInputError } from "./errors.js";
import { compareIds, sortedGroupKeys } from "./groups.js";

export type TestPhase = "pre" | "post";

export interface TestResult {
  personId: string;
  phase: TestPhase;
  score: number;
  maxScore: number;
  /** The module the score is for; absent or null when the score is for the whole test. */
  moduleId?: string | null;
}

/** What the splits need to know of a person; sector and level are null when unknown. */
export interface TestPerson {
  sex: Sex | null;
  sector: OrganizationSector | null;
  level: OrganizationLevel | null;
}

export interface TestStatisticsInput {
  results: readonly TestResult[];
  /** The people, by person id. A person missing here falls into the null group of every split. */
  people: Readonly<Record<string, TestPerson>>;
  /** The pass mark as a share (0..1) of the maximum; absent or null when the test has none. */
  passMark?: number | null;
}

/** The figures of a set of pairs (all of them, or one group of a split). */
export interface TestFigures {
  /** Person × module pairs with both a pre-test and a post-test. */
  pairs: number;
  /** Distinct people with at least one pair. */
  people: number;
  /** Person × module with a pre-test but no post-test. */
  unpairedPre: number;
  /** Person × module with a post-test but no pre-test. */
  unpairedPost: number;
  /** Mean pre-test score, in percent of the maximum (0..100). */
  meanPre: number | null;
  /** Mean post-test score, in percent of the maximum (0..100). */
  meanPost: number | null;
  /** Mean gain, in percentage points of the maximum (−100..100). */
  meanGain: number | null;
  /** Share (0..1) of the pairs whose post-test share is strictly above the pre-test share. */
  shareImproved: number | null;
  /** Share (0..1) of the pairs whose post-test reaches the pass mark; null without a pass mark. */
  sharePassed: number | null;
}

/** One group of a split; `key` null is the group of unknown values. */
export interface TestGroup<K extends string> extends TestFigures {
  key: K | null;
}

export interface TestStatistics extends TestFigures {
  /** Groups in vocabulary order, unknown last; only groups with at least one result are listed. */
  bySex: TestGroup<Sex>[];
  bySector: TestGroup<OrganizationSector>[];
  byLevel: TestGroup<OrganizationLevel>[];
}

/** Relative slack on the pass mark, so that floating-point noise cannot fail a score exactly on it. */
const passMarkSlack = 1e-9;

interface Slot {
  personId: string;
  moduleId: string | null;
  pre: TestResult | null;
  post: TestResult | null;
}

/**
 * Pre-test / post-test statistics, overall and split by sex, sector and level (see the rules at
 * the top of this module). Throws a `CapacityInputError` on an invalid score, maximum or pass mark
 * and on a duplicate result.
 */
export function testStatistics({ results, people, passMark = null }: TestStatisticsInput): TestStatistics {
  validatePassMark(passMark);
  const slots = pairResults(results);
  const personOf = (slot: Slot): TestPerson | null => people[slot.personId] ?? null;
  return {
    ...figures(slots, passMark),
    bySex: split(slots, (slot) => personOf(slot)?.sex ?? null, sexes, passMark),
    bySector: split(slots, (slot) => personOf(slot)?.sector ?? null, organizationSectors, passMark),
    byLevel: split(slots, (slot) => personOf(slot)?.level ?? null, organizationLevels, passMark),
  };
}

/** A score as a share (0..1) of its maximum. */
export function scoreShare({ score, maxScore }: Pick<TestResult, "score" | "maxScore">): number {
  return score / maxScore;
}

function validatePassMark(passMark: number | null): void {
  if (passMark === null) return;
  if (!Number.isFinite(passMark) || passMark < 0 || passMark > 1) {
    throw new CapacityInputError(
      "invalid_pass_mark",
      "passMark",
      "The pass mark must be a share from 0 to 1.",
    );
  }
}

function validateResult(result: TestResult, index: number): void {
  if (!Number.isFinite(result.maxScore) || result.maxScore <= 0) {
    throw new CapacityInputError(
      "invalid_max_score",
      `results.${index}.maxScore`,
      "The maximum score must be a number above 0.",
    );
  }
  if (!Number.isFinite(result.score) || result.score < 0 || result.score > result.maxScore) {
    throw new CapacityInputError(
      "invalid_score",
      `results.${index}.score`,
      "The score must be a number from 0 to the maximum score.",
    );
  }
}

/** Validates the results and groups them by person and module, in person then module order. */
function pairResults(results: readonly TestResult[]): Slot[] {
  const slots = new Map<string, Slot>();
  results.forEach((result, index) => {
    validateResult(result, index);
    const moduleId = result.moduleId ?? null;
    const key = JSON.stringify([result.personId, moduleId]);
    let slot = slots.get(key);
    if (!slot) {
      slot = { personId: result.personId, moduleId, pre: null, post: null };
      slots.set(key, slot);
    }
    if (slot[result.phase] !== null) {
      throw new CapacityInputError(
        "duplicate_result",
        `results.${index}`,
        "A person has more than one result for the same phase and module.",
      );
    }
    slot[result.phase] = result;
  });
  return [...slots.values()].sort(
    (a, b) => compareIds(a.personId, b.personId) || compareModules(a.moduleId, b.moduleId),
  );
}

function compareModules(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return compareIds(a, b);
}

/** Whether a post-test reaches the pass mark (inclusive, with a relative slack of 1e-9). */
function reachesPassMark(result: TestResult, passMark: number): boolean {
  return result.score >= passMark * result.maxScore * (1 - passMarkSlack);
}

/** The figures of a list of slots, summed in the list's order. */
function figures(slots: readonly Slot[], passMark: number | null): TestFigures {
  let pairs = 0;
  let unpairedPre = 0;
  let unpairedPost = 0;
  let sumPre = 0;
  let sumPost = 0;
  let sumGain = 0;
  let improved = 0;
  let passed = 0;
  const people = new Set<string>();
  for (const { personId, pre, post } of slots) {
    if (pre && !post) unpairedPre += 1;
    if (post && !pre) unpairedPost += 1;
    if (!pre || !post) continue;
    pairs += 1;
    people.add(personId);
    const preShare = scoreShare(pre) * 100;
    const postShare = scoreShare(post) * 100;
    sumPre += preShare;
    sumPost += postShare;
    sumGain += postShare - preShare;
    // Cross-multiplied, so that equal shares written with different maxima (5/10, 10/20) are equal.
    if (post.score * pre.maxScore > pre.score * post.maxScore) improved += 1;
    if (passMark !== null && reachesPassMark(post, passMark)) passed += 1;
  }
  const mean = (sum: number) => (pairs === 0 ? null : sum / pairs);
  return {
    pairs,
    people: people.size,
    unpairedPre,
    unpairedPost,
    meanPre: mean(sumPre),
    meanPost: mean(sumPost),
    meanGain: mean(sumGain),
    shareImproved: mean(improved),
    sharePassed: passMark === null ? null : mean(passed),
  };
}

/** The figures of each group of the slots, keyed by `keyOf`, in group order. */
function split<K extends string>(
  slots: readonly Slot[],
  keyOf: (slot: Slot) => K | null,
  vocabulary: readonly K[],
  passMark: number | null,
): TestGroup<K>[] {
  const groups = new Map<K | null, Slot[]>();
  for (const slot of slots) {
    const key = keyOf(slot);
    const group = groups.get(key);
    if (group) group.push(slot);
    else groups.set(key, [slot]);
  }
  return sortedGroupKeys(groups, vocabulary).map((key) => ({
    key,
    ...figures(groups.get(key) ?? [], passMark),
  }));
}
