import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { IndicatorSeries, PlanProgress } from "../../../common/schemas/progress.js";
import { users } from "../../db/schema.js";
import { neutraliseCell } from "../../http/csv.js";
import { attachmentHeader } from "../../http/disposition.js";
import { xlsxContentType } from "../../http/xlsx.js";
import { createTestApp } from "../../test/app.js";
import { makePeriod, makePlan, makeSignedInUser } from "../../test/factories.js";
import { makePlanWithResults } from "./progress.fixture.js";

const { app, db } = await createTestApp({ clock: () => new Date("2014-01-15T10:00:00Z") });

const w = await makePlanWithResults(db);
const { cookie } = await makeSignedInUser(db, "viewer");
const get = (url: string) => app.inject({ url, headers: { cookie } });

/** The header row of the progress table for a reader of Bosnian (the default language). */
const bosnianHeader = [
  "Šifra",
  "Indikator",
  "Šifra čvora okvira",
  "Jedinica",
  "Cilj",
  "Osnova cilja",
  "Ostvareno",
  "Žene",
  "Muškarci",
  "Status",
];

const bosnianStatus = {
  on_track: "U skladu s planom",
  at_risk: "U riziku",
  off_track: "Zaostaje",
  no_data: "Nema podataka",
};

/** The only sheet of an .xlsx file, read back with exceljs. */
async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0] as ExcelJS.Worksheet;
}

