/**
 * `node --expose-gc --import tsx bench/export-stream.ts`: the people export as CSV and XLSX over a
 * real socket (not `inject`, which holds the whole answer in memory) on a synthetic dataset of
 * BENCH_PEOPLE people (40,000 by default): the time to the last byte, the bytes, and how far the
 * process's resident memory and its live JavaScript memory (heap used + external) rose above where
 * they stood before the request (sampled every 5 ms). RSS rarely shrinks, so only the first round
 * of a process shows its RSS growth: BENCH_FORMATS=csv or xlsx runs one format per process. Run at
 * two sizes (BENCH_PEOPLE=10000, 40000) to see whether memory grows with the export.
 */
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import { buildApp } from "../server/app.js";
import { ensureDatabase, loadDefaultData } from "../server/bootstrap.js";
import { openDatabase } from "../server/db/client.js";
import { startEmbeddedPostgres } from "../server/db/embedded.js";
import { migrateDatabase } from "../server/db/migrate.js";
import { projects } from "../server/db/schema.js";
import { exportLimits } from "../server/exports/export.js";
import { LocalFileStore } from "../server/files/local.js";
import { ensureCategorySets } from "../server/modules/indicators/category-sets.load.js";
import { ensureJurisdictions } from "../server/modules/jurisdictions/jurisdictions.load.js";
import { makeSignedInUser } from "../server/test/factories.js";
import { generateSyntheticData } from "./synthetic.js";

const people = Number(process.env.BENCH_PEOPLE ?? 40_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const formats = (process.env.BENCH_FORMATS ?? "csv,xlsx").split(",");
if (process.env.BENCH_EXPORT_BATCH) exportLimits.batch = Number(process.env.BENCH_EXPORT_BATCH);
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** One download to its last byte: status, bytes, milliseconds and the highest RSS above the start. */
function download(url: string, cookie: string) {
  collect();
  const live = () => {
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.external;
  };
  const startRss = process.memoryUsage().rss;
  const startLive = live();
  let peakRss = startRss;
  let peakLive = startLive;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    peakLive = Math.max(peakLive, live());
  };
  const sampler = setInterval(sample, 5);
  const started = performance.now();
  return new Promise<{
    status: number;
    bytes: number;
    ms: number;
    rssGrowthMb: number;
    liveGrowthMb: number;
  }>((resolve, reject) => {
    http
      .get(url, { headers: { cookie } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          sample();
        });
        response.on("end", () => {
          clearInterval(sampler);
          resolve({
            status: response.statusCode ?? 0,
            bytes,
            ms: performance.now() - started,
            rssGrowthMb: (peakRss - startRss) / 2 ** 20,
            liveGrowthMb: (peakLive - startLive) / 2 ** 20,
          });
        });
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

const dataDir = await mkdtemp(join(tmpdir(), "nap1325-export-bench-"));
const server = await startEmbeddedPostgres({ dataDir });
try {
  const url = await ensureDatabase(server.url, "nap1325_export_bench");
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
  await generateSyntheticData(
    database.db,
    { organizations: 200, people, events: 10, participationsPerEvent: 1 },
    projectId,
  );

  const app = await buildApp({ db: database.db, files: new LocalFileStore(join(dataDir, "files")) });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const { cookie } = await makeSignedInUser(database.db, "coordinator");
  console.log(`people export of ${people} synthetic people (coordinator: all columns), ${rounds} rounds`);
  console.log("format  status       bytes     ms  peak RSS growth (MB)  peak heap+external growth (MB)");
  for (const format of formats) {
    for (let round = 0; round < rounds; round++) {
      const result = await download(
        `http://127.0.0.1:${port}/api/people/export?format=${format}&sort=familyName`,
        cookie,
      );
      console.log(
        `${format.padEnd(6)}  ${String(result.status).padStart(6)}  ${String(result.bytes).padStart(10)}  ${result.ms.toFixed(0).padStart(5)}  ${result.rssGrowthMb.toFixed(1).padStart(20)}  ${result.liveGrowthMb.toFixed(1).padStart(30)}`,
      );
    }
  }
  await app.close();
  await database.close();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
