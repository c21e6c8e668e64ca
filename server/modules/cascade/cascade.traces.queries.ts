/**
 * The kept traces of trainer cascades (decision 011, migrations 0021–0022): which are current, the
 * writing of a new trace, and the reads every figure of a cascade comes from. Triggers raise a
 * trace's `version` when a change may alter it; `traced_version` records the version a trace was
 * made from.
 */
import { sql } from "drizzle-orm";
import type { SexCounts } from "../../../common/schemas/common.js";
import type { DbOrTx } from "../../db/client.js";
import { uuidArray } from "../../db/rows.js";

/** What a trace keeps of one TOT's cascade. */
export interface TraceFacts {
  totId: string;
  trainersProduced: number;
  sessionsDelivered: number;
  depth: number;
  /** The TOT and every session of every generation. */
  eventIds: string[];
  /** Each person a generation reached, per day of a session where it reached them. */
  reached: { generation: number; personId: string; day: string }[];
}

/** The state of each TOT's kept trace: its version and the version it was made from (never traced: left out). */
export async function selectTraceStates(
  db: DbOrTx,
  totIds: readonly string[],
): Promise<Map<string, { version: number; tracedVersion: number }>> {
  if (totIds.length === 0) return new Map();
  const result = await db.execute<{ totId: string; version: string; tracedVersion: string }>(sql`
    select tot_id as "totId", version, traced_version as "tracedVersion" from cascade_traces
    where tot_id = any(${uuidArray(totIds)})`);
  return new Map(
    result.rows.map((row) => [
      row.totId,
      { version: Number(row.version), tracedVersion: Number(row.tracedVersion) },
    ]),
  );
}

/**
 * Waits for any other tracing to end (one at a time, until the transaction ends), then claims the
 * stale TOTs among `totIds`: each with the version its new trace will be made from.
 */
export async function claimStaleTraces(
  tx: DbOrTx,
  totIds: readonly string[],
): Promise<{ totId: string; version: number }[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('nap1325:cascade_traces', 0))`);
  await tx.execute(sql`
    insert into cascade_traces (tot_id) select unnest(${uuidArray(totIds)}) on conflict do nothing`);
  const result = await tx.execute<{ totId: string; version: string }>(sql`
    select tot_id as "totId", version from cascade_traces
    where tot_id = any(${uuidArray(totIds)}) and traced_version <> version`);
  return result.rows.map((row) => ({ totId: row.totId, version: Number(row.version) }));
}

const textArray = (values: readonly (string | number)[]) => `{${values.join(",")}}`;

/**
 * Replaces the kept trace of each TOT and marks it made from `version`: a change committed since
 * that version was read has raised `version` again, so the trace stays stale and is made again.
 * Rows go in as arrays (one parameter per column), however many there are.
 */
export async function writeTraces(
  tx: DbOrTx,
  traces: { facts: TraceFacts; version: number }[],
): Promise<void> {
  if (traces.length === 0) return;
  const ids = uuidArray(traces.map(({ facts }) => facts.totId));
  await tx.execute(sql`delete from cascade_trace_events where tot_id = any(${ids})`);
  await tx.execute(sql`delete from cascade_reached where tot_id = any(${ids})`);
  const events = traces.flatMap(({ facts }) =>
    facts.eventIds.map((eventId) => [facts.totId, eventId] as const),
  );
  await tx.execute(sql`
    insert into cascade_trace_events (tot_id, event_id)
    select * from unnest(${textArray(events.map(([totId]) => totId))}::uuid[],
      ${textArray(events.map(([, eventId]) => eventId))}::uuid[])`);
  const reached = traces.flatMap(({ facts }) => facts.reached.map((row) => ({ totId: facts.totId, ...row })));
  await tx.execute(sql`
    insert into cascade_reached (tot_id, generation, person_id, day)
    select * from unnest(${textArray(reached.map((row) => row.totId))}::uuid[],
      ${textArray(reached.map((row) => row.generation))}::int[],
      ${textArray(reached.map((row) => row.personId))}::uuid[],
      ${textArray(reached.map((row) => row.day))}::date[])`);
  const values = traces.map(
    ({ facts, version }) =>
      sql`(${facts.totId}::uuid, ${version}::bigint, ${facts.trainersProduced}::int, ${facts.sessionsDelivered}::int, ${facts.depth}::int)`,
  );
  await tx.execute(sql`
    update cascade_traces t set traced_version = v.version, trainers_produced = v.trainers,
      sessions_delivered = v.sessions, depth = v.depth
    from (values ${sql.join(values, sql`, `)}) as v (tot_id, version, trainers, sessions, depth)
    where t.tot_id = v.tot_id`);
}

/** The kept counts of some groups, with the fingerprint each was counted from. */
export async function selectReachMemos(
  db: DbOrTx,
  keys: readonly string[],
): Promise<Map<string, { fingerprint: string; counts: SexCounts[] }>> {
  if (keys.length === 0) return new Map();
  const result = await db.execute<{ groupKey: string; fingerprint: string; counts: SexCounts[] }>(sql`
    select group_key as "groupKey", fingerprint, counts from cascade_reach_memos
    where group_key = any(${textArray(keys.map((key) => JSON.stringify(key)))}::text[])`);
  return new Map(result.rows.map((row) => [row.groupKey, row]));
}

/** Keeps the counts of some groups with the fingerprint they were counted from. */
export async function writeReachMemos(
  db: DbOrTx,
  memos: readonly { key: string; fingerprint: string; counts: SexCounts[] }[],
): Promise<void> {
  if (memos.length === 0) return;
  const rows = memos.map(
    ({ key, fingerprint, counts }) => sql`(${key}, ${fingerprint}, ${JSON.stringify(counts)}::jsonb)`,
  );
  await db.execute(sql`
    insert into cascade_reach_memos (group_key, fingerprint, counts) values ${sql.join(rows, sql`, `)}
    on conflict (group_key) do update set fingerprint = excluded.fingerprint, counts = excluded.counts`);
}

/** The events of one TOT's kept trace (the TOT and its sessions). */
export async function selectTraceEventIds(db: DbOrTx, totId: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    select event_id as id from cascade_trace_events where tot_id = ${totId}`);
  return result.rows.map((row) => row.id);
}

