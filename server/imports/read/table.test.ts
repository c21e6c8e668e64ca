import { describe, expect, it } from "vitest";
import { findHeaderRow, headerScore, readTable, type TableCell } from "./table.js";

describe("findHeaderRow", () => {
  it("finds the header under a title, a date and blank rows", () => {
    const rows: TableCell[][] = [
      ["Lista prisutnih – obuka o Rezoluciji 1325"],
      ["Datum: 15.05.2012.", "", ""],
      [],
      ["R.br.", "Ime i prezime", "Spol", "Općina", "Potpis"],
      ["1", "Dženana Hadžić", "Ž", "Zenica", ""],
    ];
    expect(findHeaderRow(rows)).toBe(3);
  });

  it("does not take a title merged across the columns for a header", () => {
    const title = "Списак учесника";
    const rows: TableCell[][] = [
      [title, title, title],
      ["Име и презиме", "Пол", "Општина"],
      ["Јелена Петровић", "Ж", "Бијељина"],
    ];
    expect(headerScore(rows[0] ?? [])).toBe(0);
    expect(findHeaderRow(rows)).toBe(1);
  });

  it("prefers known headers to a row of names", () => {
    const rows: TableCell[][] = [
      ["Ana Kovač", "Mostar", "Udruženje žena"],
      ["Full name", "Municipality", "Organisation"],
    ];
    expect(findHeaderRow(rows)).toBe(1);
  });

  it("falls back to the first non-blank row, and to -1 when all are blank", () => {
    expect(findHeaderRow([[], ["x"], ["y"]])).toBe(1);
    expect(findHeaderRow([[], [null, ""]])).toBe(-1);
  });
});

describe("readTable", () => {
  it("keeps the data rows with their row numbers and says why the others were skipped", () => {
    const rows: TableCell[][] = [
      ["Lista prisutnih"],
      [],
      ["R.br.", "Ime i prezime", "", "Spol", "Potpis"],
      [1, "Dženana Hadžić", "bilješka", "Ž", ""],
      [],
      [2, "Ivo Ban", null, "M", "I. B."],
      ["R.br.", "Ime i prezime", "", "Spol", "Potpis"],
      [3, "Jelena Petrović", null, "Ž"],
      [4],
      ["Ukupno", 3],
      ["Napomena: dvoje nije došlo"],
      [],
      ["Potpis voditelja: __________"],
      ["Sarajevo, 15.05.2012."],
    ];
    const table = readTable(rows);
    expect(table.headerRowIndex).toBe(2);
    expect(table.headers).toEqual(["R.br.", "Ime i prezime", "Spol", "Potpis"]);
    expect(table.columns).toEqual([0, 1, 3, 4]);
    expect(table.dataRows).toEqual([
      { rowNumber: 4, cells: [1, "Dženana Hadžić", "Ž", ""] },
      { rowNumber: 6, cells: [2, "Ivo Ban", "M", "I. B."] },
      { rowNumber: 8, cells: [3, "Jelena Petrović", "Ž", null] },
    ]);
    expect(table.skipped).toEqual([
      { rowNumber: 1, reason: "above-header" },
      { rowNumber: 2, reason: "above-header" },
      { rowNumber: 5, reason: "empty" },
      { rowNumber: 7, reason: "repeated-header" },
      { rowNumber: 9, reason: "note" },
      { rowNumber: 10, reason: "total" },
      { rowNumber: 11, reason: "note" },
      { rowNumber: 12, reason: "empty" },
      { rowNumber: 13, reason: "signature" },
      { rowNumber: 14, reason: "signature" },
    ]);
  });

  it("reads headers written as dates or numbers as text", () => {
    const table = readTable([
      ["Indikator", new Date(Date.UTC(2012, 4, 15)), 2013],
      ["1.1", 4, 5],
    ]);
    expect(table.headers).toEqual(["Indikator", "2012-05-15", "2013"]);
  });

  it("gives an empty table for blank input", () => {
    expect(readTable([[], [""]])).toEqual({
      headerRowIndex: -1,
      headers: [],
      columns: [],
      dataRows: [],
      skipped: [
        { rowNumber: 1, reason: "empty" },
        { rowNumber: 2, reason: "empty" },
      ],
    });
  });
});
