import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCell, neutraliseCell, safeFileName, toCsv, utf8Bom } from "./csv.js";

const dangerous = ["=", "+", "-", "@", "\t", "\r"];
const parseBack = (csv: string): string[][] => parse(csv.slice(utf8Bom.length), { relax_column_count: true });

describe("CSV writing", () => {
  it("starts with the byte order mark and keeps Latin diacritics and Cyrillic", () => {
    const csv = toCsv([
      ["code", "name"],
      ["I-1", "Žene u policiji — Жене у полицији"],
    ]);
    expect(csv.startsWith(utf8Bom)).toBe(true);
    expect(parseBack(csv)).toEqual([
      ["code", "name"],
      ["I-1", "Žene u policiji — Жене у полицији"],
    ]);
  });

  it("neutralises cells that a spreadsheet would read as formulas", () => {
    expect(neutraliseCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseCell("\tx")).toBe("'\tx");
    expect(neutraliseCell("Safe")).toBe("Safe");
    expect(formatCell(-3.5)).toBe("-3.5");
    expect(formatCell(null)).toBe("");
    expect(formatCell('a "b", c')).toBe('"a ""b"", c"');
  });

  it("never writes a cell that starts with a dangerous character, and reads back the original text", () => {
    const text = fc.string({
      unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", ",", '"', "a", "ž", "Ж", " ", "'"),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (rows) => {
          const parsed = parseBack(toCsv(rows));
          expect(parsed).toHaveLength(rows.length);
          parsed.forEach((row, r) => {
            row.forEach((cell, c) => {
              expect(dangerous.some((d) => cell.startsWith(d))).toBe(false);
              const original = rows[r]?.[c] as string;
              const guarded = dangerous.some((d) => original.startsWith(d));
              expect(guarded ? cell.slice(1) : cell).toBe(original);
              if (guarded) expect(cell.startsWith("'")).toBe(true);
            });
          });
        },
      ),
    );
  });

  it("makes safe file names", () => {
    expect(safeFileName("progress Akcioni plan 2012/2013 đ č", "csv")).toBe(
      "progress-Akcioni-plan-2012-2013-dj-c.csv",
    );
    expect(safeFileName('"\r\n', "csv")).toBe("export.csv");
  });
});
