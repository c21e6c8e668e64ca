import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NetworkMeasures } from "../../../common/schemas/cooperation.js";
import {
  type OrganizationLevel,
  type OrganizationSector,
  organizationLevels,
  organizationSectors,
  type TieKind,
  tieKinds,
} from "../../../common/schemas/enums.js";
import {
  type MeasuredNetwork,
  measureNetwork,
  type NetworkOrganization,
  type NetworkTie,
} from "./network.js";

const org = (id: string, level: OrganizationLevel = "state", sector: OrganizationSector = "police") => ({
  id,
  level,
  sector,
});
const tie = (a: string, b: string, kinds: TieKind[] = ["attended"], weight = 1): NetworkTie => ({
  a,
  b,
  kinds,
  weight,
});
const byId = (network: MeasuredNetwork) => new Map(network.nodes.map((node) => [node.id, node]));

describe("measureNetwork on networks known by hand", () => {
  it("a star of five: the centre brokers everything", () => {
    const organizations = ["centre", "l1", "l2", "l3", "l4"].map((id) => org(id));
    const ties = ["l1", "l2", "l3", "l4"].map((leaf) => tie("centre", leaf));
    const { measures, nodes } = measureNetwork(organizations, ties);
    expect(measures).toMatchObject({
      organizations: 5,
      ties: 4,
      density: 0.4,
      averageDegree: 1.6,
      degreeCentralization: 1,
      components: 1,
    });
    const node = byId({ measures, nodes });
    expect(node.get("centre")).toMatchObject({ degree: 4, betweenness: 1 });
    for (const leaf of ["l1", "l2", "l3", "l4"])
      expect(node.get(leaf)).toMatchObject({ degree: 1, betweenness: 0 });
    expect(NetworkMeasures.parse(measures)).toEqual(measures);
  });

  it("a line of four: the middle two broker two of the three pairs each", () => {
    const organizations = ["a", "b", "c", "d"].map((id) => org(id));
    const { measures, nodes } = measureNetwork(organizations, [tie("a", "b"), tie("c", "b"), tie("c", "d")]);
    const node = byId({ measures, nodes });
    expect(node.get("a")?.betweenness).toBe(0);
    expect(node.get("d")?.betweenness).toBe(0);
    expect(node.get("b")?.betweenness).toBeCloseTo(2 / 3, 12);
    expect(node.get("c")?.betweenness).toBeCloseTo(2 / 3, 12);
    expect(nodes.map((n) => n.degree)).toEqual([1, 2, 2, 1]);
    expect(measures.density).toBeCloseTo(0.5, 12);
    // maxDegree 2: (1 + 0 + 0 + 1) / (3 · 2)
    expect(measures.degreeCentralization).toBeCloseTo(1 / 3, 12);
  });

  it("a triangle and a pair are two components", () => {
    const organizations = ["t1", "t2", "t3", "p1", "p2"].map((id) => org(id));
    const ties = [tie("t1", "t2"), tie("t2", "t3"), tie("t3", "t1"), tie("p1", "p2")];
    const { measures, nodes } = measureNetwork(organizations, ties);
    expect(measures.components).toBe(2);
    expect(measures.ties).toBe(4);
    expect(nodes.every((node) => node.betweenness === 0)).toBe(true);
  });

  it("a complete graph of four: density 1, no centralisation, no brokers", () => {
    const ids = ["a", "b", "c", "d"];
    const ties = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => tie(a, b)));
    const { measures, nodes } = measureNetwork(
      ids.map((id) => org(id)),
      ties,
    );
    expect(measures).toMatchObject({
      ties: 6,
      density: 1,
      averageDegree: 3,
      degreeCentralization: 0,
      components: 1,
    });
    expect(nodes.map((node) => [node.degree, node.betweenness])).toEqual(ids.map(() => [3, 0]));
  });

  it("leaves undefined measures empty on tiny networks", () => {
    expect(measureNetwork([], []).measures).toMatchObject({
      organizations: 0,
      ties: 0,
      density: null,
      averageDegree: null,
      degreeCentralization: null,
      components: 0,
      crossLevelShare: null,
      institutionCsoShare: null,
    });
    const single = measureNetwork([org("a")], []);
    expect(single.measures).toMatchObject({ density: null, averageDegree: 0, components: 1 });
    expect(single.nodes).toEqual([
      { id: "a", degree: 0, betweenness: 0, x: expect.any(Number), y: expect.any(Number) },
    ]);
    const pair = measureNetwork([org("a"), org("b")], [tie("b", "a")]);
    expect(pair.measures).toMatchObject({ density: 1, averageDegree: 1, degreeCentralization: null });
    expect(pair.nodes.map((node) => node.betweenness)).toEqual([0, 0]);
  });

  it("counts cross-level and institution–civil-society ties", () => {
    const organizations = [
      org("ministry", "state", "defence"),
      org("cantonal-police", "canton", "police"),
      org("municipality", "municipality", "local_government"),
      org("cso-1", "municipality", "civil_society"),
      org("cso-2", "municipality", "civil_society"),
      org("un", "international", "international_organization"),
      org("broadcaster", "state", "media"),
    ];
    const ties = [
      tie("ministry", "cantonal-police", ["agreement", "board_meeting"]), // cross-level
      tie("cso-1", "cantonal-police", ["co_organised"]), // cross-level, institution–CSO
      tie("cso-1", "cso-2", ["attended"]), // neither
      tie("cso-2", "un", ["attended", "co_organised"]), // cross-level; an international organisation is no institution
      tie("ministry", "broadcaster", ["action_item"]), // neither: same level, media is no CSO
      tie("ministry", "cso-2", ["agreement"]), // cross-level, institution–CSO
      tie("municipality", "cso-1", ["co_organised", "co_organised"]), // institution–CSO, same level
    ];
    const { measures } = measureNetwork(organizations, ties, { layout: false });
    expect(measures.crossLevelTies).toBe(4);
    expect(measures.crossLevelShare).toBeCloseTo(4 / 7, 12);
    expect(measures.institutionCsoTies).toBe(3);
    expect(measures.institutionCsoShare).toBeCloseTo(3 / 7, 12);
    expect(measures.tiesByKind).toEqual({
      co_organised: 3,
      attended: 2,
      board_meeting: 1,
      action_item: 1,
      agreement: 2,
    });
  });

  it("lists every kind of tie, at 0 when none", () => {
    const { measures } = measureNetwork([org("a"), org("b")], [tie("a", "b", ["board_meeting"])]);
    expect(Object.keys(measures.tiesByKind).sort()).toEqual([...tieKinds].sort());
    expect(measures.tiesByKind).toEqual({
      co_organised: 0,
      attended: 0,
      board_meeting: 1,
      action_item: 0,
      agreement: 0,
    });
  });

  it("places the organisations apart, or at 0 without the layout", () => {
    const organizations = ["a", "b", "c", "d", "e"].map((id) => org(id));
    const ties = [tie("a", "b"), tie("b", "c"), tie("c", "a"), tie("d", "e", ["agreement"], 3)];
    const drawn = measureNetwork(organizations, ties).nodes;
    expect(new Set(drawn.map((node) => `${node.x},${node.y}`)).size).toBe(5);
    for (const node of drawn) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(Math.round(node.x * 100) / 100).toBe(node.x);
    }
    const flat = measureNetwork(organizations, ties, { layout: false }).nodes;
    expect(flat.every((node) => node.x === 0 && node.y === 0)).toBe(true);
  });

  it("refuses ties that break the contract", () => {
    const organizations = [org("a"), org("b")];
    expect(() => measureNetwork(organizations, [tie("a", "a")])).toThrow(/itself/);
    expect(() => measureNetwork(organizations, [tie("a", "z")])).toThrow(/not given/);
    expect(() => measureNetwork(organizations, [tie("a", "b"), tie("b", "a")])).toThrow(/twice/);
    expect(() => measureNetwork([org("a"), org("a")], [])).toThrow(/twice/);
  });
});

