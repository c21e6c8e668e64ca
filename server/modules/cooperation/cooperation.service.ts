/**
 * The cooperation network of a date range, compared with the range before: the ties read from
 * their sources (ties.queries.ts), measured by graphology (network.ts). A network's measures and
 * layout are kept under the fingerprint of the ties they come from, so the same ties are measured
 * once, and any change of a source gives a new fingerprint — a kept result is never stale.
 */
import { createHash } from "node:crypto";
import { previousRange } from "../../../common/dates/ranges.js";
import type {
  CooperationYears,
  Network,
  NetworkMeasures,
  NetworkQuery,
  Partners,
  PartnersQuery,
  TieRow,
} from "../../../common/schemas/cooperation.js";
import { type EventKind, type TieKind, tieKinds } from "../../../common/schemas/enums.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { enforce } from "../../http/policy.js";
import { getOrganization } from "../organizations/organizations.service.js";
import { cooperationPolicy } from "./cooperation.policy.js";
import {
  deleteUnusedNetworks,
  selectKeptNetwork,
  selectTieYearSpan,
  upsertKeptNetwork,
} from "./cooperation.queries.js";
import { countTies, type MeasuredNetwork, type NetworkTie, tiesByKindOf } from "./network.js";
import { measureInWorker } from "./network.pool.js";
import { selectTieOrganizations, selectTies, type TieOrganization, type TieSources } from "./ties.queries.js";

const NETWORK = "Cooperation network";

/** The most brokers a network names. */
const brokerCount = 5;

/** One edge per pair: its kinds and how many records tie it. */
function edgesOf(rows: Awaited<ReturnType<typeof selectTies>>): NetworkTie[] {
  const byPair = new Map<string, NetworkTie>();
  for (const row of rows) {
    const key = `${row.a} ${row.b}`;
    const edge = byPair.get(key);
    if (edge) {
      edge.kinds.push(row.kind);
      edge.weight += row.records;
    } else byPair.set(key, { a: row.a, b: row.b, kinds: [row.kind], weight: row.records });
  }
  for (const edge of byPair.values()) edge.kinds.sort();
  return [...byPair.values()];
}

interface Measured {
  organizations: TieOrganization[];
  ties: NetworkTie[];
  measured: MeasuredNetwork;
}

/** The ties of one range measured, from the kept result when the same ties were measured before. */
async function measureRange(db: DbOrTx, sources: TieSources, layout: boolean): Promise<Measured> {
  const ties = edgesOf(await selectTies(db, sources));
  const ids = [...new Set(ties.flatMap((tie) => [tie.a, tie.b]))].sort();
  const organizations = await selectTieOrganizations(db, ids);
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify({ layout, organizations: organizations.map((o) => [o.id, o.level, o.sector]), ties }),
    )
    .digest("base64url");
  const kept = await selectKeptNetwork(db, fingerprint);
  if (kept) return { organizations, ties, measured: kept as MeasuredNetwork };
  const measured = await measureInWorker({ organizations, ties, layout });
  await upsertKeptNetwork(db, fingerprint, measured);
  return { organizations, ties, measured };
}

/** What a network query asks of the ties' sources, for this reader. */
const sourcesOf = (actor: Actor, query: NetworkQuery) => ({
  actor,
  kinds: (query.kinds ?? tieKinds) as readonly TieKind[],
  planId: query.planId,
  projectId: query.projectId,
  jurisdictionId: query.jurisdictionId,
  level: query.level,
  sector: query.sector,
});

export async function getNetwork(db: Db, actor: Actor, query: NetworkQuery): Promise<Network> {
  enforce(cooperationPolicy(actor, "read"), NETWORK);
  const previous =
    query.previousFrom && query.previousTo
      ? { from: query.previousFrom, to: query.previousTo }
      : previousRange(query.from, query.to);
  const common = sourcesOf(actor, query);
  const [current, before] = await Promise.all([
    measureRange(db, { ...common, from: query.from, to: query.to }, true),
    measureRange(db, { ...common, ...previous }, false),
  ]);
  const byId = new Map(current.organizations.map((organization) => [organization.id, organization]));
  const nodes = current.measured.nodes.map((node) => {
    const organization = byId.get(node.id) as TieOrganization;
    return {
      ...node,
      name: organization.name,
      shortName: organization.shortName,
      level: organization.level,
      sector: organization.sector,
    };
  });
  const brokers = nodes
    .filter((node) => node.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || a.name.localeCompare(b.name, "bs"))
    .slice(0, brokerCount)
    .map(({ id, name, betweenness, degree }) => ({ id, name, betweenness, degree }));
  return {
    from: query.from,
    to: query.to,
    previousFrom: previous.from,
    previousTo: previous.to,
    measures: current.measured.measures,
    previous: before.measured.measures as NetworkMeasures,
    brokers,
    nodes,
    edges: current.ties.map((tie) => ({
      source: tie.a,
      target: tie.b,
      kinds: tie.kinds,
      weight: tie.weight,
    })),
  };
}

