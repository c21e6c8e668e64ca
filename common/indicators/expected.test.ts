import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ExpectedInput, expectedForPeriod } from "./expected.js";
import { assessValue } from "./status.js";

/** Women among police officers: 6.3 % in 2010, the 40 % benchmark by the end of the 2010–2013 plan. */
const police: ExpectedInput = {
  periodTarget: null,
  baselineValue: 6.3,
  baselineDate: "2010-01-01",
  endTarget: 40,
  planEndsOn: "2013-12-31",
  periodEndsOn: "2013-07-31",
};

const isoDay = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2040, 0, 1) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe("expectedForPeriod", () => {
  it("takes the period's own target first", () => {
    expect(expectedForPeriod({ ...police, periodTarget: 12 })).toEqual({ value: 12, basis: "target" });
    expect(expectedForPeriod({ ...police, periodTarget: 0 })).toEqual({ value: 0, basis: "target" });
  });

  it("reads the path from the baseline to the end target at the period's last day", () => {
    // 1307 of the plan's 1460 days after the baseline: 6.3 + 33.7 × 1307 / 1460.
    const expected = expectedForPeriod(police);
    expect(expected.basis).toBe("path");
    expect(expected.value).toBeCloseTo(6.3 + (33.7 * 1307) / 1460, 4);
    // About 12 % women by 2013 is far off the path to 40 %.
    expect(assessValue({ direction: "up", actual: 12, expected: expected.value })).toBe("off_track");
  });

  it("expects the end target after the plan and nothing on or before the baseline", () => {
    expect(expectedForPeriod({ ...police, periodEndsOn: "2014-07-31" })).toEqual({
      value: 40,
      basis: "path",
    });
    expect(expectedForPeriod({ ...police, periodEndsOn: "2013-12-31" })).toEqual({
      value: 40,
      basis: "path",
    });
    expect(expectedForPeriod({ ...police, periodEndsOn: "2010-01-01" })).toEqual({
      value: null,
      basis: "none",
    });
    expect(expectedForPeriod({ ...police, periodEndsOn: "2009-07-31" })).toEqual({
      value: null,
      basis: "none",
    });
  });

  it("has no expected value without a baseline, its date, an end target, or a baseline inside the plan", () => {
    const none = { value: null, basis: "none" };
    expect(expectedForPeriod({ ...police, baselineValue: null })).toEqual(none);
    expect(expectedForPeriod({ ...police, baselineDate: null })).toEqual(none);
    expect(expectedForPeriod({ ...police, endTarget: null })).toEqual(none);
    expect(expectedForPeriod({ ...police, baselineDate: "2014-01-01", periodEndsOn: "2015-01-01" })).toEqual(
      none,
    );
  });

  it("stays between the baseline and the end target and never moves away from the end target", () => {
    fc.assert(
      fc.property(value, value, isoDay, isoDay, isoDay, isoDay, (base, end, d1, d2, p1, p2) => {
        const [baselineDate, planEndsOn] = [d1, d2].sort();
        const [early, late] = [p1, p2].sort();
        const at = (periodEndsOn: string) =>
          expectedForPeriod({
            periodTarget: null,
            baselineValue: base,
            baselineDate: baselineDate ?? d1,
            endTarget: end,
            planEndsOn: planEndsOn ?? d2,
            periodEndsOn,
          });
        const first = at(early ?? p1);
        const second = at(late ?? p2);
        const tolerance = 1e-3 + Math.abs(end - base) * 1e-9;
        for (const point of [first, second]) {
          if (point.value === null) continue;
          expect(point.basis).toBe("path");
          expect(point.value).toBeGreaterThanOrEqual(Math.min(base, end) - tolerance);
          expect(point.value).toBeLessThanOrEqual(Math.max(base, end) + tolerance);
        }
        if (first.value !== null && second.value !== null)
          expect(Math.abs(end - second.value)).toBeLessThanOrEqual(Math.abs(end - first.value) + tolerance);
      }),
    );
  });
});
