/**
 * `npm run bench`: response times of the main reads on a large synthetic dataset, reported as ratios
 * against `GET /api/health` measured in the same run on the same machine (so the figures compare
 * across machines). In-process requests (no network); one database.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import { buildApp } from "../server/app.js";
import { ensureDatabase, loadDefaultData } from "../server/bootstrap.js";
import { openDatabase } from "../server/db/client.js";
import { startEmbeddedPostgres } from "../server/db/embedded.js";
import { migrateDatabase } from "../server/db/migrate.js";
import { events, projects } from "../server/db/schema.js";
import { FileStore } from "../server/files/store.js";
import { ensureCategorySets } from "../server/modules/indicators/category-sets.load.js";
import { ensureJurisdictions } from "../server/modules/jurisdictions/jurisdictions.load.js";
import { makeSignedInUser } from "../server/test/factories.js";
import { benchImport } from "./import.js";
import { generateSyntheticData } from "./synthetic.js";

const size = {
  organizations: Number(process.env.BENCH_ORGANIZATIONS ?? 500),
  people: Number(process.env.BENCH_PEOPLE ?? 50_000),
  events: Number(process.env.BENCH_EVENTS ?? 5_000),
  participationsPerEvent: Number(process.env.BENCH_PARTICIPATIONS_PER_EVENT ?? 40),
};
const rounds = Number(process.env.BENCH_ROUNDS ?? 60);

const dataDir = await mkdtemp(join(tmpdir(), "nap1325-bench-"));
const server = await startEmbeddedPostgres({ dataDir });
try {
  const url = await ensureDatabase(server.url, "nap1325_bench");
  await migrateDatabase(url);
  const database = openDatabase(url);
  await ensureJurisdictions(database.db);
  await ensureCategorySets(database.db);
  await loadDefaultData(database.db);
  const [project] = await database.db
    .select()
    .from(projects)
    .where(eq(projects.code, "UNSCR1325-BIH-2012"))
    .limit(1);
  const projectId = project?.id ?? (await database.db.select().from(projects).limit(1))[0]?.id;
  if (!projectId) throw new Error("no project in the default data");
  const started = performance.now();
  await generateSyntheticData(database.db, size, projectId);
  console.log(
    `synthetic data: ${size.people} people, ${size.events} events, ~${size.events * size.participationsPerEvent} participations (${Math.round(performance.now() - started)} ms)`,
  );

  const app = await buildApp({ db: database.db, files: new FileStore(join(dataDir, "files")) });
  const { cookie, actor } = await makeSignedInUser(database.db, "coordinator");
  const measure = async (url: string) => {
    const times: number[] = [];
    for (let i = 0; i < rounds + 5; i++) {
      const t = performance.now();
      const response = await app.inject({ url, headers: { cookie } });
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      if (i >= 5) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)] as number,
      p95: times[Math.floor(times.length * 0.95)] as number,
    };
  };
  const baseline = await measure("/api/health");
  const targets = [
    "/api/organizations?pageSize=25",
    "/api/people?q=dzenana%20person12&pageSize=25",
    "/api/people?sort=familyName&pageSize=25",
    "/api/events?sort=startsOn&order=desc&pageSize=25",
    `/api/events?projectId=${projectId}&kind=workshop&pageSize=25`,
    `/api/dashboard?projectId=${projectId}`,
  ];
  console.log(`\nbaseline GET /api/health: median ${baseline.median.toFixed(2)} ms\n`);
  console.log("ratio (median)  ratio (p95)  median ms  request");
  for (const target of targets) {
    const result = await measure(target);
    console.log(
      `${(result.median / baseline.median).toFixed(1).padStart(14)}  ${(result.p95 / baseline.median).toFixed(1).padStart(11)}  ${result.median.toFixed(1).padStart(9)}  GET ${target}`,
    );
  }
  const [workshop] = await database.db
    .select({ id: events.id })
    .from(events)
    .where(eq(events.kind, "workshop"))
    .limit(1);
  if (workshop) await benchImport(database.db, actor, workshop.id, baseline.median);
  await app.close();
  await database.close();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
