/**
 * The trainer cascade of a TOT: how far it travelled, traced by `common/capacity/cascade.ts` from
 * the events and participations `cascade.queries.ts` loads.
 */
import {
  type CascadeCount,
  type TotCascade as TracedCascade,
  traceCascade,
} from "../../../common/capacity/cascade.js";
import type { CascadeSession, CascadeSummaryList, TotCascade } from "../../../common/schemas/cascade.js";
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
  loadCascadeEvents,
  selectCascadeHead,
  selectPersonNames,
  selectReadableTots,
} from "./cascade.queries.js";
import { ensureCascadesTraced } from "./cascade.traces.js";
import { selectTraceEventIds, selectTraceSummaries } from "./cascade.traces.queries.js";

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
  // The kept trace names the cascade's events; tracing them alone gives the whole cascade.
  await ensureCascadesTraced(db, [id]);
  const eventIds = await selectTraceEventIds(db, id);
  const loaded = await loadCascadeEvents(db, eventIds.includes(id) ? eventIds : [id, ...eventIds]);
  if (!loaded.events.has(id)) loaded.events.set(id, head);
  const traced = traceCascade(loaded.input, id);
  if (!traced) throw notFound("Event");
  const names = await selectPersonNames(
    db,
    traced.trainers.map((trainer) => trainer.personId),
  );
  return toTotCascade(traced, loaded.events, names);
}

/** One row per held, not archived TOT the actor may read, newest first, from the kept traces. */
export async function listTotCascades(db: DbOrTx, actor: Actor): Promise<CascadeSummaryList> {
  enforce(cascadePolicy(actor), "Event");
  const heads = await selectReadableTots(db, actor);
  await ensureCascadesTraced(
    db,
    heads.map((head) => head.id),
  );
  const summaries = await selectTraceSummaries(
    db,
    heads.map((head) => head.id),
  );
  const none = {
    trainersProduced: 0,
    sessionsDelivered: 0,
    depth: 0,
    peopleReached: { female: 0, male: 0, total: 0 },
  };
  const items = heads
    .map((head) => ({ ...head, ...(summaries.get(head.id) ?? none) }))
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.title.localeCompare(b.title));
  return { items };
}
