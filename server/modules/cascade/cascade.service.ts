/**
 * The trainer cascade of a TOT: how far it travelled, traced by `common/capacity/cascade.ts` from
 * the events and participations `cascade.queries.ts` loads.
 */
import {
  type CascadeCount,
  type TotCascade as TracedCascade,
  traceCascade,
  traceCascades,
} from "../../../common/capacity/cascade.js";
import type {
  CascadeSession,
  CascadeSummary,
  CascadeSummaryList,
  TotCascade,
} from "../../../common/schemas/cascade.js";
import type { SexCounts } from "../../../common/schemas/common.js";
import type { Sex } from "../../../common/schemas/enums.js";
import type { DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { eventLinksOf } from "../events/events.service.js";
import { cascadePolicy } from "./cascade.policy.js";
import {
  type CascadeEventRow,
  type LoadedCascades,
  loadCascades,
  selectCascadeHead,
  selectPersonNames,
  selectReadableTotIds,
} from "./cascade.queries.js";

const sexCounts = (bySex: CascadeCount<Sex>[], total: number): SexCounts => ({
  female: bySex.find((row) => row.key === "female")?.people ?? 0,
  male: bySex.find((row) => row.key === "male")?.people ?? 0,
  total,
});

/** The TOT as the head of its cascade. */
const totOf = (traced: TracedCascade, events: ReadonlyMap<string, CascadeEventRow>) => {
  const event = events.get(traced.totId);
  return {
    id: traced.totId,
    title: event?.title ?? "",
    startsOn: traced.startsOn,
    municipalityName: event?.municipalityName ?? null,
  };
};

/** Every session of every generation, by date then id, with the first generation it served. */
function sessionsOf(traced: TracedCascade, events: ReadonlyMap<string, CascadeEventRow>): CascadeSession[] {
  const sessions: CascadeSession[] = [];
  for (const node of traced.graph.nodes) {
    const event = events.get(node.refId);
    if (node.kind !== "session" || !event) continue;
    sessions.push({
      id: event.id,
      title: event.title,
      kind: event.kind,
      startsOn: event.startsOn,
      municipalityId: event.municipalityId,
      municipalityName: event.municipalityName,
      generation: node.generation,
    });
  }
  return sessions.sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id));
}

/** The traced cascade as the API gives it: trainers and sessions named, people reached counted. */
function toTotCascade(
  traced: TracedCascade,
  events: ReadonlyMap<string, CascadeEventRow>,
  names: ReadonlyMap<string, string>,
): TotCascade {
  const municipalityNames = new Map([...events.values()].map((e) => [e.municipalityId, e.municipalityName]));
  const trainersProduced = traced.trainersProduced.length;
  const labelOf = (kind: string, refId: string) =>
    (kind === "trainer" ? names.get(refId) : events.get(refId)?.title) ?? "";
  return {
    tot: totOf(traced, events),
    trainersProduced,
    sessionsDelivered: traced.sessions.length,
    peopleReached: sexCounts(traced.reachedBySex, traced.reached.length),
    reachPerTrainer: trainersProduced === 0 ? 0 : traced.reached.length / trainersProduced,
    depth: traced.depth,
    reachedBySex: traced.reachedBySex,
    reachedBySector: traced.reachedBySector,
    reachedByLevel: traced.reachedByLevel,
    reachedByMunicipality: traced.reachedByMunicipality.map(({ key, people }) => ({
      key,
      name: key === null ? null : (municipalityNames.get(key) ?? null),
      people,
    })),
    generations: traced.generations.map((g) => ({
      generation: g.generation,
      trainers: g.trainers.length,
      sessions: g.sessions.length,
      reached: g.reached.length,
    })),
    trainers: traced.trainers.map((trainer) => ({
      personId: trainer.personId,
      name: names.get(trainer.personId) ?? "",
      generation: trainer.generation,
      sessions: trainer.sessions.length,
      reached: trainer.reached,
    })),
    sessions: sessionsOf(traced, events),
    graph: {
      nodes: traced.graph.nodes.map((node) => ({ ...node, label: labelOf(node.kind, node.refId) })),
      links: traced.graph.links,
    },
  };
}

/**
 * The cascade of one TOT, for those who may read the TOT. 404 for a missing event or one the actor
 * may not read, 400 for an event of another kind. A TOT not held, or archived, has an empty cascade.
 */
export async function getTotCascade(db: DbOrTx, actor: Actor, id: string): Promise<TotCascade> {
  enforce(cascadePolicy(actor), "Event");
  const head = await selectCascadeHead(db, id);
  if (!head) throw notFound("Event");
  enforce(cascadePolicy(actor, await eventLinksOf(db, id)), "Event");
  if (head.kind !== "training_of_trainers") {
    throw invalid("id", "not_a_tot");
  }
  let loaded = await loadCascades(db, { ids: [id] });
  if (!loaded.events.has(id)) {
    loaded = { input: { events: [head], participations: [], people: [] }, events: new Map([[id, head]]) };
  }
  const traced = traceCascade(loaded.input, id);
  if (!traced) throw notFound("Event");
  const names = await selectPersonNames(
    db,
    traced.trainers.map((trainer) => trainer.personId),
  );
  return toTotCascade(traced, loaded.events, names);
}

const summaryOf = (traced: TracedCascade, events: ReadonlyMap<string, CascadeEventRow>): CascadeSummary => ({
  ...totOf(traced, events),
  trainersProduced: traced.trainersProduced.length,
  sessionsDelivered: traced.sessions.length,
  peopleReached: sexCounts(traced.reachedBySex, traced.reached.length),
  depth: traced.depth,
});

