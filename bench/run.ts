/**
 * `npm run bench` (default scale, a few minutes) and `npm run bench -- --scale national10` (the
 * national ×10 scale: 2,000 organisations, 200,000 people, 50,000 events, ~1,040,000
 * participations, a plan of 200 indicators): synthetic data on top of the default data, then
 *
 * 1. the page reads, in-process (`app.inject`), each with its raw-SQL baseline timed the same way;
 * 2. the 40,000-row people export (CSV, XLSX) over loopback HTTP: time and peak RSS growth;
 * 3. load: BENCH_LOAD_USERS users for BENCH_LOAD_SECONDS against the app listening on loopback;
 * 4. the import of a 10,000-row attendance list: preview and commit as ratios to a COPY of the
 *    same rows, and the health check's p95 while another such list is imported over HTTP.
 *
 * Prints markdown tables; at national10 (or BENCH_ENFORCE=1) exits 1 when a budget of
 * `budgets` (measure.ts) is missed. BENCH_ROUNDS (60), BENCH_READ_MAX_MS (20000: a read's
 * measuring stops after this long, with at least 5 rounds), BENCH_EXPORT_ROUNDS (3),
 * BENCH_LOAD_SECONDS=0 skips the load, BENCH_SKIP_IMPORT=1 skips the import, BENCH_ONLY_IMPORT=1
 * runs the import alone (no reads, exports or load).
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import type { Role } from "../common/schemas/enums.js";
import { buildApp } from "../server/app.js";
import { ensureDatabase, loadDefaultData } from "../server/bootstrap.js";
import { openDatabase } from "../server/db/client.js";
import { startEmbeddedPostgres } from "../server/db/embedded.js";
import { migrateDatabase } from "../server/db/migrate.js";
import { events, projects } from "../server/db/schema.js";
import { LocalFileStore } from "../server/files/local.js";
import { traceStaleCascades } from "../server/modules/cascade/cascade.traces.js";
import { ensureCategorySets } from "../server/modules/indicators/category-sets.load.js";
import { ensureJurisdictions } from "../server/modules/jurisdictions/jurisdictions.load.js";
import { makeSignedInUser } from "../server/test/factories.js";
import { benchImport } from "./import.js";
import { loadMix, loadOptionsFromEnv, loadPasses, loadTable, pooled, runLoad } from "./load.js";
import { budgets, readTable } from "./measure.js";
import { measureExports, measureReads, pickContext, readsOf } from "./reads.js";
import { scaleFromArgs, sizeOf } from "./scales.js";
import { generateSyntheticData } from "./synthetic.js";

const scale = scaleFromArgs(process.argv.slice(2));
const size = sizeOf(scale);
const enforce = scale === "national10" || process.env.BENCH_ENFORCE === "1";
const rounds = Number(process.env.BENCH_ROUNDS ?? 60);
const readMaxMs = Number(process.env.BENCH_READ_MAX_MS ?? 20_000);
const exportRounds = Number(process.env.BENCH_EXPORT_ROUNDS ?? 3);
const onlyImport = process.env.BENCH_ONLY_IMPORT === "1";
/** Only the reads whose name holds this text (e.g. `cooperation`). */
const onlyReads = process.env.BENCH_READS ?? "";
const loadOptions = loadOptionsFromEnv();
const failures: string[] = [];
/** The machine's 1-minute load average: other processes on the same cores skew every figure. */
const loadAverage = () => (loadavg()[0] ?? 0).toFixed(1);