/** A network of up to 12 organisations and the ties among some of their pairs, either way round. */
const networkArbitrary = fc
  .uniqueArray(fc.integer({ min: 0, max: 99 }), { maxLength: 12 })
  .chain((numbers) => {
    const ids = numbers.map((n) => `org-${n}`);
    const organizations = fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          level: fc.constantFrom(...organizationLevels),
          sector: fc.constantFrom(...organizationSectors),
        }),
      ),
    );
    const last = Math.max(ids.length - 1, 0);
    const ties =
      ids.length < 2
        ? fc.constant([] as NetworkTie[])
        : fc.uniqueArray(
            fc
              .record({
                i: fc.nat(last),
                j: fc.nat(last),
                kinds: fc.uniqueArray(fc.constantFrom(...tieKinds), { minLength: 1 }),
                weight: fc.integer({ min: 1, max: 9 }),
              })
              .filter(({ i, j }) => i !== j)
              .map(
                ({ i, j, kinds, weight }): NetworkTie => ({
                  a: ids[i] ?? "",
                  b: ids[j] ?? "",
                  kinds,
                  weight,
                }),
              ),
            { selector: ({ a, b }) => (a < b ? `${a}|${b}` : `${b}|${a}`), maxLength: 30 },
          );
    return fc.record({ organizations: organizations.map((list): NetworkOrganization[] => list), ties });
  });