describe("plan progress", () => {
  it("computes actuals, statuses and roll-ups of the period under way", async () => {
    const response = await get(`/api/plans/${w.plan.id}/progress`);
    expect(response.statusCode).toBe(200);
    const body = response.json<PlanProgress>();
    expect(body.period?.name).toBe("2013/2014");
    expect(body.periods.map((p) => p.name)).toEqual(["2012/2013", "2013/2014", "2014/2015"]);
    expect(body.indicators.map((i) => i.code)).toEqual(["A-1", "C-1", "D-1", "F-1", "N-1", "P-1"]);
    const row = (code: string) => body.indicators.find((i) => i.code === code);
    expect(row("N-1")).toMatchObject({
      actual: 90,
      expected: 100,
      status: "on_track",
      bySex: { female: 35, male: 55 },
      aggregation: "sum",
      source: "reported",
    });
    expect(row("P-1")).toMatchObject({
      actual: 25,
      expected: 40,
      status: "off_track",
      bySex: null,
      aggregation: "mean",
    });
    expect(row("A-1")).toMatchObject({
      actual: 3,
      expected: 4,
      status: "at_risk",
      bySex: { female: 2, male: 1 },
      source: "activity",
    });
    expect(row("F-1")).toMatchObject({ actual: 9, expected: 9, status: "on_track", source: "formula" });
    expect(row("D-1")).toMatchObject({ actual: 1000, expected: null, status: "no_data" });
    expect(row("C-1")).toMatchObject({ actual: 25, expected: 30, status: "at_risk" });

    const node = (code: string) => body.nodes.find((n) => n.code === code);
    expect(body.nodes.map((n) => n.code)).toEqual(["1", "1.1", "2"]);
    expect(node("1.1")).toMatchObject({
      depth: 1,
      status: "off_track",
      counts: { on_track: 1, off_track: 1 },
    });
    expect(node("1")).toMatchObject({
      status: "off_track",
      counts: { on_track: 1, at_risk: 1, off_track: 1, no_data: 0 },
    });
    expect(node("2")).toMatchObject({ status: "at_risk", counts: { on_track: 1, at_risk: 1, no_data: 1 } });
    expect(body.rollUp).toEqual({
      status: "at_risk",
      counts: { on_track: 2, at_risk: 2, off_track: 1, no_data: 1 },
    });
  });

  it("shows the period asked for, and refuses a period of another plan", async () => {
    const earlier = await get(`/api/plans/${w.plan.id}/progress?periodId=${w.periods[0]?.id}`);
    const body = earlier.json<PlanProgress>();
    expect(body.period?.name).toBe("2012/2013");
    expect(body.indicators.find((i) => i.code === "A-1")).toMatchObject({
      actual: 1,
      bySex: { female: 1, male: 0 },
    });
    expect(body.indicators.find((i) => i.code === "N-1")).toMatchObject({ actual: null, status: "no_data" });
    const strange = await makePeriod(db, { planId: (await makePlan(db)).id });
    expect((await get(`/api/plans/${w.plan.id}/progress?periodId=${strange.id}`)).statusCode).toBe(404);
  });

  it("gives no activity count for a period that has not started", async () => {
    const body = (await get(`/api/indicators/${w.trained.id}/series`)).json<IndicatorSeries>();
    expect(body.points.map((p) => [p.actual, p.bySex])).toEqual([
      [1, { female: 1, male: 0 }],
      [3, { female: 2, male: 1 }],
      [null, { female: null, male: null }],
    ]);
  });

  it("gives the series of a cumulative indicator over every period", async () => {
    const response = await get(`/api/indicators/${w.cumulative.id}/series`);
    expect(response.statusCode).toBe(200);
    const body = response.json<IndicatorSeries>();
    expect(body.indicator).toMatchObject({ code: "C-1", unit: "number", direction: "up" });
    expect(
      body.points.map(({ periodName, target, actual, status }) => ({ periodName, target, actual, status })),
    ).toEqual([
      { periodName: "2012/2013", target: 10, actual: 10, status: "on_track" },
      { periodName: "2013/2014", target: 30, actual: 25, status: "at_risk" },
      { periodName: "2014/2015", target: null, actual: 25, status: "no_data" },
    ]);
  });

  it("exports the progress table as CSV with Cyrillic kept and formulas neutralised", async () => {
    const response = await get(`/api/plans/${w.plan.id}/progress.csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe(attachmentHeader("Napredak 2013-2014.csv"));
    expect(response.body.startsWith("\uFEFF")).toBe(true);
    const rows: string[][] = parse(response.body.slice(1));
    expect(rows[0]).toEqual(bosnianHeader);
    expect(rows).toContainEqual([
      "N-1",
      "Жене и мушкарци обучени",
      "1.1",
      "number",
      "100",
      "target",
      "90",
      "35",
      "55",
      "U skladu s planom",
    ]);
    expect(rows.find((r) => r[0] === "D-1")?.[1]).toBe("'=cmd|' /C calc'!A0");
  });

  it("exports the progress table as XLSX with the rows of the JSON progress, numbers as numbers", async () => {
    for (const query of ["", `?periodId=${w.periods[0]?.id}`]) {
      const response = await get(`/api/plans/${w.plan.id}/progress.xlsx${query}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe(xlsxContentType);
      const progress = (await get(`/api/plans/${w.plan.id}/progress${query}`)).json<PlanProgress>();
      const fileName = `Napredak ${progress.period?.name.replace("/", "-")}.xlsx`;
      expect(response.headers["content-disposition"]).toBe(attachmentHeader(fileName));

      const sheet = await readSheet(response.rawPayload);
      expect(sheet.name).toBe("Napredak");
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      const rows = (sheet.getSheetValues() as unknown[][])
        .slice(1)
        .map((row) => Array.from({ length: 10 }, (_, c) => row[c + 1] ?? null));
      const codeOfNode = new Map(progress.nodes.map((n) => [n.nodeId, n.code]));
      expect(rows).toEqual([
        bosnianHeader,
        ...progress.indicators.map((i) => [
          i.code,
          neutraliseCell(i.name),
          codeOfNode.get(i.nodeId),
          i.unit,
          i.expected,
          i.expectedBasis,
          i.actual,
          i.bySex?.female ?? null,
          i.bySex?.male ?? null,
          bosnianStatus[i.status],
        ]),
      ]);
      sheet.eachRow((row, r) => {
        if (r === 1) return;
        for (const c of [5, 7, 8, 9])
          expect([ExcelJS.ValueType.Number, ExcelJS.ValueType.Null]).toContain(row.getCell(c).type);
      });
    }
    const sheet = await readSheet((await get(`/api/plans/${w.plan.id}/progress.xlsx`)).rawPayload);
    expect(sheet.getRow(sheet.getColumn(1).values.indexOf("N-1")).values).toEqual([
      undefined,
      "N-1",
      "Жене и мушкарци обучени",
      "1.1",
      "number",
      100,
      "target",
      90,
      35,
      55,
      "U skladu s planom",
    ]);
  });

  it("writes headers and statuses in the reader's language: English, and Serbian in Cyrillic", async () => {
    const reader = async (locale: string) => {
      const signedIn = await makeSignedInUser(db, "viewer");
      await db.update(users).set({ locale }).where(eq(users.id, signedIn.user.id));
      return (url: string) => app.inject({ url, headers: { cookie: signedIn.cookie } });
    };
    const english = await reader("en");
    const csv: string[][] = parse((await english(`/api/plans/${w.plan.id}/progress.csv`)).body.slice(1));
    expect(csv[0]).toEqual([
      "Code",
      "Indicator",
      "Framework node code",
      "Unit",
      "Target",
      "Target basis",
      "Actual",
      "Women",
      "Men",
      "Status",
    ]);
    expect(csv.find((r) => r[0] === "N-1")?.[9]).toBe("On track");

    const cyrillic = await reader("sr-Cyrl-BA");
    const response = await cyrillic(`/api/plans/${w.plan.id}/progress.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toBe(attachmentHeader("Напредак 2013-2014.xlsx"));
    const sheet = await readSheet(response.rawPayload);
    expect(sheet.name).toBe("Напредак");
    expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(["Шифра", "Индикатор"]);
    const row = sheet.getRow(sheet.getColumn(1).values.indexOf("N-1"));
    expect(row.getCell(2).value).toBe("Жене и мушкарци обучени");
    expect(row.getCell(10).value).toBe("У складу са планом");
  });
});
