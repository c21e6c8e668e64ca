import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { encodeSingleByte } from "./fixtures.js";
import {
  type KnownPerson,
  mapRow,
  matchPerson,
  readDate,
  readNumber,
  readSex,
  readSpreadsheet,
  readTable,
  readText,
  splitFullName,
  suggestMapping,
} from "./index.js";

const known: KnownPerson[] = [
  { id: "p1", givenName: "Dženana", familyName: "Hadžić", organisationKey: "Medica Zenica" },
  { id: "p2", givenName: "Jelena", familyName: "Petrović", organisationKey: "Opština Bijeljina" },
];

describe("the reading pipeline", () => {
  it("reads a Cyrillic attendance list saved by a local Excel as Windows-1251", async () => {
    const csv = [
      "Списак присутних;;;;;",
      "Датум: 15.05.2012.;;;;;",
      ";;;;;",
      "Р.бр.;Име и презиме;Пол;Институција;Улазни тест;Потпис",
      "1;Јелена Петровић;Ж;Општина Бијељина;12,5;",
      '2;Dzenana Hadzic;Ж;"Medica; Zenica";"1.234,5";',
      "3;'=HYPERLINK(1);М;;;",
      ";;;;;",
      "Потпис предавача:;;;;;",
    ].join("\r\n");
    const read = await readSpreadsheet(encodeSingleByte(csv, "windows-1251"));
    expect(read).toMatchObject({ format: "csv", encoding: "windows-1251", delimiter: ";" });

    const table = readTable(read.rows);
    expect(table.headerRowIndex).toBe(3);
    const mapping = suggestMapping(table.headers, "attendance");
    expect(mapping.map((column) => column.field)).toEqual([
      null,
      "fullName",
      "sex",
      "organisation",
      "preScore",
      null,
    ]);

    const records = table.dataRows.map((row) => ({
      rowNumber: row.rowNumber,
      ...mapRow(row.cells, mapping),
    }));
    expect(records.map((record) => record.rowNumber)).toEqual([5, 6, 7]);

    const [jelena, dzenana, formula] = records;
    expect(readSex(jelena?.sex)).toEqual({ value: "female" });
    expect(readNumber(jelena?.preScore)).toEqual({ value: 12.5 });
    expect(readNumber(dzenana?.preScore)).toEqual({ value: 1234.5 });
    expect(readText(formula?.fullName)).toEqual({ value: "=HYPERLINK(1)" });
    expect(readSex(formula?.sex)).toEqual({ value: "male" });

    const jelenaName = splitFullName(readText(jelena?.fullName).value);
    expect(matchPerson(jelenaName, known, readText(jelena?.organisation).value)).toEqual({
      kind: "exact",
      id: "p2",
    });
    const dzenanaName = splitFullName(readText(dzenana?.fullName).value);
    // Written without diacritics and with a semicolon in the organisation: still the same person.
    expect(matchPerson(dzenanaName, known, readText(dzenana?.organisation).value)).toEqual({
      kind: "exact",
      id: "p1",
    });
    expect(matchPerson(dzenanaName, known)).toEqual({ kind: "likely", ids: ["p1"] });
  });

  it("reads a workbook with a merged title, dates and a saved formula", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Obuka");
    sheet.getCell("A1").value = "Lista prisutnih – Mostar";
    sheet.mergeCells("A1:D1");
    sheet.getRow(3).values = ["Ime", "Prezime", "Datum rođenja", "Izlazni test"];
    sheet.getRow(4).values = [
      "Ana",
      "Kovač",
      new Date(Date.UTC(1980, 2, 1)),
      { formula: "10+5", result: 15 },
    ];
    sheet.getRow(5).values = ["Ukupno", "", "", { formula: "SUM(D4)", result: 15 }];
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const read = await readSpreadsheet(bytes);
    expect(read.format).toBe("xlsx");
    const table = readTable(read.rows);
    expect(table.headers).toEqual(["Ime", "Prezime", "Datum rođenja", "Izlazni test"]);
    expect(table.skipped).toEqual([
      { rowNumber: 1, reason: "above-header" },
      { rowNumber: 2, reason: "above-header" },
      { rowNumber: 5, reason: "total" },
    ]);
    const mapping = suggestMapping(table.headers, "attendance");
    expect(mapping.map((column) => column.field)).toEqual(["givenName", "familyName", null, "postScore"]);
    const [row] = table.dataRows;
    expect(row?.rowNumber).toBe(4);
    expect(readDate(row?.cells[2])).toEqual({ value: "1980-03-01" });
    expect(readNumber(row?.cells[3])).toEqual({ value: 15 });
  });
});
