import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineDisaggregated, evaluateRatio, roundDecimal } from "./formula.js";

describe("roundDecimal", () => {
  it("rounds the number as written, half away from zero", () => {
    expect(roundDecimal(12.345, 2)).toBe(12.35);
    expect(roundDecimal(1.005, 2)).toBe(1.01);
    expect(roundDecimal(-12.345, 2)).toBe(-12.35);
    expect(roundDecimal(6.3, 2)).toBe(6.3);
    expect(roundDecimal(6.315789473684211, 2)).toBe(6.32);
    expect(roundDecimal(2.675, 2)).toBe(2.68);
  });

  it("handles numbers written with an exponent and never returns −0", () => {
    expect(roundDecimal(1e-7, 2)).toBe(0);
    expect(Object.is(roundDecimal(-0.001, 2), 0)).toBe(true);
    expect(roundDecimal(1e21, 2)).toBe(1e21);
    expect(roundDecimal(5e-3, 2)).toBe(0.01);
  });

  it("leaves a number that already has two decimals as it is", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (hundredths) => {
        expect(roundDecimal(hundredths / 100, 2)).toBe(hundredths / 100);
      }),
    );
  });

  it("moves a value by at most half a hundredth", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        expect(Math.abs(roundDecimal(value, 2) - value)).toBeLessThanOrEqual(0.005 + Math.abs(value) * 1e-15);
      }),
    );
  });
});

describe("evaluateRatio", () => {
  it("computes a percent rounded to 2 decimals", () => {
    expect(evaluateRatio({ numerator: 63, denominator: 1000, scale: 100 })).toBe(6.3);
    expect(evaluateRatio({ numerator: 12_345, denominator: 100_000, scale: 100 })).toBe(12.35);
    expect(evaluateRatio({ numerator: 10, denominator: 42, scale: 100 })).toBe(23.81);
    expect(evaluateRatio({ numerator: 1005, denominator: 1000, scale: 1 })).toBe(1.01);
    expect(evaluateRatio({ numerator: -12_345, denominator: 100_000, scale: 100 })).toBe(-12.35);
  });

  it("has no value without a numerator, a denominator, or with a denominator of 0", () => {
    expect(evaluateRatio({ numerator: null, denominator: 42, scale: 100 })).toBeNull();
    expect(evaluateRatio({ numerator: 10, denominator: null, scale: 100 })).toBeNull();
    expect(evaluateRatio({ numerator: 10, denominator: 0, scale: 100 })).toBeNull();
    expect(evaluateRatio({ numerator: 0, denominator: 0, scale: 100 })).toBeNull();
    expect(evaluateRatio({ numerator: Number.NaN, denominator: 42, scale: 100 })).toBeNull();
    expect(evaluateRatio({ numerator: 0, denominator: 42, scale: 100 })).toBe(0);
  });

  const amount = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  // Denominators stay clear of subnormal numbers, where a float quotient cannot be multiplied back.
  const denominatorAmount = fc
    .tuple(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.boolean())
    .map(([size, isNegative]) => (isNegative ? -size : size));
  const scale = fc.constantFrom(1, 100, 1000);

  it("multiplied back by the denominator gives numerator × scale, within the rounding", () => {
    fc.assert(
      fc.property(amount, denominatorAmount, scale, (numerator, denominator, s) => {
        const ratio = evaluateRatio({ numerator, denominator, scale: s });
        expect(ratio).not.toBeNull();
        if (ratio === null) return;
        const slack = 0.005 * Math.abs(denominator) + 1e-9 * Math.abs(numerator * s);
        expect(Math.abs(ratio * denominator - numerator * s)).toBeLessThanOrEqual(slack);
      }),
    );
  });

  it("is null exactly when an input is missing or the denominator is 0", () => {
    const maybe = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null });
    fc.assert(
      fc.property(maybe, maybe, (numerator, denominator) => {
        const ratio = evaluateRatio({ numerator, denominator, scale: 100 });
        expect(ratio === null).toBe(numerator === null || denominator === null || denominator === 0);
      }),
    );
  });

  it("changes sign with the numerator", () => {
    fc.assert(
      fc.property(amount, amount, (numerator, denominator) => {
        fc.pre(denominator !== 0);
        const plus = evaluateRatio({ numerator, denominator, scale: 100 });
        const minus = evaluateRatio({ numerator: -numerator, denominator, scale: 100 });
        expect(minus).toBe(plus === null || plus === 0 ? plus : -plus);
      }),
    );
  });
});

describe("combineDisaggregated", () => {
  it("gives the total and women's share", () => {
    expect(combineDisaggregated({ values: { female: 120, male: 1780 }, shareOf: "female" })).toEqual({
      total: 1900,
      share: 6.32,
      missing: [],
    });
    expect(
      combineDisaggregated({ values: { female: 10, male: 32 }, shareOf: "female", scale: 1 }).share,
    ).toBe(0.24);
  });

  it("refuses a total and a share when a category has no value", () => {
    expect(combineDisaggregated({ values: { female: 120, male: null }, shareOf: "female" })).toEqual({
      total: null,
      share: null,
      missing: ["male"],
    });
  });

  it("has no share of a zero total, of no categories, or of an unknown category", () => {
    expect(combineDisaggregated({ values: { female: 0, male: 0 }, shareOf: "female" })).toEqual({
      total: 0,
      share: null,
      missing: [],
    });
    expect(combineDisaggregated({ values: {}, shareOf: "female" })).toEqual({
      total: null,
      share: null,
      missing: [],
    });
    expect(combineDisaggregated({ values: { female: 3, male: 4 }, shareOf: "other" }).share).toBeNull();
  });

  const counts = fc.dictionary(fc.constantFrom("female", "male", "fbih", "rs", "brcko"), fc.nat(1_000_000), {
    minKeys: 1,
  });

  it("totals the categories, and their shares add up to 100 % within the rounding", () => {
    fc.assert(
      fc.property(counts, (values) => {
        const categories = Object.keys(values);
        const total = Object.values(values).reduce((sum, value) => sum + value, 0);
        const shares = categories.map((shareOf) => combineDisaggregated({ values, shareOf }));
        for (const result of shares) expect(result.total).toBe(total);
        if (total === 0) return;
        const sum = shares.reduce((acc, result) => acc + (result.share ?? Number.NaN), 0);
        expect(Math.abs(sum - 100)).toBeLessThanOrEqual(0.005 * categories.length + 1e-9);
        for (const result of shares) {
          expect(result.share).toBeGreaterThanOrEqual(0);
          expect(result.share).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("lists exactly the categories without a value, and has a total only when none is missing", () => {
    const partial = fc.dictionary(
      fc.constantFrom("female", "male", "other"),
      fc.option(fc.nat(1000), { nil: null }),
    );
    fc.assert(
      fc.property(partial, (values) => {
        const result = combineDisaggregated({ values, shareOf: "female" });
        expect(result.missing).toEqual(Object.keys(values).filter((key) => values[key] === null));
        expect(result.total === null).toBe(result.missing.length > 0 || Object.keys(values).length === 0);
      }),
    );
  });
});
