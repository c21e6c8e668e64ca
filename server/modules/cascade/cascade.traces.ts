/**
 * Kept cascade traces (decision 011): a TOT's cascade is traced by the rules of
 * `common/capacity/cascade.ts` once, kept, and traced again only when a change may have altered it
 * (the triggers of migration 0022 mark it stale). Every figure of a cascade — the reach an
 * indicator counts per period, the list's headline figures, the events the page draws — is read
 * from the kept trace, after making the traces it needs current in the same request.
 */
import { createHash } from "node:crypto";
import { type TotCascade, traceCascades } from "../../../common/capacity/cascade.js";
import type { SexCounts } from "../../../common/schemas/common.js";
import type { DbOrTx } from "../../db/client.js";
import { type LoadedCascades, loadCascades } from "./cascade.queries.js";
import {
  claimStaleTraces,
  type ReachSpan,
  selectHeldTotIds,
  selectReachMemos,
  selectReachOfSpans,
  selectStaleTotIds,
  selectTraceStates,
  type TraceFacts,
  writeReachMemos,
  writeTraces,
} from "./cascade.traces.queries.js";

/**
 * Makes the kept traces of these TOTs current: those never traced or changed since are traced
 * again, together, in one transaction (one tracing at a time; a trace made while a change commits
 * stays stale and is made again by the next read). Returns the version each trace was made from.
 */
export async function ensureCascadesTraced(
  db: DbOrTx,
  totIds: readonly string[],
): Promise<Map<string, number>> {
  const ids = [...new Set(totIds)];
  const isStale = (states: Awaited<ReturnType<typeof selectTraceStates>>) =>
    ids.some((id) => states.get(id)?.tracedVersion !== states.get(id)?.version || !states.has(id));
  let states = await selectTraceStates(db, ids);
  if (isStale(states)) {
    await db.transaction(async (tx) => {
      const stale = await claimStaleTraces(tx, ids);
      if (stale.length === 0) return;
      const loaded = await loadCascades(tx, { ids: stale.map(({ totId }) => totId) });
      const traced = new Map(
        traceCascades(
          loaded.input,
          stale.map(({ totId }) => totId),
        ).map((cascade) => [cascade.totId, cascade]),
      );
      await writeTraces(
        tx,
        stale.map(({ totId, version }) => ({ version, facts: factsOf(totId, traced.get(totId), loaded) })),
      );
    });
    states = await selectTraceStates(db, ids);
  }
  return new Map([...states].map(([id, state]) => [id, state.tracedVersion]));
}

/** How many stale traces the tracing job makes current in one transaction, and in one run. */
const TRACE_BATCH = 200;
const TRACE_RUN = 10_000;

/**
 * Makes every stale kept trace current, a batch at a time: the job that runs each minute, so that
 * a read after a change finds its cascades traced instead of tracing them itself. Reads still
 * trace what is stale when they come first. Returns how many traces were made.
 */
export async function traceStaleCascades(db: DbOrTx): Promise<number> {
  let traced = 0;
  // Bounded: traces that changes keep making stale meanwhile wait for the next run.
  while (traced < TRACE_RUN) {
    const stale = await selectStaleTotIds(db, TRACE_BATCH);
    if (stale.length === 0) break;
    await ensureCascadesTraced(db, stale);
    traced += stale.length;
    if (stale.length < TRACE_BATCH) break;
  }
  return traced;
}

/**
 * What is kept of a traced cascade. A TOT not held, archived or missing keeps only itself as its
 * event (so that its becoming held marks it stale) and reaches nobody.
 */