/** The traced cascades of the given TOTs only (the input may hold other TOTs among the sessions). */
function cascadesOf(loaded: LoadedCascades, totIds: readonly string[]): TracedCascade[] {
  const wanted = new Set(totIds);
  return traceCascades(loaded.input).filter((cascade) => wanted.has(cascade.totId));
}

/** One row per held, not archived TOT the actor may read, newest first. */
export async function listTotCascades(db: DbOrTx, actor: Actor): Promise<CascadeSummaryList> {
  enforce(cascadePolicy(actor), "Event");
  const ids = await selectReadableTotIds(db, actor);
  const loaded = await loadCascades(db, { ids });
  const items = cascadesOf(loaded, ids)
    .map((cascade) => summaryOf(cascade, loaded.events))
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.title.localeCompare(b.title));
  return { items };
}

export interface CascadeReachOptions {
  /** "first" (default): the people reached by the trainers each TOT produced; "all": every generation. */
  generations?: "first" | "all";
}

/**
 * Unique people that trainer cascades reached in sessions starting from `from` to `to` (ISO dates,
 * both included), by sex. Each person counts once however many sessions or TOTs reached them in the
 * period, as the `unique_people` activity measure counts people within a reporting period; a person
 * reached in two periods counts in both. `totIds` are the TOTs whose cascades count (held, not
 * archived ones; others add nothing), or "all" for every held, not archived TOT. By default only
 * the first generation counts, as in the headline "people reached" of the cascade page.
 * Aggregates without names, so no actor: callers (indicators, progress) apply their own policy.
 */
export async function cascadeReachInPeriod(
  db: DbOrTx,
  totIds: readonly string[] | "all",
  from: string,
  to: string,
  options: CascadeReachOptions = {},
): Promise<SexCounts> {
  const [reach] = await cascadeReachInPeriods(db, totIds, [{ from, to }], options);
  return reach ?? { female: 0, male: 0, total: 0 };
}

/**
 * `cascadeReachInPeriod` for several periods at once: the cascades are loaded and traced once, then
 * counted per period (in the order given).
 */
export async function cascadeReachInPeriods(
  db: DbOrTx,
  totIds: readonly string[] | "all",
  periods: readonly { from: string; to: string }[],
  options: CascadeReachOptions = {},
): Promise<SexCounts[]> {
  if (periods.length === 0) return [];
  const until =
    periods
      .map((period) => period.to)
      .sort()
      .at(-1) ?? "";
  const loaded = await loadCascades(db, totIds === "all" ? { startingUntil: until } : { ids: [...totIds] });
  const traced = totIds === "all" ? traceCascades(loaded.input) : cascadesOf(loaded, totIds);
  return reachInPeriods(loaded, traced, periods, options);
}

/**
 * The reach of several groups of TOTs (e.g. one per indicator), each over its own periods: the
 * cascades of all of them are loaded and traced once.
 */
export async function cascadeReachOfGroups<Key>(
  db: DbOrTx,
  groups: ReadonlyMap<Key, { totIds: readonly string[]; periods: readonly { from: string; to: string }[] }>,
  options: CascadeReachOptions = {},
): Promise<Map<Key, SexCounts[]>> {
  const result = new Map<Key, SexCounts[]>();
  const allTots = [...new Set([...groups.values()].flatMap((group) => group.totIds))];
  if (allTots.length === 0) return result;
  const loaded = await loadCascades(db, { ids: allTots });
  const traced = cascadesOf(loaded, allTots);
  for (const [key, group] of groups) {
    const wanted = new Set(group.totIds);
    const own = traced.filter((cascade) => wanted.has(cascade.totId));
    result.set(key, reachInPeriods(loaded, own, group.periods, options));
  }
  return result;
}

/** Unique people (by sex) the counted generations of some traced cascades reached in each period. */
function reachInPeriods(
  loaded: LoadedCascades,
  traced: readonly TracedCascade[],
  periods: readonly { from: string; to: string }[],
  options: CascadeReachOptions,
): SexCounts[] {
  const participants = participantsByEvent(loaded);
  const sexOf = new Map(loaded.input.people.map((person) => [person.id, person.sex]));
  // Each person reached, with the days of the sessions where a counted generation reached them.
  const reachedOn: { personId: string; day: string }[] = [];
  for (const cascade of traced) {
    const generations = options.generations === "all" ? cascade.generations : cascade.generations.slice(0, 1);
    for (const generation of generations) {
      // A person this generation reached and who attended one of its sessions as participant was reached there.
      const reachedByGeneration = new Set(generation.reached);
      for (const sessionId of generation.sessions) {
        const day = loaded.events.get(sessionId)?.startsOn.slice(0, 10);
        if (!day) continue;
        for (const personId of participants.get(sessionId) ?? []) {
          if (reachedByGeneration.has(personId)) reachedOn.push({ personId, day });
        }
      }
    }
  }
  return periods.map(({ from, to }) => {
    const reached = new Set(reachedOn.filter(({ day }) => day >= from && day <= to).map((r) => r.personId));
    const female = [...reached].filter((personId) => sexOf.get(personId) === "female").length;
    return { female, male: reached.size - female, total: reached.size };
  });
}

/** The attended participants (role `participant`) of each loaded event. */
function participantsByEvent(loaded: LoadedCascades): Map<string, string[]> {
  const byEvent = new Map<string, string[]>();
  for (const { eventId, personId, role } of loaded.input.participations) {
    if (role !== "participant") continue;
    const list = byEvent.get(eventId) ?? [];
    list.push(personId);
    byEvent.set(eventId, list);
  }
  return byEvent;
}
