import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRatio } from "./formula.js";
import { actualForPeriod, assessValue, type IndicatorStatus, type PeriodValue } from "./status.js";

const rank: Record<IndicatorStatus, number> = { off_track: 0, at_risk: 1, on_track: 2, no_data: -1 };
const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const direction = fc.constantFrom("up" as const, "down" as const);

describe("assessValue", () => {
  it("puts the share of women among police officers (6.3 % in 2010, about 12 % by 2013) off track against the 40 % benchmark", () => {
    expect(assessValue({ direction: "up", actual: 6.3, expected: 40 })).toBe("off_track");
    expect(assessValue({ direction: "up", actual: 12, expected: 40 })).toBe("off_track");
  });

  it("puts the House of Representatives (10 of 42, then 7 of 42) off track against 40 %", () => {
    const after2018 = evaluateRatio({ numerator: 10, denominator: 42, scale: 100 });
    const after2022 = evaluateRatio({ numerator: 7, denominator: 42, scale: 100 });
    expect([after2018, after2022]).toEqual([23.81, 16.67]);
    expect(assessValue({ direction: "up", actual: after2018, expected: 40 })).toBe("off_track");
    expect(assessValue({ direction: "up", actual: after2022, expected: 40 })).toBe("off_track");
  });

  it("keeps women in the Armed Forces (6.96 % in 2022) on track against the 6.8 % of 2015–16", () => {
    expect(assessValue({ direction: "up", actual: 6.96, expected: 6.8 })).toBe("on_track");
  });

  it("counts exactly 15 % short as on track and exactly 30 % short as at risk, going up", () => {
    const at = (actual: number) => assessValue({ direction: "up", actual, expected: 40 });
    expect([at(40), at(34), at(33.99), at(28), at(27.99), at(0)]).toEqual([
      "on_track",
      "on_track",
      "at_risk",
      "at_risk",
      "off_track",
      "off_track",
    ]);
  });

  it("counts exactly 15 % above as on track and exactly 30 % above as at risk, going down", () => {
    const at = (actual: number) => assessValue({ direction: "down", actual, expected: 40 });
    expect([at(40), at(46), at(46.01), at(52), at(52.01), at(100)]).toEqual([
      "on_track",
      "on_track",
      "at_risk",
      "at_risk",
      "off_track",
      "off_track",
    ]);
  });

  it("keeps boundaries inclusive despite floating-point noise (0.4 − 0.34, 0.4 − 0.28)", () => {
    expect(assessValue({ direction: "up", actual: 0.34, expected: 0.4 })).toBe("on_track");
    expect(assessValue({ direction: "up", actual: 0.28, expected: 0.4 })).toBe("at_risk");
    expect(assessValue({ direction: "down", actual: 0.46, expected: 0.4 })).toBe("on_track");
    expect(assessValue({ direction: "down", actual: 0.52, expected: 0.4 })).toBe("at_risk");
  });

  it("counts doing better than expected as on track however far", () => {
    expect(assessValue({ direction: "up", actual: 1000, expected: 40 })).toBe("on_track");
    expect(assessValue({ direction: "down", actual: 0, expected: 40 })).toBe("on_track");
    expect(assessValue({ direction: "down", actual: -5, expected: 40 })).toBe("on_track");
  });

  it("asks an expected value of 0 to be met itself, with no at-risk band", () => {
    expect(assessValue({ direction: "up", actual: 0, expected: 0 })).toBe("on_track");
    expect(assessValue({ direction: "up", actual: 5, expected: 0 })).toBe("on_track");
    expect(assessValue({ direction: "up", actual: -0.01, expected: 0 })).toBe("off_track");
    expect(assessValue({ direction: "down", actual: 0, expected: 0 })).toBe("on_track");
    expect(assessValue({ direction: "down", actual: -3, expected: 0 })).toBe("on_track");
    expect(assessValue({ direction: "down", actual: 0.01, expected: 0 })).toBe("off_track");
  });

  it("measures the band against |expected| when the target is negative", () => {
    const at = (actual: number) => assessValue({ direction: "up", actual, expected: -10 });
    expect([at(-5), at(-11.5), at(-11.51), at(-13), at(-13.01)]).toEqual([
      "on_track",
      "on_track",
      "at_risk",
      "at_risk",
      "off_track",
    ]);
  });

  it("has no data when the actual or the expected value is missing", () => {
    for (const [actual, expected] of [
      [null, 40],
      [6.3, null],
      [null, null],
      [Number.NaN, 40],
      [6.3, Number.NaN],
      [Number.POSITIVE_INFINITY, 40],
    ] as const) {
      expect(assessValue({ direction: "up", actual, expected })).toBe("no_data");
      expect(assessValue({ direction: "down", actual, expected })).toBe("no_data");
    }
  });

  it("never gets worse as the value moves in the indicator's direction", () => {
    fc.assert(
      fc.property(direction, finite, finite, finite, (dir, expected, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const [worse, better] = dir === "up" ? [low, high] : [high, low];
        const worseStatus = assessValue({ direction: dir, actual: worse, expected });
        const betterStatus = assessValue({ direction: dir, actual: better, expected });
        expect(rank[betterStatus]).toBeGreaterThanOrEqual(rank[worseStatus]);
      }),
    );
  });

  it("is the mirror image of itself: up at expected − d equals down at expected + d", () => {
    const whole = fc.integer({ min: -1_000_000, max: 1_000_000 });
    fc.assert(
      fc.property(whole, whole, (expected, gap) => {
        expect(assessValue({ direction: "up", actual: expected - gap, expected })).toBe(
          assessValue({ direction: "down", actual: expected + gap, expected }),
        );
      }),
    );
  });

  it("does not depend on the unit: scaling actual and expected alike keeps the status", () => {
    const whole = fc.integer({ min: -10_000, max: 10_000 });
    fc.assert(
      fc.property(direction, whole, whole, fc.integer({ min: 1, max: 1000 }), (dir, actual, expected, k) => {
        expect(assessValue({ direction: dir, actual: actual * k, expected: expected * k })).toBe(
          assessValue({ direction: dir, actual, expected }),
        );
      }),
    );
  });

  it("agrees with the exact rule on values with two decimals, boundaries included", () => {
    const hundredths = fc.integer({ min: -10_000_000, max: 10_000_000 });
    // Half of the cases sit on or next to a boundary: expected a multiple of 1.00, short by 14, 15, 16, 29, 30 or 31 %.
    const onBoundary = fc
      .tuple(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.constantFrom(-31, -30, -29, -16, -15, -14, 14, 15, 16, 29, 30, 31),
      )
      .map(([units, percent]) => [units * 100 - percent * Math.abs(units), units * 100] as const);
    const pairs = fc.oneof(fc.tuple(hundredths, hundredths), onBoundary);
    fc.assert(
      fc.property(direction, pairs, (dir, [actualHundredths, expectedHundredths]) => {
        const shortfall =
          dir === "up" ? expectedHundredths - actualHundredths : actualHundredths - expectedHundredths;
        const exact: IndicatorStatus =
          100 * shortfall <= 15 * Math.abs(expectedHundredths)
            ? "on_track"
            : 100 * shortfall <= 30 * Math.abs(expectedHundredths)
              ? "at_risk"
              : "off_track";
        const status = assessValue({
          direction: dir,
          actual: actualHundredths / 100,
          expected: expectedHundredths / 100,
        });
        expect(status).toBe(exact);
      }),
      { numRuns: 500 },
    );
  });
});

