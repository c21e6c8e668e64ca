import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FormulaReference, findFormulaCycle } from "./formula.js";

type Formulas = Map<string, FormulaReference>;

function formula(numeratorId: string, denominatorId: string): FormulaReference {
  return { numeratorId, denominatorId };
}

/** Reference: a cycle is reachable from start when some reachable formula reaches itself again. */
function hasReachableCycle(formulas: Formulas, start: string): boolean {
  const successors = (id: string) => {
    const f = formulas.get(id);
    return f ? [f.numeratorId, f.denominatorId] : [];
  };
  const reach = (from: string[]) => {
    const seen = new Set<string>();
    const queue = [...from];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...successors(id));
    }
    return seen;
  };
  return [...reach([start])].some((id) => reach(successors(id)).has(id));
}

function expectValidCyclePath(formulas: Formulas, start: string, path: string[]) {
  expect(path[0]).toBe(start);
  const last = path[path.length - 1] as string;
  const chain = path.slice(0, -1);
  expect(new Set(chain).size).toBe(chain.length);
  expect(chain).toContain(last);
  for (let i = 0; i + 1 < path.length; i += 1) {
    const f = formulas.get(path[i] as string);
    expect([f?.numeratorId, f?.denominatorId]).toContain(path[i + 1]);
  }
}

describe("findFormulaCycle", () => {
  it("finds no cycle in the share of women among police officers", () => {
    const formulas: Formulas = new Map([["women-police-share", formula("women-officers", "all-officers")]]);
    expect(findFormulaCycle(formulas, "women-police-share")).toBeNull();
    expect(findFormulaCycle(formulas, "women-officers")).toBeNull();
  });

  it("returns the path from start to the first id met twice", () => {
    expect(findFormulaCycle(new Map([["a", formula("a", "c")]]), "a")).toEqual(["a", "a"]);
    const mutual: Formulas = new Map([
      ["a", formula("x", "b")],
      ["b", formula("y", "a")],
    ]);
    expect(findFormulaCycle(mutual, "a")).toEqual(["a", "b", "a"]);
    const entering: Formulas = new Map([
      ["a", formula("b", "c")],
      ["b", formula("b", "d")],
    ]);
    expect(findFormulaCycle(entering, "a")).toEqual(["a", "b", "b"]);
  });

  it("does not take a shared series for a cycle", () => {
    const diamond: Formulas = new Map([
      ["a", formula("b", "c")],
      ["b", formula("d", "e")],
      ["c", formula("d", "e")],
    ]);
    expect(findFormulaCycle(diamond, "a")).toBeNull();
  });

  it("follows a long chain without running out of stack", () => {
    const chain: Formulas = new Map();
    for (let i = 0; i < 100_000; i += 1) chain.set(`f${i}`, formula(`f${i + 1}`, "all"));
    expect(findFormulaCycle(chain, "f0")).toBeNull();
    chain.set("f100000", formula("f0", "all"));
    expect(findFormulaCycle(chain, "f0")).toHaveLength(100_002);
  });

  it("explores each formula once, even when series are shared many times over", () => {
    /** Counts look-ups, to tell one visit per formula from one visit per path. */
    class CountingMap extends Map<string, FormulaReference> {
      lookups = 0;
      override get(key: string) {
        this.lookups += 1;
        return super.get(key);
      }
    }
    // 12 stacked diamonds: 2^12 paths from the top through 36 formulas.
    const ladder = new CountingMap();
    for (let i = 0; i < 12; i += 1) {
      ladder.set(`top${i}`, formula(`left${i}`, `right${i}`));
      ladder.set(`left${i}`, formula(`top${i + 1}`, "all"));
      ladder.set(`right${i}`, formula(`top${i + 1}`, "all"));
    }
    expect(findFormulaCycle(ladder, "top0")).toBeNull();
    expect(ladder.lookups).toBeLessThanOrEqual(ladder.size);
  });

  const size = 8;
  const id = fc.integer({ min: 0, max: size + 2 }).map((n) => `s${n}`); // s8..s10 are reported series
  const graph = fc
    .array(fc.tuple(fc.integer({ min: 0, max: size - 1 }), id, id), { maxLength: size })
    .map((rows) => new Map(rows.map(([from, n, d]) => [`s${from}`, formula(n, d)] as const)));

  it("finds a cycle exactly when one can be reached, with a valid path", () => {
    fc.assert(
      fc.property(graph, id, (formulas, start) => {
        const path = findFormulaCycle(formulas, start);
        expect(path !== null).toBe(hasReachableCycle(formulas, start));
        if (path) expectValidCyclePath(formulas, start, path);
      }),
      { numRuns: 500 },
    );
  });

  it("never reports a cycle when formulas only refer forward", () => {
    const forward = fc
      .array(fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)), { maxLength: 20 })
      .map(
        (rows) =>
          new Map(
            rows.map(
              ([from, n, d]) => [`s${from}`, formula(`s${from + 1 + n}`, `s${from + 1 + d}`)] as const,
            ),
          ),
      );
    fc.assert(
      fc.property(forward, fc.nat(20), (formulas, start) => {
        expect(findFormulaCycle(formulas, `s${start}`)).toBeNull();
      }),
    );
  });
});
