/**
 * The reads `npm run bench` measures: each an app request (in-process `app.inject`, signed in) and
 * its raw-SQL baseline, plus the context they need (ids picked from the synthetic data).
 */
import { type SQL, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { toSearchKey } from "../common/text/search.js";
import type { Db } from "../server/db/client.js";
import {
  auditPageSql,
  cascadeSql,
  coverageSql,
  dashboardSql,
  eventsPageSql,
  exportRowsSql,
  learningSql,
  municipalitySql,
  networkTiesSql,
  organizationsPageSql,
  peoplePageSql,
  planFiguresSql,
  representativeSearchSql,
} from "./baselines.js";
import { budgets, type ReadRow, rssSampler, summarize, timeRepeated } from "./measure.js";
import { cohortFamilyName } from "./synthetic.js";

export interface BenchContext {
  planId: string;
  periodId: string;
  indicatorId: string;
  projectId: string;
  municipalityId: string;
  totId: string;
  trainingId: string;
  representativeOrganizationId: string;
}

const one = async (db: Db, query: SQL, what: string): Promise<string> => {
  const result = await db.execute<{ id: string }>(query);
  const id = result.rows[0]?.id;
  if (!id) throw new Error(`bench: no ${what} in the synthetic data`);
  return id;
};

/** Ids of the synthetic data to read: a middle period, an activity indicator, the busiest municipality, … */
export async function pickContext(db: Db, planId: string, projectId: string): Promise<BenchContext> {
  return {
    planId,
    projectId,
    periodId: await one(
      db,
      sql`select id from reporting_periods where plan_id = ${planId} order by starts_on offset 2 limit 1`,
      "period",
    ),
    indicatorId: await one(
      db,
      sql`select id from indicators where plan_id = ${planId} and activity_source ->> 'measure' = 'unique_people'
          order by code limit 1`,
      "activity indicator",
    ),
    municipalityId: await one(
      db,
      sql`select jurisdiction_id as id from events group by jurisdiction_id order by count(*) desc limit 1`,
      "municipality",
    ),
    totId: await one(
      db,
      sql`select e.id from bench_event b join events e on e.id = b.id
          where e.kind = 'training_of_trainers' and e.status = 'held' order by e.starts_on, e.id limit 1`,
      "training of trainers",
    ),
    trainingId: await one(
      db,
      sql`select e.id from bench_event b join events e on e.id = b.id
          where e.kind = 'workshop' and e.status = 'held' order by b.n limit 1`,
      "workshop",
    ),
    representativeOrganizationId: await one(db, sql`select id from bench_org where n = 1`, "organisation"),
  };
}

export interface Read {
  name: string;
  url: string;
  raw: SQL;
  /** Who asks: the coordinator, else the administrator (audit) or a representative (people search). */
  as?: "representative" | "administrator";
  /** The p95 budget when it is not a page's (`budgets.pageP95Ms`). */
  budgetMs?: number;
}

export function readsOf(c: BenchContext): Read[] {
  const lists = [
    { name: "events list", path: "/api/events?sort=startsOn&order=desc", pageSize: 25, raw: eventsPageSql },
    { name: "people list", path: "/api/people?sort=familyName", pageSize: 25, raw: peoplePageSql },
    {
      name: "organisations list",
      path: "/api/organizations?sort=name",
      pageSize: 20,
      raw: organizationsPageSql,
    },
    { name: "audit list", path: "/api/audit?sort=at&order=desc", pageSize: 25, raw: auditPageSql },
  ];
  return [
    {
      name: "plan progress (period)",
      url: `/api/plans/${c.planId}/progress?periodId=${c.periodId}`,
      raw: planFiguresSql(c.planId, c.periodId, null),
    },
    {
      name: "indicator series",
      url: `/api/indicators/${c.indicatorId}/series`,
      raw: planFiguresSql(c.planId, null, c.indicatorId),
    },
    {
      name: "dashboard (project)",
      url: `/api/dashboard?projectId=${c.projectId}`,
      raw: dashboardSql(c.projectId),
    },
    { name: "coverage per municipality", url: "/api/coverage", raw: coverageSql(null) },
    {
      name: "municipality page",
      url: `/api/municipalities/${c.municipalityId}`,
      raw: municipalitySql(c.municipalityId),
    },
    { name: "cascade page (TOT)", url: `/api/events/${c.totId}/cascade`, raw: cascadeSql(c.totId) },
    { name: "learning results", url: `/api/events/${c.trainingId}/learning`, raw: learningSql(c.trainingId) },
    {
      name: "cooperation network (2014 against 2013)",
      url: "/api/cooperation/network?from=2014-01-01&to=2014-12-31",
      raw: networkTiesSql("2014-01-01", "2014-12-31"),
      budgetMs: budgets.networkP95Ms,
    },
    ...lists.flatMap((list) =>
      [1, 100].map((page) => ({
        name: `${list.name} p${page}`,
        url: `${list.path}&page=${page}&pageSize=${list.pageSize}`,
        raw: list.raw(page, list.pageSize),
        ...(list.name === "audit list" ? { as: "administrator" as const } : {}),
      })),
    ),
    {
      name: "people search (representative)",
      url: "/api/people?q=amra&pageSize=25",
      raw: representativeSearchSql(c.representativeOrganizationId, "amra"),
      as: "representative",
    },
  ];
}

export interface Signed {
  coordinator: string;
  representative: string;
  administrator: string;
}

/** Every read, app and baseline alternating per read; a non-200 answer stops the bench. */
export async function measureReads(
  app: FastifyInstance,
  db: Db,
  reads: readonly Read[],
  cookies: Signed,
  options: { rounds: number; maxMs: number },
): Promise<ReadRow[]> {
  const rows: ReadRow[] = [];
  for (const read of reads) {
    const cookie = cookies[read.as ?? "coordinator"];
    const failed = { p50: Number.POSITIVE_INFINITY, p95: Number.POSITIVE_INFINITY, samples: 0 };
    let note: string | undefined;
    const appTiming = await timeRepeated(async () => {
      const response = await app.inject({ url: read.url, headers: { cookie } });
      if (response.statusCode !== 200) {
        throw new Error(`${read.url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
      }
    }, options).catch((error: unknown) => {
      note = `failed: ${String(error).slice(0, 200)}`;
      console.log(`  ${read.name}: ${note}`);
      return failed;
    });
    const raw = await timeRepeated(async () => {
      await db.execute(read.raw);
    }, options).catch((error: unknown) => {
      console.log(`  ${read.name} raw SQL failed: ${String(error).slice(0, 300)}`);
      return failed;
    });
    const row: ReadRow = {
      name: read.name,
      request: `GET ${read.url}`,
      app: appTiming,
      raw,
      budgetMs: read.budgetMs ?? budgets.pageP95Ms,
      ...(note ? { note } : {}),
    };
    rows.push(row);
    console.log(
      `  ${read.name.padEnd(32)} app p50 ${appTiming.p50.toFixed(1).padStart(8)} p95 ${appTiming.p95.toFixed(1).padStart(8)} | raw p50 ${raw.p50.toFixed(1).padStart(8)} p95 ${raw.p95.toFixed(1).padStart(8)} ms (${appTiming.samples} rounds)`,
    );
  }
  return rows;
}

export interface ExportRow extends ReadRow {
  rows: number;
  bytes: number;
  rssGrowthMb: number;
  rssGrowthRunsMb: number[];
}

/**
 * The 40,000-row people export (the cohort sharing one family name) as CSV and XLSX: per format
 * `rounds` requests over loopback HTTP (read to the last byte and dropped, so the client holds
 * nothing; `inject` would hold the whole answer); per request the peak RSS growth above the level
 * before it (sampled every 5 ms plus the kernel's high-water mark). The baseline: the same rows in one query, written as CSV.
 */
export async function measureExports(baseUrl: string, db: Db, cookie: string, rounds: number) {
  const word = toSearchKey(cohortFamilyName);
  const rows: ExportRow[] = [];
  const rawTimes: number[] = [];
  let rawRows = 0;
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const result = await db.execute<Record<string, unknown>>(exportRowsSql(word));
    const csv = result.rows
      .map((row) =>
        Object.values(row)
          .map((v) => JSON.stringify(v ?? ""))
          .join(","),
      )
      .join("\r\n");
    if (csv.length === 0 && result.rows.length > 0) throw new Error("empty CSV");
    rawTimes.push(performance.now() - started);
    rawRows = result.rows.length;
  }
  const raw = summarize(rawTimes);
  for (const format of ["csv", "xlsx"] as const) {
    const url = `/api/people/export?format=${format}&q=${word}`;
    const times: number[] = [];
    const growth: number[] = [];
    let bytes = 0;
    for (let i = 0; i < rounds; i++) {
      global.gc?.();
      const sampler = rssSampler();
      const started = performance.now();
      const response = await fetch(`${baseUrl}${url}`, { headers: { cookie } });
      if (response.status !== 200)
        throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
      // Read to the last byte and drop it: the client keeps nothing, so RSS growth is the server's.
      bytes = 0;
      for await (const chunk of response.body ?? []) bytes += (chunk as Uint8Array).length;
      times.push(performance.now() - started);
      growth.push(sampler.stop().growthMb);
    }
    const app_ = summarize(times);
    const row: ExportRow = {
      name: `people export ${format.toUpperCase()} (${rawRows} rows)`,
      request: `GET ${url}`,
      app: app_,
      raw,
      budgetMs: budgets.exportMs,
      rows: rawRows,
      bytes,
      rssGrowthMb: Math.max(...growth),
      rssGrowthRunsMb: growth,
    };
    rows.push(row);
    console.log(
      `  ${row.name.padEnd(32)} app p50 ${app_.p50.toFixed(0)} p95 ${app_.p95.toFixed(0)} ms, ${(bytes / 1024 / 1024).toFixed(1)} MB, peak RSS growth per run ${growth.map((g) => g.toFixed(0)).join(", ")} MB | raw p50 ${raw.p50.toFixed(0)} ms`,
    );
  }
  return rows;
}
