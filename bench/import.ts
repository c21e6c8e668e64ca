/**
 * The import part of `npm run bench`: a 10,000-row attendance list as a local office saves it
 * (Windows-1250, semicolons, a title row) previewed and committed through the service functions
 * the API calls, then imported again (every row matched, nothing added), then a list of 100
 * common names previewed against a registry holding 200 namesakes of each. Each step is reported in
 * milliseconds and as a ratio to a plain `COPY` of the same rows into a table in the same run.
 * Then a third list is uploaded and committed through the HTTP API while `/api/health` is asked
 * every 20 ms: its p95 during the commit says whether other users notice.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { buildSearchKey } from "../common/text/search.js";
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

const women = new Set(["Amra", "Lejla", "Dženana", "Jelena", "Snježana", "Ivana"]);

/** A list of `rows` different people with sex, institution, municipality and both tests. */
export function attendanceSheet(rows: number, series = ""): Uint8Array {
  const lines = [
    "Lista prisutnih;;;;;;;",
    "Ime i prezime;Spol;Institucija;Općina;Ulazni test;Izlazni test;Maks. bodova;Potpis",
  ];
  for (let i = 0; i < rows; i++) {
    const given = givenNames[i % givenNames.length];
    const family = `${familyNames[Math.floor(i / givenNames.length) % familyNames.length]} ${series}${i}`;
    const sex = women.has(given ?? "") ? "Ž" : "M";
    lines.push(
      `${given} ${family};${sex};Udruženje Žene Ženama;Zenica;${5 + (i % 10)};${10 + (i % 10)},5;20;`,
    );
  }
  return encodeSingleByte(lines.join("\r\n"), "windows-1250");
}

/**
 * The registry's common names, many times over: 20,000 people of 100 names (ten given × ten family
 * names, 200 namesakes each, in 50 organisations), registered as people are (search text folded).
 */
async function registerNamesakes(db: Db): Promise<void> {
  const keys = familyNames.flatMap((family) => givenNames.map((given) => buildSearchKey(given, family)));
  const list = (values: readonly string[]) =>
    sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
  await db.execute(sql`
    with names as (select ${list(keys)} as keys, ${list(givenNames)} as given,
      ${list(familyNames)} as family, ${list([...women])} as women)
    insert into people (search_text, given_name, family_name, sex, organization_id)
    select keys[1 + i % 10 + 10 * (i / 10 % 10)], given[1 + i % 10], family[1 + i / 10 % 10],
      case when given[1 + i % 10] = any(women) then 'female' else 'male' end,
      (select id from organizations order by id offset (i % 50) limit 1)
    from names, generate_series(0, 19999) i`);
}

/**
 * A list of 10,000 different people carrying those 100 names: each name in 100 registered
 * organisations (the first 100 by id, those the namesakes belong to among them).
 */
async function namesakeSheet(db: Db, rows: number): Promise<Uint8Array> {
  const named = await db.execute<{ name: string }>(sql`select name from organizations order by id limit 100`);
  const organisations = named.rows.map((row) => row.name);
  const lines = ["Ime i prezime;Spol;Institucija;Općina"];
  for (let i = 0; i < rows; i++) {
    const given = givenNames[i % givenNames.length];
    const family = familyNames[Math.floor(i / givenNames.length) % familyNames.length];
    const organisation = organisations[Math.floor(i / 100) % organisations.length];
    lines.push(`${given} ${family};${women.has(given ?? "") ? "Ž" : "M"};${organisation};Zenica`);
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
  // Common names: every row has a few hundred registered namesakes (what a list of a small
  // place's usual names meets in a national registry).
  await registerNamesakes(db);
  const namesakes = await namesakeSheet(db, rows);
  const started = performance.now();
  const { analysis } = await previewBytes(db, actor, { kind: "attendance", bytes: namesakes, eventId });
  runs.push({ label: "common names: preview", ms: performance.now() - started, counts: analysis.counts });
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
  const sent = performance.now();
  const { health } = await healthDuring(input.baseUrl, () =>
    importOverHttp(input.baseUrl, input.cookie, eventId, attendanceSheet(rows, "Novi")),
  );
  console.log(
    `upload and commit of another ${rows}-row list through the API: ${(performance.now() - sent).toFixed(0)} ms; /api/health meanwhile p50 ${health.p50.toFixed(1)} ms, p95 ${health.p95.toFixed(1)} ms (${health.samples} checks; idle p95 ${idle.health.p95.toFixed(1)} ms)`,
  );
  return { copyMs, runs, health };
}