const dataDir = await mkdtemp(join(tmpdir(), "nap1325-bench-"));
const server = await startEmbeddedPostgres({ dataDir });
try {
  const url = await ensureDatabase(server.url, "nap1325_bench");
  await migrateDatabase(url);
  const database = openDatabase(url);
  const { db } = database;
  await ensureJurisdictions(db);
  await ensureCategorySets(db);
  await loadDefaultData(db);
  const [project] = await db.select().from(projects).where(eq(projects.code, "UNSCR1325-BIH-2012")).limit(1);
  const projectId = project?.id ?? (await db.select().from(projects).limit(1))[0]?.id;
  if (!projectId) throw new Error("no project in the default data");
  const pgVersion = (await db.execute<{ v: string }>(sql`select current_setting('server_version') as v`))
    .rows[0]?.v;

  console.log(
    `# bench at scale ${scale}${enforce ? " (budgets enforced)" : " (budgets reported, not enforced)"}\n`,
  );
  console.log(
    `machine: ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, PostgreSQL ${pgVersion} (embedded); load average at start ${loadAverage()}\n`,
  );
  const started = performance.now();
  const generated = await generateSyntheticData(db, size, projectId);
  const generationMs = performance.now() - started;
  // What the queue's tracing job does within a minute of a load: every trainer cascade traced and
  // kept, so the reads below meet the steady state rather than the first read after the load.
  const tracingStarted = performance.now();
  const traced = await traceStaleCascades(db);
  // The traces' rows are new too: their statistics and visibility map, as autovacuum keeps them.
  await db.execute(sql`vacuum analyze cascade_traces, cascade_trace_events, cascade_reached`);
  const tracingMs = performance.now() - tracingStarted;
  const counts = (
    await db.execute<Record<string, string>>(sql`select
      (select count(*) from organizations) as organizations, (select count(*) from people) as people,
      (select count(*) from events) as events, (select count(*) from participations) as participations,
      (select count(*) from indicators where plan_id = ${generated.planId}) as indicators,
      (select count(*) from submissions where status = 'approved') as "approved submissions",
      (select count(*) from indicator_values) as "indicator values",
      (select count(*) from audit_log) as "audit entries",
      (select count(*) from project_attendee_rollups) as "rollup rows"`)
  ).rows[0];
  console.log(
    `## Data (generated in ${(generationMs / 1000).toFixed(1)} s, set-based SQL; then ${traced} trainer cascades traced in ${(tracingMs / 1000).toFixed(1)} s, as the tracing job would)\n`,
  );
  console.log(
    Object.entries(counts ?? {})
      .map(([what, n]) => `${what}: ${Number(n).toLocaleString("en")}`)
      .join(", "),
  );
  console.log(generated.steps.map((s) => `- ${s.step}: ${(s.ms / 1000).toFixed(1)} s`).join("\n"));

  const app = await buildApp({ db, files: new LocalFileStore(join(dataDir, "files")) });
  const context = await pickContext(db, generated.planId, projectId);
  const coordinator = await makeSignedInUser(db, "coordinator");
  const administrator = await makeSignedInUser(db, "administrator");
  const representative = await makeSignedInUser(db, "representative", {
    organizationId: context.representativeOrganizationId,
  });

  if (!onlyImport) {
    console.log(
      `\n## Page reads (in-process, up to ${rounds} rounds or ${readMaxMs / 1000} s each after 3 warm-up; load average ${loadAverage()})\n`,
    );
    const readRows = await measureReads(
      app,
      db,
      readsOf(context).filter((read) => !onlyReads || read.name.includes(onlyReads)),
      {
        coordinator: coordinator.cookie,
        representative: representative.cookie,
        administrator: administrator.cookie,
      },
      { rounds, maxMs: readMaxMs },
    );
    console.log(`\n${readTable(readRows)}`);
    for (const row of readRows) {
      if (row.app.p95 > row.budgetMs)
        failures.push(`${row.name}: p95 ${row.app.p95.toFixed(1)} ms > ${row.budgetMs} ms`);
    }
  }

  await app.listen({ port: 0, host: "127.0.0.1" });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  if (!onlyImport) {
    console.log(`\n## People export (loopback HTTP, ${exportRounds} rounds per format)\n`);
    const exportRows = await measureExports(baseUrl, db, coordinator.cookie, exportRounds);
    console.log(`\n${readTable(exportRows)}\n`);
    console.log("| export | rows | bytes | peak RSS growth per run (MB) | budget (MB) | verdict |");
    console.log("|---|---:|---:|---|---:|---|");
    for (const row of exportRows) {
      const flat = row.rssGrowthMb <= budgets.exportRssGrowthMb;
      console.log(
        `| ${row.name} | ${row.rows} | ${row.bytes} | ${row.rssGrowthRunsMb.map((g) => g.toFixed(0)).join(", ")} | ${budgets.exportRssGrowthMb} | ${flat ? "ok" : "**over**"} |`,
      );
      if (row.app.p95 > row.budgetMs)
        failures.push(`${row.name}: p95 ${row.app.p95.toFixed(0)} ms > ${row.budgetMs} ms`);
      if (!flat) {
        failures.push(
          `${row.name}: peak RSS growth ${row.rssGrowthMb.toFixed(0)} MB > ${budgets.exportRssGrowthMb} MB`,
        );
      }
    }

    if (loadOptions.seconds > 0) {
      console.log(`\n## Load (load average before: ${loadAverage()})\n`);
      // Four in five coordinators, one in ten a representative (of an organisation), one in ten an administrator.
      const cookies: { role: Role; cookie: string }[] = [];
      for (let i = 0; i < loadOptions.users; i++) {
        const role: Role = i % 10 === 4 ? "representative" : i % 10 === 9 ? "administrator" : "coordinator";
        const organizationId = role === "representative" ? context.representativeOrganizationId : null;
        cookies.push({ role, cookie: (await makeSignedInUser(db, role, { organizationId })).cookie });
      }
      const mix = pooled(await loadMix(db, context));
      const result = await runLoad({ baseUrl, users: cookies, mix, options: loadOptions });
      console.log(loadTable(result));
      if (result.errorSamples.length > 0) console.log(`\nfirst errors: ${result.errorSamples.join("; ")}`);
      if (!loadPasses(result)) {
        failures.push(
          `load: p95 ${result.p95.toFixed(0)} ms, ${result.errors} errors, ${result.timeouts} timeouts, RSS ${result.rssPeakMb.toFixed(0)} MB`,
        );
      }
    }
  }

  if (process.env.BENCH_SKIP_IMPORT !== "1") {
    const [workshop] = await db
      .select({ id: events.id })
      .from(events)
      .where(eq(events.kind, "workshop"))
      .limit(1);
    if (workshop) {
      const result = await benchImport({
        db,
        actor: coordinator.actor,
        eventId: workshop.id,
        baseUrl,
        cookie: coordinator.cookie,
        dir: dataDir,
      });
      for (const run of result.runs) {
        if (run.ms > budgets.importStepMs)
          failures.push(`import, ${run.label}: ${run.ms.toFixed(0)} ms > ${budgets.importStepMs} ms`);
      }
      if (result.health.p95 > budgets.healthDuringImportMs)
        failures.push(
          `/api/health during an import: p95 ${result.health.p95.toFixed(0)} ms > ${budgets.healthDuringImportMs} ms`,
        );
    }
  }
  await app.close();
  await database.close();
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}

console.log(`\nload average at the end: ${loadAverage()}`);
if (failures.length > 0) {
  console.log(`\n## Budgets missed (${failures.length})\n\n${failures.map((f) => `- ${f}`).join("\n")}`);
  if (enforce) process.exitCode = 1;
  else console.log("\n(default scale: reported, not enforced)");
} else {
  console.log("\nEvery budget met.");
}