function factsOf(totId: string, cascade: TotCascade | undefined, loaded: LoadedCascades): TraceFacts {
  if (!cascade) {
    return {
      totId,
      trainersProduced: 0,
      sessionsDelivered: 0,
      depth: 0,
      eventIds: [totId],
      reached: [],
    };
  }
  const participants = participantsByEvent(loaded);
  const eventIds = [...new Set([totId, ...cascade.generations.flatMap((generation) => generation.sessions)])];
  const reached = new Map<string, TraceFacts["reached"][number]>();
  for (const { generation, sessions, reached: people } of cascade.generations) {
    // A person this generation reached, attending one of its sessions as participant, was reached there.
    const reachedByGeneration = new Set(people);
    for (const sessionId of sessions) {
      const day = loaded.events.get(sessionId)?.startsOn.slice(0, 10);
      if (!day) continue;
      for (const personId of participants.get(sessionId) ?? []) {
        if (reachedByGeneration.has(personId)) {
          reached.set(`${generation}:${day}:${personId}`, { generation, personId, day });
        }
      }
    }
  }
  return {
    totId,
    trainersProduced: cascade.trainersProduced.length,
    sessionsDelivered: cascade.sessions.length,
    depth: cascade.depth,
    eventIds,
    reached: [...reached.values()],
  };
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

export interface CascadeReachOptions {
  /** "first" (default): the people reached by the trainers each TOT produced; "all": every generation. */
  generations?: "first" | "all";
}

/**
 * Unique people that trainer cascades reached in sessions starting from `from` to `to` (ISO dates,
 * both included), by sex. Each person counts once however many sessions or TOTs reached them in the
 * span, as the `unique_people` activity measure counts people within a reporting period; a person
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
  const ids = totIds === "all" ? await selectHeldTotIds(db, to) : totIds;
  const reach = await cascadeReachOfGroups(
    db,
    new Map([[0, { totIds: ids, periods: [{ from, to }] }]]),
    options,
  );
  return reach.get(0)?.[0] ?? { female: 0, male: 0, total: 0 };
}

/** A group of TOTs counted over its own periods; with a `memoKey`, its counts are kept (see below). */
export interface ReachGroup {
  totIds: readonly string[];
  periods: readonly { from: string; to: string }[];
  memoKey?: string;
}

/**
 * The reach of several groups of TOTs (e.g. one per indicator), each over its own periods, in the
 * order given: the traces of all of them are made current once, then counted in one query. A group
 * with a `memoKey` is counted once per state of its traces: its counts are kept with the
 * fingerprint of what they were counted from (its TOTs and the versions their traces were made
 * from, its periods, the generations counted) and read back while the fingerprint is the same.
 */
export async function cascadeReachOfGroups<Key>(
  db: DbOrTx,
  groups: ReadonlyMap<Key, ReachGroup>,
  options: CascadeReachOptions = {},
): Promise<Map<Key, SexCounts[]>> {
  const generations = options.generations ?? "first";
  const allTots = [...new Set([...groups.values()].flatMap((group) => group.totIds))];
  const traced = await ensureCascadesTraced(db, allTots);
  const fingerprints = new Map(
    [...groups].map(([key, group]) => [key, fingerprintOf(group, traced, generations)] as const),
  );
  const memoKeys = [...groups.values()].flatMap((group) => (group.memoKey ? [group.memoKey] : []));
  const memos = await selectReachMemos(db, memoKeys);
  const result = new Map<Key, SexCounts[]>();
  const toCount: [Key, ReachGroup][] = [];
  for (const [key, group] of groups) {
    const memo = group.memoKey ? memos.get(group.memoKey) : undefined;
    if (memo && memo.fingerprint === fingerprints.get(key)) result.set(key, memo.counts);
    else toCount.push([key, group]);
  }
  const spans: ReachSpan[] = toCount.flatMap(([, group]) =>
    group.periods.map(({ from, to }) => ({ totIds: group.totIds, from, to })),
  );
  const counts = await selectReachOfSpans(db, spans, generations);
  const newMemos: { key: string; fingerprint: string; counts: SexCounts[] }[] = [];
  let position = 0;
  for (const [key, group] of toCount) {
    const own = counts.slice(position, position + group.periods.length);
    position += group.periods.length;
    result.set(key, own);
    if (group.memoKey)
      newMemos.push({ key: group.memoKey, fingerprint: fingerprints.get(key) ?? "", counts: own });
  }
  await writeReachMemos(db, newMemos);
  return new Map([...groups.keys()].map((key) => [key, result.get(key) ?? []]));
}

/** What a group's counts depend on, as one hash. */
function fingerprintOf(group: ReachGroup, traced: ReadonlyMap<string, number>, generations: string): string {
  const tots = [...new Set(group.totIds)].sort().map((id) => `${id}@${traced.get(id) ?? 0}`);
  return createHash("sha256")
    .update(JSON.stringify({ tots, periods: group.periods, generations }))
    .digest("base64url");
}
