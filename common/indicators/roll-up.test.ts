import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IndicatorStatus, indicatorStatuses, rollUpRuleDescription, rollUpStatuses } from "./status.js";

const rank: Record<IndicatorStatus, number> = { off_track: 0, at_risk: 1, on_track: 2, no_data: -1 };

describe("rollUpStatuses", () => {
  const status = fc.constantFrom(...indicatorStatuses);
  const assessed = fc.constantFrom<IndicatorStatus>("on_track", "at_risk", "off_track");
  const overall = (statuses: IndicatorStatus[]) => rollUpStatuses(statuses).status;

  it("applies the one-third rule to the indicators that have data", () => {
    expect(overall(["off_track", "on_track", "on_track"])).toBe("off_track");
    expect(overall(["off_track", "on_track", "on_track", "on_track"])).toBe("on_track");
    expect(overall(["at_risk", "on_track", "on_track"])).toBe("at_risk");
    expect(overall(["off_track", "at_risk", "on_track", "on_track", "on_track", "on_track"])).toBe("at_risk");
    expect(overall(["off_track", "no_data", "no_data", "on_track", "on_track"])).toBe("off_track");
    expect(overall(["on_track", "no_data"])).toBe("on_track");
    expect(overall(["no_data", "no_data"])).toBe("no_data");
    expect(overall([])).toBe("no_data");
  });

  it("counts each status", () => {
    expect(rollUpStatuses(["on_track", "no_data", "on_track", "off_track"]).counts).toEqual({
      on_track: 2,
      at_risk: 0,
      off_track: 1,
      no_data: 1,
    });
  });

  it("states its rule in one sentence", () => {
    expect(rollUpRuleDescription).toMatch(/^[A-Z][^.]*third[^.]*\.$/);
  });

  it("has counts that add up to the number of indicators", () => {
    fc.assert(
      fc.property(fc.array(status), (statuses) => {
        const { counts } = rollUpStatuses(statuses);
        expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(statuses.length);
        for (const each of indicatorStatuses) {
          expect(counts[each]).toBe(statuses.filter((s) => s === each).length);
        }
      }),
    );
  });

  it("has no data exactly when no indicator has data", () => {
    fc.assert(
      fc.property(fc.array(status), (statuses) => {
        expect(overall(statuses) === "no_data").toBe(statuses.every((s) => s === "no_data"));
      }),
    );
  });

  it("is not moved by indicators without data", () => {
    fc.assert(
      fc.property(fc.array(status), fc.nat(5), (statuses, extra) => {
        const padded = [...statuses, ...Array<IndicatorStatus>(extra).fill("no_data")];
        expect(overall(padded)).toBe(overall(statuses));
      }),
    );
  });

  it("never gets better when one indicator gets worse", () => {
    fc.assert(
      fc.property(fc.array(status), assessed, assessed, fc.nat(), (others, a, b, at) => {
        const [better, worse] = rank[a] >= rank[b] ? [a, b] : [b, a];
        const position = others.length === 0 ? 0 : at % (others.length + 1);
        const withBetter = others.toSpliced(position, 0, better);
        const withWorse = others.toSpliced(position, 0, worse);
        expect(rank[overall(withWorse)]).toBeLessThanOrEqual(rank[overall(withBetter)]);
      }),
    );
  });
});