/** Kept measures unread for this many days are dropped by the nightly job. */
const keptNetworkDays = 30;

export const forgetUnusedNetworks = (db: Db): Promise<number> => deleteUnusedNetworks(db, keptNetworkDays);

/** The network's counts an indicator may be fed by (`cooperationMeasures`). */
export interface CooperationCounts {
  cooperation_organizations: number;
  cooperation_ties: number;
  cross_level_ties: number;
  institution_cso_ties: number;
}

/**
 * The counts of the ties of a plan's events (of some kinds) and of the agreements linked to the
 * plan, over a range: an aggregate, the same for every reader (no graph is measured).
 */
export async function cooperationCounts(
  db: DbOrTx,
  sources: { planId: string; from: string; to: string; eventKinds: readonly EventKind[] },
): Promise<CooperationCounts> {
  const ties = edgesOf(await selectTies(db, { ...sources, kinds: tieKinds, actor: null }));
  const ids = [...new Set(ties.flatMap((tie) => [tie.a, tie.b]))];
  const organizations = await selectTieOrganizations(db, ids);
  const counts = countTies(
    new Map(organizations.map((organization) => [organization.id, organization])),
    ties,
  );
  return {
    cooperation_organizations: organizations.length,
    cooperation_ties: ties.length,
    cross_level_ties: counts.crossLevelTies,
    institution_cso_ties: counts.institutionCsoTies,
  };
}

/**
 * An organisation's partners in a range: every organisation it is tied to, how, and through how
 * many records, under the reader's read rules (as the network).
 */
export async function getPartners(
  db: Db,
  actor: Actor,
  organizationId: string,
  query: PartnersQuery,
): Promise<Partners> {
  enforce(cooperationPolicy(actor, "read"), NETWORK);
  await getOrganization(db, actor, organizationId);
  const ties = edgesOf(await selectTies(db, { ...query, kinds: tieKinds, actor, organizationId }));
  const partnerOf = (tie: NetworkTie) => (tie.a === organizationId ? tie.b : tie.a);
  const byId = new Map((await selectTieOrganizations(db, ties.map(partnerOf))).map((o) => [o.id, o]));
  const partners = ties
    .flatMap((tie) => {
      const partner = byId.get(partnerOf(tie));
      if (!partner) return [];
      const { id, name, level, sector } = partner;
      return [{ id, name, level, sector, kinds: tie.kinds, records: tie.weight }];
    })
    .sort((a, b) => b.records - a.records || a.name.localeCompare(b.name, "bs"));
  return { from: query.from, to: query.to, partners, tiesByKind: tiesByKindOf(ties) };
}

/** The years the network page offers, the latest first, and the last year with a new tie. */
export async function getTieYears(db: Db, actor: Actor, now: Date): Promise<CooperationYears> {
  enforce(cooperationPolicy(actor, "read"), NETWORK);
  const { first, last } = await selectTieYearSpan(db);
  const thisYear = now.getUTCFullYear();
  const years: number[] = [];
  for (let year = Math.max(thisYear, last ?? thisYear); year >= (first ?? thisYear); year--) years.push(year);
  return { years, latest: last };
}

/**
 * The ties of a network as rows, strongest first, then by the two names (the network page's table
 * and its export): the same ties as the network, under the same read rules.
 */
export async function listNetworkTies(db: Db, actor: Actor, query: NetworkQuery): Promise<TieRow[]> {
  enforce(cooperationPolicy(actor, "read"), NETWORK);
  const ties = edgesOf(await selectTies(db, { ...sourcesOf(actor, query), from: query.from, to: query.to }));
  const byId = new Map(
    (await selectTieOrganizations(db, [...new Set(ties.flatMap((tie) => [tie.a, tie.b]))])).map((o) => [
      o.id,
      o,
    ]),
  );
  const party = (id: string) => {
    const { name, level, sector } = byId.get(id) as TieOrganization;
    return { id, name, level, sector };
  };
  return ties
    .map((tie) => {
      const [first, second] = [party(tie.a), party(tie.b)].sort((x, y) => x.name.localeCompare(y.name, "bs"));
      return {
        first: first as TieRow["first"],
        second: second as TieRow["second"],
        kinds: tie.kinds,
        records: tie.weight,
      };
    })
    .sort(
      (x, y) =>
        y.records - x.records ||
        x.first.name.localeCompare(y.first.name, "bs") ||
        x.second.name.localeCompare(y.second.name, "bs") ||
        (x.first.id + x.second.id < y.first.id + y.second.id ? -1 : 1),
    );
}
