/**
 * The measures of a cooperation network: organisations are the nodes, and two organisations are
 * tied (an undirected edge) when they cooperated. A pure module: the same organisations and ties,
 * given in any order, always give the same measures and the same drawing.
 */
import { UndirectedGraph } from "graphology";
import { countConnectedComponents } from "graphology-components";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import type { NetworkMeasures } from "../../../common/schemas/cooperation.js";
import {
  type OrganizationLevel,
  type OrganizationSector,
  type TieKind,
  tieKinds,
} from "../../../common/schemas/enums.js";

export interface NetworkOrganization {
  id: string;
  level: OrganizationLevel;
  sector: OrganizationSector;
}

/** One tie per pair of organisations: `a` and `b` differ and are both among the organisations. */
export interface NetworkTie {
  a: string;
  b: string;
  kinds: TieKind[];
  /** How many records tie the two; it pulls them closer in the drawing (not in the measures). */
  weight: number;
}

export interface MeasuredNode {
  id: string;
  degree: number;
  betweenness: number;
  x: number;
  y: number;
}

/** What the worker thread is given to measure (see `network.pool.ts`). */
export interface MeasureTask {
  organizations: readonly NetworkOrganization[];
  ties: readonly NetworkTie[];
  layout: boolean;
}

export interface MeasuredNetwork {
  measures: NetworkMeasures;
  /** One per organisation, in the order of their ids. */
  nodes: MeasuredNode[];
}

/**
 * The function a CommonJS package exports as a whole (`module.exports = fn`). Its types declare it
 * as `export default`, which TypeScript reads as a `default` property, while Node (and so tsx and
 * vitest) hands the function itself to a default import: take whichever arrived.
 */
const commonJsDefault = <T>(module: { default: T }): T =>
  typeof module === "function" ? (module as unknown as T) : module.default;

const betweennessCentrality = commonJsDefault(betweennessModule);
const forceAtlas2 = commonJsDefault(forceAtlas2Module);

/** The sectors of public institutions (international organisations, media and academia are neither). */
const institutionSectors: ReadonlySet<OrganizationSector> = new Set<OrganizationSector>([
  "defence",
  "police",
  "border",
  "intelligence",
  "justice",
  "gender_mechanism",
  "other_government",
  "local_government",
]);

/** The drawing runs this many rounds of the force layout on an ordinary network... */
const layoutIterations = 100;
/**
 * ...and fewer on a large one (never fewer than 20), so that all the rounds together cost about
 * this much work; one round costs about N² + E without the Barnes–Hut approximation (which
 * ForceAtlas2's inferred settings switch on above 2,000 nodes) and N·log N + E with it. At
 * 2,000 organisations and 50,000 ties that is 37 rounds, about a second.
 */
const layoutBudget = 1.5e8;
const layoutMinIterations = 20;

/** By code point, so that the order never depends on the machine's locale. */
const byText = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);

/** Rounded to two decimals, and never −0. */
const round2 = (value: number) => (Number.isFinite(value) ? Math.round(value * 100) / 100 + 0 : 0);

/**
 * Measures a cooperation network. The caller passes the organisations that have at least one tie
 * (an organisation without one still counts as a node and a component of its own).
 *
 * - organizations: the number of organisations given; ties: the number of ties.
 * - density: the ties there are out of all the ties there could be, 2E / (N(N−1)); none below
 *   two organisations.
 * - averageDegree: the partners an organisation has on average, 2E / N; none without organisations.
 * - degreeCentralization (Freeman): how far the network is from everyone having as many partners
 *   as the best-connected organisation, Σ (maxDegree − degree) / ((N−1)(N−2)); a star gives 1,
 *   a network where everyone is tied to everyone gives 0; none below three organisations.
 * - components: the number of separate groups (an organisation alone counts as one).
 * - crossLevelTies: the ties between organisations of different levels (state and canton, say);
 *   crossLevelShare is their share of all ties (none without ties).
 * - institutionCsoTies: the ties between a civil-society organisation and a public institution
 *   (defence, police, border, intelligence, justice, gender mechanism, other government, local
 *   government; international organisations, media and academia are neither);
 *   institutionCsoShare is their share of all ties.
 * - tiesByKind: for every kind of tie, how many ties include that kind (0 when none).
 * - per organisation: degree, the number of partners; betweenness, how often it lies on the
 *   shortest paths between two others, from 0 to 1 (0 below three organisations).
 * - per organisation, unless `options.layout` is false: a position x, y from a ForceAtlas2
 *   layout that starts from the organisations on a circle in the order of their ids and runs a
 *   fixed number of rounds, rounded to two decimals; without the layout, x = y = 0.
 *
 * Throws when a tie joins an organisation to itself or to one not given, when a pair is tied
 * twice, or when an organisation is given twice.
 */
