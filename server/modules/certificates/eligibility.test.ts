import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CertificateRule,
  daysOf,
  defaultRule,
  ineligibility,
  type ParticipantRecord,
  type TrainingFacts,
} from "./eligibility.js";

const participant: ParticipantRecord = {
  role: "participant",
  attended: true,
  daysPresent: null,
  postTestScore: null,
  testMaxScore: null,
};
const threeDays: TrainingFacts = { days: 3, isHeld: true };
const rule = (values: Partial<CertificateRule>): CertificateRule => ({ ...defaultRule, ...values });

describe("certificate eligibility", () => {
  it("counts the days of a training, first and last included", () => {
    expect(daysOf("2012-05-15", "2012-05-15")).toBe(1);
    expect(daysOf("2012-05-30", "2012-06-01")).toBe(3);
  });

  it("asks for every day and no test without rules; the participation's flag stands for all days", () => {
    expect(ineligibility(participant, threeDays, defaultRule)).toEqual([]);
    expect(ineligibility({ ...participant, attended: false }, threeDays, defaultRule)).toEqual([
      "attendance",
    ]);
    expect(ineligibility({ ...participant, daysPresent: 2 }, threeDays, defaultRule)).toEqual(["attendance"]);
    expect(ineligibility({ ...participant, daysPresent: 3 }, threeDays, defaultRule)).toEqual([]);
  });

  it("compares the days present with the rules' share, exactly at the boundary", () => {
    const twoThirds = rule({ minAttendanceShare: 0.6667 });
    expect(ineligibility({ ...participant, daysPresent: 2 }, threeDays, twoThirds)).toEqual([]);
    expect(ineligibility({ ...participant, daysPresent: 1 }, threeDays, twoThirds)).toEqual(["attendance"]);
    expect(
      ineligibility({ ...participant, daysPresent: 2 }, threeDays, rule({ minAttendanceShare: 0.6668 })),
    ).toEqual(["attendance"]);
    const fourFifths = rule({ minAttendanceShare: 0.8 });
    expect(ineligibility({ ...participant, daysPresent: 4 }, { days: 5, isHeld: true }, fourFifths)).toEqual(
      [],
    );
    expect(ineligibility({ ...participant, daysPresent: 3 }, { days: 5, isHeld: true }, fourFifths)).toEqual([
      "attendance",
    ]);
  });

  it("asks for a post-test at or above the pass mark when the rules set one", () => {
    const passMark = rule({ passMark: 0.7 });
    const tested = (post: number) => ({ ...participant, postTestScore: post, testMaxScore: 20 });
    expect(ineligibility(tested(14), threeDays, passMark)).toEqual([]);
    expect(ineligibility(tested(13.5), threeDays, passMark)).toEqual(["pass_mark"]);
    expect(ineligibility(participant, threeDays, passMark)).toEqual(["no_post_test"]);
    expect(ineligibility(tested(0), threeDays, defaultRule)).toEqual([]);
  });

  it("certifies participants of held trainings that issue certificates only", () => {
    expect(ineligibility({ ...participant, role: "trainer" }, threeDays, defaultRule)).toEqual([
      "not_participant",
    ]);
    expect(ineligibility(participant, { days: 3, isHeld: false }, defaultRule)).toEqual(["not_held"]);
    expect(ineligibility(participant, threeDays, rule({ issuesCertificates: false }))).toEqual([
      "no_certificates",
    ]);
  });

  it("never certifies fewer days than the share, and never refuses more days than a certified person had", () => {
    const share = fc.integer({ min: 1, max: 10_000 }).map((n) => n / 10_000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        share,
        (days, present, minAttendanceShare) => {
          const daysPresent = Math.min(present, days);
          const training = { days, isHeld: true };
          const chosen = rule({ minAttendanceShare });
          const eligible = ineligibility({ ...participant, daysPresent }, training, chosen).length === 0;
          const share = Math.round((daysPresent * 10_000) / days);
          expect(eligible).toBe(share >= Math.round(minAttendanceShare * 10_000));
          if (eligible && daysPresent < days) {
            const more = ineligibility({ ...participant, daysPresent: daysPresent + 1 }, training, chosen);
            expect(more).toEqual([]);
          }
          if (daysPresent === days) expect(eligible).toBe(true);
        },
      ),
    );
  });

  it("decides the pass mark on the score's share of the maximum, whatever the scale", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (mark, max, post) => {
          const score = Math.min(post, max);
          const passMark = mark / 10_000;
          const reasons = ineligibility(
            { ...participant, postTestScore: score, testMaxScore: max },
            threeDays,
            rule({ passMark }),
          );
          expect(reasons.includes("pass_mark")).toBe(score * 10_000 < mark * max);
          // Scaling the test changes nothing.
          const scaled = ineligibility(
            { ...participant, postTestScore: score * 3, testMaxScore: max * 3 },
            threeDays,
            rule({ passMark }),
          );
          expect(scaled).toEqual(reasons);
        },
      ),
    );
  });
});
