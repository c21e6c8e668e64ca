import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook, WorkbookError } from "./workbook.js";

/** A workbook built the way a local office would, written to .xlsx bytes. */
async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readWorkbook", () => {
  it("reads text, numbers, dates and truth values of the first sheet", async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet("Prisustvo");
      sheet.addRow(["Ime i prezime", "Datum", "Bodovi", "Prisutan"]);
      sheet.addRow(["Dženana Hadžić", new Date(Date.UTC(2012, 4, 15)), 12.5, true]);
      workbook.addWorksheet("Drugi");
    });
    const read = await readWorkbook(bytes);
    expect(read.sheetName).toBe("Prisustvo");
    expect(read.sheetNames).toEqual(["Prisustvo", "Drugi"]);
    expect(read.rows).toEqual([
      ["Ime i prezime", "Datum", "Bodovi", "Prisutan"],
      ["Dženana Hadžić", new Date(Date.UTC(2012, 4, 15)), 12.5, true],
    ]);
  });

  it("reads a named sheet, also when the name is given without diacritics", async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet("Naslovna").addRow(["x"]);
      workbook.addWorksheet("Učesnici").addRow(["Ana"]);
    });
    expect((await readWorkbook(bytes, { sheet: "Ucesnici" })).rows).toEqual([["Ana"]]);
    await expect(readWorkbook(bytes, { sheet: "Nema" })).rejects.toBeInstanceOf(WorkbookError);
  });

  it("gives a merged range the value of its top-left cell", async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet("List");
      sheet.getCell("A1").value = "Lista prisutnih";
      sheet.mergeCells("A1:C1");
      sheet.addRow([]);
      sheet.getRow(2).values = ["Ime", "Pol", "Opština"];
    });
    const { rows } = await readWorkbook(bytes);
    expect(rows[0]).toEqual(["Lista prisutnih", "Lista prisutnih", "Lista prisutnih"]);
    expect(rows[1]).toEqual(["Ime", "Pol", "Opština"]);
  });

  it("takes the saved result of a formula and never evaluates text that starts with =", async () => {
    const bytes = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet("Bodovi");
      sheet.getCell("A1").value = 10;
      sheet.getCell("B1").value = { formula: "A1*2", result: 20 };
      sheet.getCell("C1").value = { formula: "A1*3" } as ExcelJS.CellFormulaValue;
      sheet.getCell("D1").value = "=SUM(A1:B1)";
      sheet.getCell("E1").value = { richText: [{ text: "Ža" }, { font: { bold: true }, text: "na" }] };
    });
    const { rows } = await readWorkbook(bytes);
    expect(rows[0]).toEqual([10, 20, null, "=SUM(A1:B1)", "Žana"]);
  });

  it("skips a hidden first sheet", async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet("Šifre", { state: "hidden" }).addRow(["skriveno"]);
      workbook.addWorksheet("Podaci").addRow(["vidljivo"]);
    });
    expect((await readWorkbook(bytes)).rows).toEqual([["vidljivo"]]);
  });

  it("skips empty sheets before the list, and says which sheet it read", async () => {
    const bytes = await xlsx((workbook) => {
      workbook.addWorksheet("Sheet1");
      workbook.addWorksheet("Naslov").getCell("A1").value = "Spisak učesnika";
      const list = workbook.addWorksheet("Učesnici");
      list.addRow(["Ime i prezime", "Spol"]);
      list.addRow(["Amra Hodžić", "Ž"]);
    });
    const read = await readWorkbook(bytes);
    expect(read.sheetName).toBe("Učesnici");
    expect(read.sheetNames).toEqual(["Sheet1", "Naslov", "Učesnici"]);
    expect(read.rows).toEqual([
      ["Ime i prezime", "Spol"],
      ["Amra Hodžić", "Ž"],
    ]);
    // No sheet holds a list: the first one, empty.
    const empty = await readWorkbook(
      await xlsx((workbook) => {
        workbook.addWorksheet("Prazan");
        workbook.addWorksheet("Drugi").getCell("B2").value = "samo naslov";
      }),
    );
    expect(empty.sheetName).toBe("Prazan");
  });

  it("refuses bytes that are not a workbook", async () => {
    await expect(readWorkbook(new TextEncoder().encode("Ime;Pol\n"))).rejects.toMatchObject({
      code: "unreadable",
    });
  });
});
