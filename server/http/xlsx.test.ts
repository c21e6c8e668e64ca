import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeSheetName, toXlsx, writeXlsx, xlsxContentType } from "./xlsx.js";

const dangerous = ["=", "+", "-", "@", "\t", "\r"];

/** The only sheet of an .xlsx file, read back with exceljs. */
async function readBack(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no worksheet");
  return sheet;
}

/** Every cell of rows 2 onwards, column by column, as exceljs reads it. */
function dataCells(sheet: ExcelJS.Worksheet, columns: number): ExcelJS.Cell[][] {
  const rows: ExcelJS.Cell[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: columns }, (_, c) => row.getCell(c + 1)));
  }
  return rows;
}

/** The text a spreadsheet shows for a text cell written from `original`. */
function expectGuardedText(cell: ExcelJS.Cell, original: string) {
  expect(cell.type).toBe(ExcelJS.ValueType.String);
  expect(cell.formula).toBeUndefined();
  const value = cell.value as string;
  if (dangerous.some((d) => original.startsWith(d))) {
    expect(value).toBe(`'${original}`);
  } else {
    expect(value).toBe(original);
  }
}

const columns = [
  { header: "code", key: "code", type: "text" },
  { header: "name", key: "name", type: "text", width: 40 },
  { header: "people", key: "people", type: "integer" },
  { header: "value", key: "value", type: "number", numFmt: "0.00" },
  { header: "share", key: "share", type: "percent" },
  { header: "due", key: "due", type: "date" },
] as const;

