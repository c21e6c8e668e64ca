/**
 * The import part of `npm run bench`: a 10,000-row attendance list as a local office saves it
 * (Windows-1250, semicolons, a title row), read, matched and written, then imported again (every
 * row matched, nothing added). Reported in milliseconds and as a ratio against the run's baseline.
 */
import { performance } from "node:perf_hooks";
import type { Db } from "../server/db/client.js";
import type { Actor } from "../server/http/actor.js";
import { encodeSingleByte } from "../server/imports/read/fixtures.js";
import { importBytes } from "../server/modules/imports/imports.service.js";

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
export function attendanceSheet(rows: number): Uint8Array {
  const lines = [
    "Lista prisutnih;;;;;;;",
    "Ime i prezime;Spol;Institucija;Općina;Ulazni test;Izlazni test;Maks. bodova;Potpis",
  ];
  for (let i = 0; i < rows; i++) {
    const given = givenNames[i % givenNames.length];
    const family = `${familyNames[Math.floor(i / givenNames.length) % familyNames.length]} ${i}`;
    const sex = ["Amra", "Lejla", "Dženana", "Jelena", "Snježana", "Ivana"].includes(given ?? "") ? "Ž" : "M";
    lines.push(
      `${given} ${family};${sex};Udruženje Žene Ženama;Zenica;${5 + (i % 10)};${10 + (i % 10)},5;20;`,
    );
  }
  return encodeSingleByte(lines.join("\r\n"), "windows-1250");
}

export async function benchImport(db: Db, actor: Actor, eventId: string, baselineMs: number, rows = 10_000) {
  const bytes = attendanceSheet(rows);
  const heapBefore = process.memoryUsage().heapUsed;
  const runs: { label: string; ms: number; counts: unknown }[] = [];
  for (const label of ["first import", "same file again"]) {
    const started = performance.now();
    const result = await importBytes(db, actor, { kind: "attendance", bytes, eventId });
    runs.push({ label, ms: performance.now() - started, counts: result.counts });
  }
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(
    `\nimport of ${rows} attendance rows (Windows-1250 CSV, ${(bytes.length / 1024).toFixed(0)} KB):`,
  );
  console.log("ratio  ms        run");
  for (const run of runs) {
    console.log(
      `${(run.ms / baselineMs).toFixed(0).padStart(5)}  ${run.ms.toFixed(0).padStart(8)}  ${run.label} ${JSON.stringify(run.counts)}`,
    );
  }
  console.log(`heap growth after both runs: ${heapMb.toFixed(0)} MB`);
}
