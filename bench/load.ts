/**
 * The load part of `npm run bench`: BENCH_LOAD_USERS (50) signed-in users for BENCH_LOAD_SECONDS
 * (60) against the app listening on loopback, with Node's own `fetch` (undici), each in a closed
 * loop: pick a request by weight, send it, read the answer to the end, think for a random 0 to
 * BENCH_LOAD_THINK_MS (1000) ms, repeat. Reports requests/s, p50/p95/p99, errors and timeouts
 * (BENCH_LOAD_TIMEOUT_MS, 10 s) and the server process's peak RSS.
 *
 * The users run in a child process (bench/load-client.ts), as real users' browsers are elsewhere:
 * in the server's own process they would take the server's event loop and memory for themselves.
 * The mix goes to the child as data: each kind of request with a pool of addresses drawn here.
 */
import { fork } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { type SQL, sql } from "drizzle-orm";
import type { Role } from "../common/schemas/enums.js";
import { toSearchKey } from "../common/text/search.js";
import type { Db } from "../server/db/client.js";
import { budgets, percentile, rssSampler } from "./measure.js";
import type { BenchContext } from "./reads.js";
import { cohortFamilyName } from "./synthetic.js";

export interface LoadOptions {
  users: number;
  seconds: number;
  thinkMs: number;
  timeoutMs: number;
}

export const loadOptionsFromEnv = (): LoadOptions => ({
  users: Number(process.env.BENCH_LOAD_USERS ?? 50),
  seconds: Number(process.env.BENCH_LOAD_SECONDS ?? 60),
  thinkMs: Number(process.env.BENCH_LOAD_THINK_MS ?? 1000),
  timeoutMs: Number(process.env.BENCH_LOAD_TIMEOUT_MS ?? 10_000),
});

interface Weighted {
  label: string;
  weight: number;
  url: () => string;
  /** Only users of these roles send it (the audit list is the administrators'); else staff (coordinators, administrators). */
  roles?: readonly Role[];
}

const staff: readonly Role[] = ["coordinator", "administrator"];
/** What a representative reads as well (detail pages of others' records would answer 404 to them). */
const everyone: readonly Role[] = [...staff, "representative"];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

const ids = async (db: Db, query: SQL) => (await db.execute<{ id: string }>(query)).rows.map((row) => row.id);

/** The mix: lists and detail pages most, progress and dashboard some, exports rare. */
export async function loadMix(db: Db, c: BenchContext): Promise<Weighted[]> {
  const events = await ids(db, sql`select id from bench_event order by random() limit 500`);
  const people = await ids(db, sql`select id from bench_person order by random() limit 500`);
  const organizations = await ids(db, sql`select id from bench_org order by random() limit 200`);
  const tots = await ids(
    db,
    sql`select e.id from events e join bench_event b on b.id = e.id
        where e.kind = 'training_of_trainers' and e.status = 'held' order by random() limit 20`,
  );
  const page = () => 1 + Math.floor(Math.random() * 40);
  const words = ["amra", "lejla", "kovacevic", "petrovic", "mirza", "saric"];
  return [
    {
      label: "events list",
      roles: everyone,
      weight: 14,
      url: () => `/api/events?sort=startsOn&order=desc&page=${page()}`,
    },
    {
      label: "people list",
      roles: everyone,
      weight: 10,
      url: () => `/api/people?sort=familyName&page=${page()}`,
    },
    { label: "people search", roles: everyone, weight: 8, url: () => `/api/people?q=${pick(words)}` },
    {
      label: "organisations list",
      roles: everyone,
      weight: 6,
      url: () => `/api/organizations?sort=name&page=${page()}`,
    },
    { label: "event detail", weight: 14, url: () => `/api/events/${pick(events)}` },
    { label: "event participants", weight: 6, url: () => `/api/events/${pick(events)}/participations` },
    { label: "person detail", weight: 10, url: () => `/api/people/${pick(people)}` },
    { label: "organisation detail", weight: 6, url: () => `/api/organizations/${pick(organizations)}` },
    {
      label: "audit list",
      weight: 2,
      roles: ["administrator"],
      url: () => `/api/audit?sort=at&order=desc&page=${page()}`,
    },
    {
      label: "plan progress",
      weight: 4,
      url: () => `/api/plans/${c.planId}/progress?periodId=${c.periodId}`,
    },
    { label: "indicator series", weight: 3, url: () => `/api/indicators/${c.indicatorId}/series` },
    { label: "dashboard", weight: 4, url: () => `/api/dashboard?projectId=${c.projectId}` },
    { label: "coverage", roles: everyone, weight: 3, url: () => "/api/coverage" },
    {
      label: "municipality page",
      roles: everyone,
      weight: 3,
      url: () => `/api/municipalities/${c.municipalityId}`,
    },
    { label: "cascade page", weight: 2, url: () => `/api/events/${pick(tots)}/cascade` },
    { label: "learning results", weight: 2, url: () => `/api/events/${c.trainingId}/learning` },
    // Exports: one in 250 requests (a user exports once in about 250 pages read), a quarter of them
    // the 40,000-row people list. Until 7 December one in 77, which made 50 users export about once
    // a minute each.
    {
      label: "events export (municipality, CSV)",
      weight: 0.3,
      url: () => `/api/events/export?format=csv&jurisdictionId=${c.municipalityId}`,
    },
    {
      label: "people export (40,000 rows, CSV)",
      weight: 0.1,
      url: () => `/api/people/export?format=csv&q=${toSearchKey(cohortFamilyName)}`,
    },
  ];
}

export interface LoadResult {
  options: LoadOptions;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  timeouts: number;
  rssPeakMb: number;
  byLabel: { label: string; count: number; p95: number; errors: number }[];
  errorSamples: string[];
}

