/**
 * An uploaded file → the table an import works on: the sheet or text read within the limits, the
 * header row found, and every data cell as plain JSON (text, a number, a truth value or nothing; a
 * date as its YYYY-MM-DD text), so that the table can cross a thread and be stored as it is.
 */

import type { TextEncodingName } from "./decode.js";
import type { Delimiter } from "./delimited.js";
import type { ReadLimits } from "./limits.js";
import { readSpreadsheet } from "./spreadsheet.js";
import { cellText, readTable, type TableCell } from "./table.js";

/** A cell as kept: what a sheet or a CSV file can hold, dates written out. */
export type PlainCell = string | number | boolean | null;

export interface PlainRow {
  rowNumber: number;
  cells: PlainCell[];
}

export interface FileTable {
  format: "xlsx" | "csv";
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  sheetName: string | null;
  sheetNames: string[];
  /** 1-based row of the headers; 0 when the file is blank. */
  headerRow: number;
  headers: string[];
  /** For each header, its 0-based column in the file. */
  columns: number[];
  dataRows: PlainRow[];
}

export const plainCell = (cell: TableCell): PlainCell =>
  cell instanceof Date ? cellText(cell) || null : cell === undefined ? null : cell;

/** Reads a file into its table; past a limit it throws a `ReadLimitError`. */
export async function readFileTable(
  bytes: Uint8Array,
  options: { sheet?: string | null; limits?: ReadLimits },
): Promise<FileTable> {
  const read = await readSpreadsheet(bytes, {
    ...(options.sheet ? { sheet: options.sheet } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const table = readTable(read.rows);
  return {
    format: read.format,
    encoding: read.format === "csv" ? read.encoding : null,
    delimiter: read.format === "csv" ? read.delimiter : null,
    sheetName: read.format === "xlsx" ? read.sheetName : null,
    sheetNames: read.format === "xlsx" ? read.sheetNames : [],
    headerRow: table.headerRowIndex + 1,
    headers: table.headers,
    columns: table.columns,
    dataRows: table.dataRows.map((row) => ({ rowNumber: row.rowNumber, cells: row.cells.map(plainCell) })),
  };
}