/** A group of TOTs counted together over a span of days (both included). */
export interface ReachSpan {
  totIds: readonly string[];
  from: string;
  to: string;
}

/**
 * Unique people (by today's sex of each person) the counted generations of each span's TOTs
 * reached in sessions of the span, each person once per span, from the kept traces.
 */
export async function selectReachOfSpans(
  db: DbOrTx,
  spans: readonly ReachSpan[],
  generations: "first" | "all",
): Promise<SexCounts[]> {
  if (spans.length === 0) return [];
  const rows = spans.map(
    (span, position) =>
      sql`(${position}::int, ${uuidArray(span.totIds)}, ${span.from}::date, ${span.to}::date)`,
  );
  const result = await db.execute<{ position: number; female: string; male: string }>(sql`
    with span (position, tot_ids, day_from, day_to) as (values ${sql.join(rows, sql`, `)}),
    reached as (
      select distinct s.position, r.person_id
      from span s
      join cascade_reached r on r.tot_id = any(s.tot_ids) and r.day between s.day_from and s.day_to
      where ${generations === "all" ? sql`true` : sql`r.generation = 1`}
    )
    select r.position, count(*) filter (where p.sex = 'female') as female,
      count(*) filter (where p.sex is distinct from 'female') as male
    from reached r left join people p on p.id = r.person_id
    group by r.position`);
  const counts = new Map(result.rows.map((row) => [Number(row.position), row]));
  return spans.map((_, position) => {
    const row = counts.get(position);
    const female = Number(row?.female ?? 0);
    const male = Number(row?.male ?? 0);
    return { female, male, total: female + male };
  });
}

/** Every held, not archived TOT starting on or before a day. */
export async function selectHeldTotIds(db: DbOrTx, until: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    select id from events
    where kind = 'training_of_trainers' and status = 'held' and archived_at is null and starts_on <= ${until}`);
  return result.rows.map((row) => row.id);
}

/**
 * TOTs whose kept trace is stale or missing (held and not archived ones; others keep only
 * themselves), at most `limit`: what the tracing job makes current ahead of the next read.
 */
export async function selectStaleTotIds(db: DbOrTx, limit: number): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    select t.tot_id as id from cascade_traces t where t.traced_version <> t.version
    union
    select e.id from events e
    where e.kind = 'training_of_trainers' and e.status = 'held' and e.archived_at is null
      and not exists (select 1 from cascade_traces t where t.tot_id = e.id)
    limit ${limit}`);
  return result.rows.map((row) => row.id);
}

/** The kept headline figures of each TOT's trace, with generation 1's people reached by sex. */
export async function selectTraceSummaries(
  db: DbOrTx,
  totIds: readonly string[],
): Promise<
  Map<
    string,
    { trainersProduced: number; sessionsDelivered: number; depth: number; peopleReached: SexCounts }
  >
> {
  if (totIds.length === 0) return new Map();
  const result = await db.execute<{
    totId: string;
    trainersProduced: number;
    sessionsDelivered: number;
    depth: number;
    female: string;
    male: string;
  }>(sql`
    select t.tot_id as "totId", t.trainers_produced as "trainersProduced",
      t.sessions_delivered as "sessionsDelivered", t.depth,
      coalesce(r.female, 0) as female, coalesce(r.male, 0) as male
    from cascade_traces t
    left join lateral (
      select count(*) filter (where p.sex = 'female') as female,
        count(*) filter (where p.sex is distinct from 'female') as male
      from (select distinct person_id from cascade_reached where tot_id = t.tot_id and generation = 1) d
      left join people p on p.id = d.person_id
    ) r on true
    where t.tot_id = any(${uuidArray(totIds)})`);
  return new Map(
    result.rows.map((row) => {
      const female = Number(row.female);
      const male = Number(row.male);
      return [
        row.totId,
        {
          trainersProduced: row.trainersProduced,
          sessionsDelivered: row.sessionsDelivered,
          depth: row.depth,
          peopleReached: { female, male, total: female + male },
        },
      ];
    }),
  );
}