describe("actualForPeriod", () => {
  const trained: PeriodValue[] = [
    { periodIndex: 2, value: 40 },
    { periodIndex: 0, value: 25 },
    { periodIndex: 1, value: null },
  ];

  it("sums a cumulative indicator up to and including the period, skipping periods without a value", () => {
    const at = (periodIndex: number) => actualForPeriod({ isCumulative: true, values: trained, periodIndex });
    expect([at(-1), at(0), at(1), at(2), at(3)]).toEqual([null, 25, 25, 65, 65]);
  });

  it("takes a non-cumulative indicator's own period value only", () => {
    const at = (periodIndex: number) =>
      actualForPeriod({ isCumulative: false, values: trained, periodIndex });
    expect([at(0), at(1), at(2), at(3)]).toEqual([25, null, 40, null]);
  });

  it("has no value when nothing was reported up to the period", () => {
    expect(actualForPeriod({ isCumulative: true, values: [], periodIndex: 0 })).toBeNull();
    expect(
      actualForPeriod({ isCumulative: true, values: [{ periodIndex: 0, value: null }], periodIndex: 0 }),
    ).toBeNull();
  });

  const series = fc.array(
    fc.record({
      periodIndex: fc.integer({ min: 0, max: 8 }),
      value: fc.option(fc.integer({ min: -1000, max: 100_000 }), { nil: null }),
    }),
    { maxLength: 20 },
  );

  it("makes the cumulative actual the running sum of the period values", () => {
    fc.assert(
      fc.property(series, (values) => {
        let running: number | null = null;
        for (let periodIndex = 0; periodIndex <= 9; periodIndex += 1) {
          const own = actualForPeriod({ isCumulative: false, values, periodIndex });
          if (own !== null) running = (running ?? 0) + own;
          expect(actualForPeriod({ isCumulative: true, values, periodIndex })).toBe(running);
        }
      }),
    );
  });

  it("does not depend on the order of the entries", () => {
    fc.assert(
      fc.property(
        series,
        fc.boolean(),
        fc.integer({ min: 0, max: 9 }),
        (values, isCumulative, periodIndex) => {
          const reversed = [...values].reverse();
          expect(actualForPeriod({ isCumulative, values: reversed, periodIndex })).toBe(
            actualForPeriod({ isCumulative, values, periodIndex }),
          );
        },
      ),
    );
  });
});