const isTied = (ties: readonly NetworkTie[], a: string, b: string) =>
  ties.some((t) => (t.a === a && t.b === b) || (t.a === b && t.b === a));

describe("measureNetwork properties", () => {
  it("keeps density, shares, centralisation and betweenness within 0–1", () => {
    fc.assert(
      fc.property(networkArbitrary, ({ organizations, ties }) => {
        const { measures, nodes } = measureNetwork(organizations, ties, { layout: false });
        expect(NetworkMeasures.parse(measures)).toEqual(measures);
        for (const value of [
          measures.density,
          measures.crossLevelShare,
          measures.institutionCsoShare,
          measures.degreeCentralization,
          ...nodes.map((node) => node.betweenness),
        ]) {
          if (value === null) continue;
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it("has degrees summing to 2E and an average degree of 2E / N", () => {
    fc.assert(
      fc.property(networkArbitrary, ({ organizations, ties }) => {
        const { measures, nodes } = measureNetwork(organizations, ties, { layout: false });
        expect(measures.organizations).toBe(organizations.length);
        expect(measures.ties).toBe(ties.length);
        expect(nodes.reduce((sum, node) => sum + node.degree, 0)).toBe(2 * ties.length);
        if (organizations.length > 0)
          expect((measures.averageDegree ?? Number.NaN) * organizations.length).toBeCloseTo(
            2 * ties.length,
            9,
          );
        else expect(measures.averageDegree).toBeNull();
      }),
    );
  });

  it("counts between 1 and N components, and never more when a tie is added", () => {
    fc.assert(
      fc.property(networkArbitrary, fc.nat(), fc.nat(), ({ organizations, ties }, first, second) => {
        const n = organizations.length;
        const { components } = measureNetwork(organizations, ties, { layout: false }).measures;
        if (n === 0) {
          expect(components).toBe(0);
          return;
        }
        expect(components).toBeGreaterThanOrEqual(1);
        expect(components).toBeLessThanOrEqual(n);
        const a = organizations[first % n]?.id ?? "";
        const b = organizations[second % n]?.id ?? "";
        if (a === b || isTied(ties, a, b)) return;
        const after = measureNetwork(organizations, [...ties, tie(a, b)], { layout: false }).measures
          .components;
        expect([components, components - 1]).toContain(after);
      }),
    );
  });

  it("keeps the components when a tie is added inside one", () => {
    fc.assert(
      fc.property(networkArbitrary, ({ organizations, ties }) => {
        // A partner's partner, not yet tied: surely in the same component.
        const partners = (id: string) => ties.flatMap((t) => (t.a === id ? [t.b] : t.b === id ? [t.a] : []));
        const pair = organizations
          .flatMap(({ id }) =>
            partners(id).flatMap((middle) => partners(middle).map((far) => [id, far] as const)),
          )
          .find(([a, b]) => a !== b && !isTied(ties, a, b));
        fc.pre(pair !== undefined);
        if (!pair) return;
        const before = measureNetwork(organizations, ties, { layout: false }).measures.components;
        const after = measureNetwork(organizations, [...ties, tie(pair[0], pair[1])], { layout: false });
        expect(after.measures.components).toBe(before);
      }),
    );
  });

  it("gives the same measures and positions whatever the order of the input", () => {
    const shuffled = networkArbitrary.chain(({ organizations, ties }) =>
      fc.record({
        organizations: fc.constant(organizations),
        ties: fc.constant(ties),
        reordered: fc.shuffledSubarray(organizations, {
          minLength: organizations.length,
          maxLength: organizations.length,
        }),
        reorderedTies: fc
          .shuffledSubarray(ties, { minLength: ties.length, maxLength: ties.length })
          .chain((list) =>
            fc.tuple(...list.map((t) => fc.boolean().map((flip) => (flip ? { ...t, a: t.b, b: t.a } : t)))),
          ),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ organizations, ties, reordered, reorderedTies }) => {
        const reversedKinds = reorderedTies.map((t) => ({ ...t, kinds: [...t.kinds].reverse() }));
        expect(measureNetwork(reordered, reversedKinds)).toEqual(measureNetwork(organizations, ties));
      }),
      { numRuns: 50 },
    );
  });
});
