/**
 * The import part of `npm run bench`: a 10,000-row attendance list as a local office saves it
 * (Windows-1250, semicolons, a title row) previewed and committed through the service functions
 * the API calls, then imported again (every row matched, nothing added). Each step is reported in
 * milliseconds and as a ratio to a plain `COPY` of the same rows into a table in the same run.
 * Then a third list is uploaded and committed through the HTTP API while `/api/health` is asked
 * every 20 ms: its p95 during the commit says whether other users notice.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import type { Db } from "../server/db/client.js";
import type { Actor } from "../server/http/actor.js";
import { encodeSingleByte } from "../server/imports/read/fixtures.js";
import { fileReader } from "../server/imports/read/read-in-worker.js";
import { commitTable, previewBytes } from "../server/modules/imports/imports.direct.js";
import { multipartFile } from "../server/test/multipart.js";
import { summarize } from "./measure.js";

const givenNames = [
  "Amra",
  "Lejla",
  "Dženana",
  "Jelena",
  "Đorđe",
  "Mirza",
  "Snježana",
  "Nikola",
  "Ivana",
  "Emir",
];
const familyNames = [
  "Hadžić",
  "Kovačević",
  "Petrović",
  "Šarić",
  "Begić",
  "Marić",
  "Ćosić",
  "Jukić",
  "Babić",
  "Mehić",
];

/** A list of `rows` different people with sex, institution, municipality and both tests. */
export function attendanceSheet(rows: number, series = ""): Uint8Array {
  const lines = [
    "Lista prisutnih;;;;;;;",
    "Ime i prezime;Spol;Institucija;Općina;Ulazni test;Izlazni test;Maks. bodova;Potpis",
  ];
  for (let i = 0; i < rows; i++) {
    const given = givenNames[i % givenNames.length];
    const family = `${familyNames[Math.floor(i / givenNames.length) % familyNames.length]} ${series}${i}`;
    const sex = ["Amra", "Lejla", "Dženana", "Jelena", "Snježana", "Ivana"].includes(given ?? "") ? "Ž" : "M";
    lines.push(
      `${given} ${family};${sex};Udruženje Žene Ženama;Zenica;${5 + (i % 10)};${10 + (i % 10)},5;20;`,
    );
  }
  return encodeSingleByte(lines.join("\r\n"), "windows-1250");
}

/** The same rows as plain values, written to a CSV file the database server reads with COPY. */
async function copyBaseline(db: Db, bytes: Uint8Array, dir: string): Promise<number> {
  const text = new TextDecoder("windows-1250").decode(bytes);
  const rows = text
    .split("\r\n")
    .slice(2)
    .map((line) => line.split(";").slice(0, 7).join(";").replace(/,/g, "."));
  const file = join(dir, "import-copy.csv");
  await writeFile(file, `${rows.join("\n")}\n`, "utf8");
  await db.execute(sql`create temporary table if not exists bench_import_copy (
    full_name text, sex text, institution text, municipality text, pre numeric, post numeric, max numeric)`);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    await db.execute(sql`truncate bench_import_copy`);
    const started = performance.now();
    await db.execute(
      sql.raw(`copy bench_import_copy from '${file.replace(/'/g, "''")}' (format csv, delimiter ';')`),
    );
    times.push(performance.now() - started);
  }
  return summarize(times).p50;
}

/** Health checks every 20 ms while `work` runs; answers the work's result and the checks' p95. */
async function healthDuring<T>(baseUrl: string, work: () => Promise<T>) {
  const times: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${baseUrl}/api/health`).then((response) => response.arrayBuffer());
      times.push(performance.now() - started);
      await new Promise((wait) => setTimeout(wait, 20));
    }
  })();
  try {
    return { result: await work(), health: summarize(times) };
  } finally {
    running = false;
    await probe;
  }
}

/** Uploads and commits a list through the HTTP API, as the wizard does (following a commit written in the background). */
async function importOverHttp(baseUrl: string, cookie: string, eventId: string, bytes: Uint8Array) {
  const body = multipartFile("lista-prisutnih.csv", Buffer.from(bytes));
  const uploaded = await fetch(`${baseUrl}/api/imports?kind=attendance&eventId=${eventId}`, {
    method: "POST",
    headers: { ...body.headers, cookie, origin: baseUrl },
    body: body.payload,
  });
  if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}`);
  const { import: record } = (await uploaded.json()) as { import: { id: string } };
  const committed = await fetch(`${baseUrl}/api/imports/${record.id}/commit`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: baseUrl },
    body: "{}",
  });
  if (committed.status === 200) return;
  if (committed.status !== 202) throw new Error(`commit answered ${committed.status}`);
  // Written in the background: followed as the wizard follows it.
  for (;;) {
    await new Promise((wait) => setTimeout(wait, 250));
    const status = await fetch(`${baseUrl}/api/imports/${record.id}/status`, { headers: { cookie } });
    const { status: state } = (await status.json()) as { status: string };
    if (state === "committed") return;
    if (state !== "committing") throw new Error(`the commit ended ${state}`);
  }
}

export interface ImportBenchInput {
  db: Db;
  actor: Actor;
  eventId: string;
  /** Where the app listens, and a session of the same actor. */
  baseUrl: string;
  cookie: string;
  /** A folder the database server may read (COPY reads the baseline's file). */
  dir: string;
  rows?: number;
}

export async function benchImport(input: ImportBenchInput) {
  const { db, actor, eventId, rows = 10_000 } = input;
  const bytes = attendanceSheet(rows);
  // As the server does at start (server/main.ts): a reader thread ready before the first file.
  await fileReader.warm();
  const copyMs = await copyBaseline(db, bytes, input.dir);
  const heapBefore = process.memoryUsage().heapUsed;
  const runs: { label: string; ms: number; counts: unknown }[] = [];
  for (const label of ["first import", "same file again"]) {
    let started = performance.now();
    const { table, analysis } = await previewBytes(db, actor, { kind: "attendance", bytes, eventId });
    runs.push({ label: `${label}: preview`, ms: performance.now() - started, counts: analysis.counts });
    started = performance.now();
    const counts = await commitTable(db, actor, {
      kind: "attendance",
      eventId,
      table,
      mapping: analysis.mapping,
    });
    runs.push({ label: `${label}: commit`, ms: performance.now() - started, counts });
  }
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(
    `\nimport of ${rows} attendance rows (Windows-1250 CSV, ${(bytes.length / 1024).toFixed(0)} KB); COPY of the same rows: ${copyMs.toFixed(0)} ms`,
  );
  console.log("ratio  ms        step");
  for (const run of runs) {
    console.log(
      `${(run.ms / copyMs).toFixed(1).padStart(5)}  ${run.ms.toFixed(0).padStart(8)}  ${run.label} ${JSON.stringify(run.counts)}`,
    );
  }
  console.log(`heap growth after both runs: ${heapMb.toFixed(0)} MB`);

  const idle = await healthDuring(input.baseUrl, () => new Promise((wait) => setTimeout(wait, 2000)));
  const started = performance.now();
  const { health } = await healthDuring(input.baseUrl, () =>
    importOverHttp(input.baseUrl, input.cookie, eventId, attendanceSheet(rows, "Novi")),
  );
  console.log(
    `upload and commit of another ${rows}-row list through the API: ${(performance.now() - started).toFixed(0)} ms; /api/health meanwhile p50 ${health.p50.toFixed(1)} ms, p95 ${health.p95.toFixed(1)} ms (${health.samples} checks; idle p95 ${idle.health.p95.toFixed(1)} ms)`,
  );
  return { copyMs, runs, health };
}