describe("XLSX writing", () => {
  it("freezes a bold header row with an autofilter, and stores numbers and dates as such", async () => {
    const sheet = await readBack(
      await toXlsx({
        name: "Napredak 2013/2014",
        columns,
        rows: [
          {
            code: "I-1",
            name: "Žene u policiji — Жене у полицији, š đ č ć ž",
            people: 35,
            value: -3.5,
            share: 25,
            due: "2014-01-15",
          },
          { code: "I-2", name: null, people: null, value: 0, share: null, due: new Date("2015-07-31") },
        ],
      }),
    );
    expect(sheet.name).toBe("Napredak 2013-2014");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:F3");
    const header = sheet.getRow(1);
    expect(header.values).toEqual([undefined, "code", "name", "people", "value", "share", "due"]);
    for (let c = 1; c <= columns.length; c++) expect(header.getCell(c).font?.bold).toBe(true);

    const [first, second] = dataCells(sheet, columns.length);
    expect(first?.map((cell) => cell.value)).toEqual([
      "I-1",
      "Žene u policiji — Жене у полицији, š đ č ć ž",
      35,
      -3.5,
      0.25,
      new Date("2014-01-15T00:00:00Z"),
    ]);
    expect(first?.map((cell) => cell.type)).toEqual([
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.Number,
      ExcelJS.ValueType.Date,
    ]);
    expect(first?.map((cell) => cell.numFmt)).toEqual([
      undefined,
      undefined,
      "0",
      "0.00",
      "0.0%",
      "yyyy-mm-dd",
    ]);
    expect(second?.map((cell) => cell.value)).toEqual([
      "I-2",
      null,
      null,
      0,
      null,
      new Date("2015-07-31T00:00:00Z"),
    ]);
    expect(sheet.getColumn(2).width).toBe(40);
  });

  it("keeps text that starts like a formula as text, behind an apostrophe", async () => {
    const names = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\ry", '=HYPERLINK("http://x")'];
    const sheet = await readBack(
      await toXlsx({ name: "s", columns, rows: names.map((name) => ({ code: name, name })) }),
    );
    const rows = dataCells(sheet, 2);
    expect(rows).toHaveLength(names.length);
    rows.forEach((row, r) => {
      for (const cell of row) {
        expectGuardedText(cell, names[r] as string);
        expect((cell.value as string).startsWith("'")).toBe(true);
      }
    });
  });

  it("never writes a formula, and reads back any text exactly apart from the apostrophe guard", async () => {
    const text = fc.oneof(
      fc.string({
        unit: fc.constantFrom(
          ..."=+-@'\"\t\r\n ,;_x0041_AaŽžŠšĐđČčĆćЖжЉљЂђ".split(""),
          "\r\n",
          "_x000D_",
          "\u0001",
          "\u007F",
        ),
      }),
      fc.string({ unit: "grapheme" }),
    );
    const columnsOfText = [
      { header: "a", key: "a", type: "text" },
      { header: "b", key: "b", type: "text" },
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), async (pairs) => {
        const bytes = await toXlsx({
          name: "property",
          columns: columnsOfText,
          rows: pairs.map(([a, b]) => ({ a, b })),
        });
        const sheet = await readBack(bytes);
        sheet.eachRow({ includeEmpty: true }, (row) => {
          row.eachCell({ includeEmpty: true }, (cell) => {
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
            expect(cell.formula).toBeUndefined();
          });
        });
        const rows = dataCells(sheet, 2);
        expect(rows).toHaveLength(pairs.length);
        rows.forEach((row, r) => {
          row.forEach((cell, c) => {
            const original = pairs[r]?.[c] as string;
            if (original === "") expect(cell.value ?? "").toBe("");
            else expectGuardedText(cell, original);
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  it("streams many batches through a slow reader, holding little, and reads them all back", async () => {
    const streamed = [
      { header: "n", key: "n", type: "integer" },
      { header: "name", key: "name", type: "text" },
      { header: "ratio", key: "ratio", type: "number" },
      { header: "at", key: "at", type: "date" },
    ] as const;
    const row = (i: number) => ({
      n: i,
      name: i % 3 ? `Особа ${i} š đ č ć ž` : "isto",
      ratio: i % 10 === 0 ? Number.NaN : i / 7,
      at: new Date(Date.UTC(2014, 0, 1) + i * 60_000),
    });
    const total = 12_000;
    async function* batches() {
      for (let start = 0; start < total; start += 1_000) {
        yield Array.from({ length: 1_000 }, (_, k) => row(start + k));
      }
    }
    const output = new PassThrough({ highWaterMark: 16 * 1024 });
    const chunks: Buffer[] = [];
    let mostBuffered = 0;
    const read = (async () => {
      for await (const chunk of output) {
        mostBuffered = Math.max(mostBuffered, output.readableLength + output.writableLength);
        chunks.push(chunk as Buffer);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await writeXlsx({ name: "stream", columns: streamed, rowCount: total }, batches(), output);
    await read;
    // Never more than about one compressed chunk waits in the stream.
    expect(mostBuffered).toBeLessThan(512 * 1024);
    const sheet = await readBack(Buffer.concat(chunks));
    expect(sheet.autoFilter).toBe(`A1:D${total + 1}`);
    const rows = dataCells(sheet, streamed.length);
    expect(rows).toHaveLength(total);
    for (const i of [0, 1, 2, 10, 4_999, 11_999]) {
      const expected = row(i);
      expect(rows[i]?.map((cell) => cell.value)).toEqual([
        expected.n,
        expected.name,
        Number.isNaN(expected.ratio) ? null : expected.ratio,
        expected.at,
      ]);
    }
  });

  it("stops writing and reading batches when the reader goes away", async () => {
    let pulled = 0;
    async function* batches() {
      for (let b = 0; b < 50; b++) {
        pulled++;
        yield Array.from({ length: 2_000 }, (_, k) => ({
          code: `I-${b}-${k}`,
          name: `ime ${b * 2_000 + k}`,
        }));
      }
    }
    const output = new PassThrough();
    output.on("error", () => {});
    let received = 0;
    output.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > 50_000) output.destroy();
    });
    await writeXlsx({ name: "gone", columns, rowCount: 100_000 }, batches(), output);
    expect(output.destroyed).toBe(true);
    expect(pulled).toBeLessThan(5);
  });

  it("makes sheet names Excel accepts", () => {
    expect(safeSheetName("Progress 2012/2013: [all]?*")).toBe("Progress 2012-2013- -all---");
    expect(safeSheetName("'quoted'")).toBe("quoted");
    expect(safeSheetName("   ")).toBe("Sheet1");
    expect(safeSheetName("x".repeat(40))).toHaveLength(31);
    expect(xlsxContentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
});
