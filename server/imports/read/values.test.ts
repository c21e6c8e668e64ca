import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseCell } from "../../http/csv.js";
import {
  formatLocalDate,
  fromExcelSerial,
  readDate,
  readNumber,
  readSex,
  readText,
  readYesNo,
} from "./values.js";

describe("readText", () => {
  it("trims and collapses white space", () => {
    expect(readText("  Dženana \u00a0 Hadžić\r\n ")).toEqual({ value: "Dženana Hadžić" });
    expect(readText(null)).toEqual({ value: "" });
    expect(readText(12.5)).toEqual({ value: "12.5" });
    expect(readText(new Date(Date.UTC(2012, 4, 15)))).toEqual({ value: "2012-05-15" });
  });

  it("takes off the apostrophe that guards a formula-like cell", () => {
    expect(readText("'=SUM(A1:A3)")).toEqual({ value: "=SUM(A1:A3)" });
    expect(readText("'-5")).toEqual({ value: "-5" });
    expect(readText("'Ajla")).toEqual({ value: "'Ajla" });
    expect(readText("=SUM(A1)")).toEqual({ value: "=SUM(A1)" });
  });

  it("reads an exported cell back as the original", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(readText(neutraliseCell(text))).toEqual(readText(text));
      }),
    );
  });
});

describe("readSex", () => {
  it("reads the ways local lists write women and men", () => {
    for (const female of [
      "Ž",
      "ž",
      "Z",
      "Ž.",
      "Ж",
      "ж",
      "F",
      "f",
      "W",
      "žensko",
      "Ženski",
      "žena",
      "женски",
      "female",
      "Woman",
    ]) {
      expect(readSex(female), female).toEqual({ value: "female" });
    }
    for (const male of ["M", "m", "М", "м", "M.", "muško", "Muški", "мушки", "muskarac", "male", "Man"]) {
      expect(readSex(male), male).toEqual({ value: "male" });
    }
  });

  it("reports empty and unknown values", () => {
    expect(readSex("  ")).toEqual({ error: "empty" });
    expect(readSex("X")).toEqual({ error: "invalid-sex" });
  });
});

describe("readDate", () => {
  it("reads the written forms of a date", () => {
    for (const text of [
      "15.05.2012.",
      "15.05.2012",
      "15.5.2012",
      "15. 5. 2012.",
      "15/05/2012",
      "15-05-2012",
      "2012-05-15",
      "2012-05-15T10:30:00Z",
    ]) {
      expect(readDate(text), text).toEqual({ value: "2012-05-15" });
    }
  });

  it("reads Date objects in UTC and Excel serial numbers", () => {
    expect(readDate(new Date(Date.UTC(2012, 4, 15)))).toEqual({ value: "2012-05-15" });
    expect(readDate(41044)).toEqual({ value: "2012-05-15" });
    expect(readDate(41044.75)).toEqual({ value: "2012-05-15" });
    expect(fromExcelSerial(1)).toEqual({ value: "1900-01-01" });
    expect(fromExcelSerial(59)).toEqual({ value: "1900-02-28" });
    expect(fromExcelSerial(60)).toEqual({ error: "impossible-date" });
    expect(fromExcelSerial(61)).toEqual({ value: "1900-03-01" });
  });

  it("refuses impossible and unreadable dates", () => {
    expect(readDate("31.04.2012.")).toEqual({ error: "impossible-date" });
    expect(readDate("29.02.2013.")).toEqual({ error: "impossible-date" });
    expect(readDate("29.02.2012.")).toEqual({ value: "2012-02-29" });
    expect(readDate("05/15/2012")).toEqual({ error: "impossible-date" });
    expect(readDate("15.05.12")).toEqual({ error: "invalid-date" });
    expect(readDate("15.05/2012")).toEqual({ error: "invalid-date" });
    expect(readDate("juče")).toEqual({ error: "invalid-date" });
    expect(readDate(new Date(Number.NaN))).toEqual({ error: "invalid-date" });
    expect(readDate("")).toEqual({ error: "empty" });
  });

  it("reads back any date written as dd.mm.yyyy.", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1000-01-01T00:00:00Z"),
          max: new Date("9999-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(readDate(formatLocalDate(iso))).toEqual({ value: iso });
        },
      ),
    );
  });
});

describe("readNumber", () => {
  it("reads decimal commas and points and thousands separators", () => {
    const cases: [string, number][] = [
      ["12,5", 12.5],
      ["12.5", 12.5],
      ["1.234,5", 1234.5],
      ["1,234.5", 1234.5],
      ["1.234", 1234],
      ["1,234", 1.234],
      ["0.125", 0.125],
      ["1.234.567", 1234567],
      ["1,234,567", 1234567],
      ["1 234,5", 1234.5],
      ["1\u00a0234\u00a0567", 1234567],
      ["-3,5", -3.5],
      ["−2", -2],
      ["+7", 7],
      ["45%", 45],
      [",5", 0.5],
    ];
    for (const [text, value] of cases) expect(readNumber(text), text).toEqual({ value });
    expect(readNumber(17)).toEqual({ value: 17 });
  });

  it("refuses what is not a number", () => {
    for (const text of ["abc", "1.23.4", "12 5", "1,2,3", "1.2,3,4", "--1", "1e5", "."]) {
      expect(readNumber(text), text).toEqual({ error: "invalid-number" });
    }
    expect(readNumber(" ")).toEqual({ error: "empty" });
    expect(readNumber(Number.NaN)).toEqual({ error: "invalid-number" });
  });

  it("reads back any number written with a decimal comma", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        (scaled, places) => {
          const value = scaled / 10 ** places;
          const written = value.toFixed(places).replace(".", ",");
          expect(readNumber(written)).toEqual({ value: Number(value.toFixed(places)) });
        },
      ),
    );
  });

  it("reads back any number written with thousands points and a decimal comma", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        const value = cents / 100;
        const written = new Intl.NumberFormat("bs-BA", {
          minimumFractionDigits: 2,
          useGrouping: "always",
        }).format(value);
        expect(readNumber(written)).toEqual({ value });
      }),
    );
  });
});

describe("readYesNo", () => {
  it("reads yes and no in every script and as marks", () => {
    for (const yes of ["da", "Da", "DA", "да", "yes", "x", "X", "✓", "✔", "1", 1, true, "prisutna"]) {
      expect(readYesNo(yes), String(yes)).toEqual({ value: true });
    }
    for (const no of ["ne", "Ne", "не", "no", "0", 0, false, "-", "odsutan"]) {
      expect(readYesNo(no), String(no)).toEqual({ value: false });
    }
    expect(readYesNo("")).toEqual({ error: "empty" });
    expect(readYesNo("možda")).toEqual({ error: "invalid-yes-no" });
    expect(readYesNo(2)).toEqual({ error: "invalid-yes-no" });
  });
});