export function measureNetwork(
  organizations: readonly NetworkOrganization[],
  ties: readonly NetworkTie[],
  options: { layout?: boolean } = {},
): MeasuredNetwork {
  const nodes = [...organizations].sort((left, right) => byText(left.id, right.id));
  const edges = ties
    .map((tie) => {
      const [source, target] = tie.a < tie.b ? [tie.a, tie.b] : [tie.b, tie.a];
      return { key: `${source}|${target}`, source, target, kinds: new Set(tie.kinds), weight: tie.weight };
    })
    .sort((left, right) => byText(left.source, right.source) || byText(left.target, right.target));

  const graph = new UndirectedGraph({ allowSelfLoops: false, multi: false });
  const radius = 10 * Math.sqrt(Math.max(nodes.length, 1));
  nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) throw new Error(`Organisation ${node.id} is given twice`);
    const angle = (2 * Math.PI * index) / nodes.length;
    graph.addNode(node.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  for (const edge of edges) {
    if (edge.source === edge.target) throw new Error(`Organisation ${edge.source} is tied to itself`);
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target))
      throw new Error(`The tie ${edge.key} names an organisation not given`);
    if (graph.hasEdge(edge.key)) throw new Error(`The pair ${edge.key} is tied twice`);
    graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, {
      weight: Number.isFinite(edge.weight) && edge.weight > 0 ? edge.weight : 1,
    });
  }

  const n = graph.order;
  const e = graph.size;
  const byId = new Map(nodes.map((node) => [node.id, node]));

  const { crossLevelTies, institutionCsoTies, tiesByKind } = countTies(byId, ties);

  const degrees = nodes.map((node) => graph.degree(node.id));
  const maxDegree = degrees.reduce((max, degree) => Math.max(max, degree), 0);
  // Unweighted: a tie is a tie, however many records stand behind it.
  const betweenness: Record<string, number> =
    n >= 3 ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }) : {};
  const positions = options.layout === false || n === 0 ? null : layout(graph);

  const measures: NetworkMeasures = {
    organizations: n,
    ties: e,
    density: n < 2 ? null : (2 * e) / (n * (n - 1)),
    averageDegree: n === 0 ? null : (2 * e) / n,
    degreeCentralization:
      n < 3 ? null : degrees.reduce((sum, degree) => sum + (maxDegree - degree), 0) / ((n - 1) * (n - 2)),
    components: countConnectedComponents(graph),
    crossLevelShare: e === 0 ? null : crossLevelTies / e,
    institutionCsoShare: e === 0 ? null : institutionCsoTies / e,
    crossLevelTies,
    institutionCsoTies,
    tiesByKind,
  };

  return {
    measures,
    nodes: nodes.map((node, index) => ({
      id: node.id,
      degree: degrees[index] ?? 0,
      betweenness: betweenness[node.id] ?? 0,
      x: round2(positions?.[node.id]?.x ?? 0),
      y: round2(positions?.[node.id]?.y ?? 0),
    })),
  };
}

/** The counts of a network that need no graph: ties across levels, between institutions and civil society, by kind. */
export function countTies(
  organizations: ReadonlyMap<string, NetworkOrganization>,
  ties: readonly Pick<NetworkTie, "a" | "b" | "kinds">[],
): { crossLevelTies: number; institutionCsoTies: number; tiesByKind: Record<TieKind, number> } {
  let crossLevelTies = 0;
  let institutionCsoTies = 0;
  for (const tie of ties) {
    const source = organizations.get(tie.a);
    const target = organizations.get(tie.b);
    if (!source || !target) continue;
    if (source.level !== target.level) crossLevelTies++;
    if (
      (source.sector === "civil_society" && institutionSectors.has(target.sector)) ||
      (target.sector === "civil_society" && institutionSectors.has(source.sector))
    )
      institutionCsoTies++;
  }
  return { crossLevelTies, institutionCsoTies, tiesByKind: tiesByKindOf(ties) };
}

/** For every kind of tie, how many ties include it (0 when none). */
export function tiesByKindOf(ties: readonly Pick<NetworkTie, "kinds">[]): Record<TieKind, number> {
  const counts = Object.fromEntries(tieKinds.map((kind) => [kind, 0])) as Record<TieKind, number>;
  for (const tie of ties) for (const kind of new Set(tie.kinds)) counts[kind]++;
  return counts;
}

/** Positions from ForceAtlas2, run for a fixed number of rounds from the positions the nodes hold. */
function layout(graph: UndirectedGraph): Record<string, { x: number; y: number }> {
  const settings = forceAtlas2.inferSettings(graph);
  const n = graph.order;
  const roundCost = (settings.barnesHutOptimize ? n * Math.log2(n + 1) : n * n) + graph.size;
  const iterations = Math.max(
    layoutMinIterations,
    Math.min(layoutIterations, Math.floor(layoutBudget / Math.max(roundCost, 1))),
  );
  return forceAtlas2(graph, { iterations, settings, getEdgeWeight: "weight" });
}