/** A kind of request as data: its weight, who sends it, and addresses to pick from. */
export interface PooledRequest {
  label: string;
  weight: number;
  roles: readonly Role[];
  urls: string[];
}

/** What the load client needs: everything serialisable, sent to the child process. */
export interface LoadPlan {
  baseUrl: string;
  users: readonly { role: Role; cookie: string }[];
  mix: readonly PooledRequest[];
  options: LoadOptions;
}

/** Each kind of request with `size` addresses drawn from it. */
export const pooled = (mix: readonly Weighted[], size = 500): PooledRequest[] =>
  mix.map((item) => ({
    label: item.label,
    weight: item.weight,
    roles: item.roles ?? staff,
    urls: Array.from({ length: size }, () => item.url()),
  }));

/**
 * Runs the load from a child process (bench/load-client.ts) while this process, the server's,
 * samples its own memory; the child's figures come back as its last message.
 */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const sampler = rssSampler(50);
  const child = fork(new URL("./load-client.ts", import.meta.url), { stdio: "inherit" });
  const result = await new Promise<LoadResult>((resolve, reject) => {
    child.once("message", (message) => resolve(message as LoadResult));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the load client stopped (exit ${code})`)));
    child.send(plan);
  });
  child.kill();
  return { ...result, rssPeakMb: sampler.stop().peakMb };
}

/** The users' loops: runs in the load client's process. */
export async function driveLoad({ baseUrl, users, mix: fullMix, options }: LoadPlan): Promise<LoadResult> {
  const choose = (role: Role) => {
    const mix = fullMix.filter((item) => item.roles.includes(role));
    let r = Math.random() * mix.reduce((sum, item) => sum + item.weight, 0);
    for (const item of mix) {
      r -= item.weight;
      if (r <= 0) return item;
    }
    return mix[mix.length - 1] as PooledRequest;
  };
  const times: number[] = [];
  const byLabel = new Map<string, { times: number[]; errors: number }>();
  const errorSamples: string[] = [];
  let errors = 0;
  let timeouts = 0;
  let attempts = 0;
  const started = performance.now();
  const endAt = started + options.seconds * 1000;
  const user = async (index: number) => {
    const { role, cookie } = users[index % users.length] as { role: Role; cookie: string };
    await sleep(Math.random() * Math.min(1000, options.thinkMs)); // users do not all start at once
    while (performance.now() < endAt) {
      const item = choose(role);
      const url = pick(item.urls);
      attempts++;
      const t = performance.now();
      const entry = byLabel.get(item.label) ?? { times: [], errors: 0 };
      byLabel.set(item.label, entry);
      try {
        const response = await fetch(`${baseUrl}${url}`, {
          headers: { cookie },
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        await response.arrayBuffer();
        const elapsed = performance.now() - t;
        times.push(elapsed);
        entry.times.push(elapsed);
        if (!response.ok) {
          errors++;
          entry.errors++;
          if (errorSamples.length < 5) errorSamples.push(`${response.status} GET ${url}`);
        }
      } catch (error) {
        const isTimeout = error instanceof Error && error.name === "TimeoutError";
        if (isTimeout) timeouts++;
        else errors++;
        entry.errors++;
        if (errorSamples.length < 5) errorSamples.push(`${String(error)} GET ${url}`);
      }
      if (options.thinkMs > 0) await sleep(Math.random() * options.thinkMs);
    }
  };
  await Promise.all(Array.from({ length: options.users }, (_, i) => user(i)));
  const elapsedS = (performance.now() - started) / 1000;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    options,
    requests: attempts,
    perSecond: times.length / elapsedS,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
    timeouts,
    // The server's memory is measured in its own process by `runLoad`.
    rssPeakMb: 0,
    byLabel: [...byLabel].map(([label, entry]) => ({
      label,
      count: entry.times.length,
      p95: percentile(
        [...entry.times].sort((a, b) => a - b),
        95,
      ),
      errors: entry.errors,
    })),
    errorSamples,
  };
}

export function loadTable(result: LoadResult): string {
  const ok = (pass: boolean) => (pass ? "ok" : "**over**");
  const o = result.options;
  return [
    `${o.users} users, ${o.seconds} s, think time 0–${o.thinkMs} ms, timeout ${o.timeoutMs} ms, loopback HTTP (undici fetch)`,
    "",
    "| figure | measured | budget | verdict |",
    "|---|---:|---:|---|",
    `| requests | ${result.requests} (${result.perSecond.toFixed(1)}/s) | – | – |`,
    `| p50 ms | ${result.p50.toFixed(1)} | – | – |`,
    `| p95 ms | ${result.p95.toFixed(1)} | ${budgets.loadP95Ms} | ${ok(result.p95 <= budgets.loadP95Ms)} |`,
    `| p99 ms | ${result.p99.toFixed(1)} | – | – |`,
    `| errors + timeouts | ${result.errors} + ${result.timeouts} | ${budgets.loadErrors} | ${ok(result.errors + result.timeouts <= budgets.loadErrors)} |`,
    `| peak RSS MB (app process; the users run in another) | ${result.rssPeakMb.toFixed(0)} | ${budgets.loadRssMb} | ${ok(result.rssPeakMb <= budgets.loadRssMb)} |`,
    "",
    "| request kind | count | p95 ms | errors |",
    "|---|---:|---:|---:|",
    ...result.byLabel
      .sort((a, b) => b.count - a.count)
      .map((row) => `| ${row.label} | ${row.count} | ${row.p95.toFixed(1)} | ${row.errors} |`),
  ].join("\n");
}

export const loadPasses = (result: LoadResult) =>
  result.p95 <= budgets.loadP95Ms &&
  result.errors + result.timeouts <= budgets.loadErrors &&
  result.rssPeakMb <= budgets.loadRssMb;
