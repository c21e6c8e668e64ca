/**
 * Rows of cells → a table: the header row found, the data rows kept with their row numbers, and the
 * rest (titles, blank lines, totals, signatures, notes) set aside with a reason.
 */
import { closeness } from "./mapping.js";
import { allKnownHeaders, headerKey } from "./synonyms.js";

/** A cell from a CSV file (text) or a workbook (text, number, truth value, date, nothing). */
export type TableCell = string | number | boolean | Date | null | undefined;

export type SkipReason = "above-header" | "empty" | "repeated-header" | "total" | "signature" | "note";

export interface DataRow {
  /** 1-based: the sheet row, or the record of a CSV file. */
  rowNumber: number;
  /** One cell per header, in the order of {@link Table.headers}. */
  cells: TableCell[];
}

export interface SkippedRow {
  rowNumber: number;
  reason: SkipReason;
}

export interface Table {
  /** 0-based index of the header row in the input, or -1 when every row is blank. */
  headerRowIndex: number;
  /** The non-empty headers, trimmed, left to right. */
  headers: string[];
  /** For each header, its 0-based column in the input. */
  columns: number[];
  dataRows: DataRow[];
  skipped: SkippedRow[];
}

/** How many rows from the top may hold the header. */
const headerSearchDepth = 20;

/** First words of a line under the data that carries signatures or a stamp (M.P.). */
const signatureStarts = ["potpis", "signature", "signed", "m p", "mp", "pecat", "stamp"];

/** First words of a totals line under the data. */
const totalStarts = ["ukupno", "svega", "total", "sum", "suma", "prosjek", "prosek", "average"];

/** A cell as text: dates as YYYY-MM-DD, empty for nothing. */
export function cellText(cell: TableCell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function isBlank(cell: TableCell): boolean {
  return cellText(cell) === "";
}

function nonBlankCount(row: readonly TableCell[]): number {
  return row.filter((cell) => !isBlank(cell)).length;
}

/** A text cell that reads as a word, not as a number or a date. */
function isWordCell(cell: TableCell): boolean {
  return typeof cell === "string" && /\p{L}/u.test(cell);
}

/** 2 when a header key is a known synonym, 1 when it matches one closely, 0 otherwise. */
function headerLikeness(key: string): number {
  if (key === "") return 0;
  if (allKnownHeaders.includes(key)) return 2;
  return allKnownHeaders.some((synonym) => closeness(key, synonym) > 0) ? 1 : 0;
}

/**
 * How much a row looks like a header: three times the sum of its cells' likeness to known headers,
 * plus the number of distinct word cells. A row with fewer than two distinct word cells (a title,
 * also one merged across columns) scores 0.
 */
export function headerScore(row: readonly TableCell[]): number {
  const words = [...new Set(row.filter(isWordCell).map((cell) => cellText(cell)))];
  if (words.length < 2) return 0;
  const likeness = words.reduce((sum, word) => sum + headerLikeness(headerKey(word)), 0);
  return 3 * likeness + words.length;
}

/**
 * The header row among the first rows: the highest {@link headerScore}, the earlier on a tie; when
 * no row scores, the first non-blank row; -1 when all are blank.
 */
export function findHeaderRow(rows: readonly (readonly TableCell[])[]): number {
  let best = -1;
  let bestScore = 0;
  rows.slice(0, headerSearchDepth).forEach((row, index) => {
    const score = headerScore(row);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  if (best >= 0) return best;
  return rows.findIndex((row) => nonBlankCount(row) > 0);
}

/** Whether the first non-blank cell of a row starts with one of the given words. */
function startsWith(row: readonly TableCell[], starts: readonly string[]): boolean {
  const first = row.find((cell) => !isBlank(cell));
  if (first === undefined) return false;
  const key = headerKey(cellText(first));
  return starts.some((start) => key === start || key.startsWith(`${start} `));
}

/**
 * Builds the table. Rows above the header are `above-header`; below it, a blank row is `empty`, a
 * copy of the header (a printed list repeats it on every page) is `repeated-header`, a line that
 * starts with "Potpis", "Signature" or "M.P." is `signature` and so is everything under it but blank
 * rows. At the end of the data, a totals line ("Ukupno", "Total") is `total` and a row with a single
 * non-empty cell is a `note`, walking up until a real data row. Columns without a header are left out.
 */
export function readTable(rows: readonly (readonly TableCell[])[]): Table {
  const headerRowIndex = findHeaderRow(rows);
  const skipped: SkippedRow[] = [];
  if (headerRowIndex < 0) {
    const blank = rows.map((_, index): SkippedRow => ({ rowNumber: index + 1, reason: "empty" }));
    return { headerRowIndex, headers: [], columns: [], dataRows: [], skipped: blank };
  }
  for (let index = 0; index < headerRowIndex; index++)
    skipped.push({ rowNumber: index + 1, reason: "above-header" });

  const headerRow = rows[headerRowIndex] ?? [];
  const columns: number[] = [];
  const headers: string[] = [];
  headerRow.forEach((cell, column) => {
    const text = cellText(cell);
    if (text !== "") {
      columns.push(column);
      headers.push(text);
    }
  });
  const headerKeys = headers.map(headerKey);
  // A copy of the header: the first column compared first, so a data row costs one key.
  const repeatsHeader = (row: readonly TableCell[]) =>
    columns.every((column, index) => headerKey(cellText(row[column])) === headerKeys[index]);

  const kept: { rowNumber: number; row: readonly TableCell[] }[] = [];
  const below: SkippedRow[] = [];
  let signed = false;
  for (let index = headerRowIndex + 1; index < rows.length; index++) {
    const row = rows[index] ?? [];
    const rowNumber = index + 1;
    if (nonBlankCount(row) === 0) below.push({ rowNumber, reason: "empty" });
    else if (signed || startsWith(row, signatureStarts)) {
      signed = true;
      below.push({ rowNumber, reason: "signature" });
    } else if (repeatsHeader(row)) {
      below.push({ rowNumber, reason: "repeated-header" });
    } else kept.push({ rowNumber, row });
  }

  while (kept.length > 0) {
    const last = kept[kept.length - 1];
    if (!last) break;
    const reason: SkipReason | null = startsWith(last.row, totalStarts)
      ? "total"
      : columns.length >= 2 && nonBlankCount(last.row) <= 1
        ? "note"
        : null;
    if (reason === null) break;
    below.push({ rowNumber: last.rowNumber, reason });
    kept.pop();
  }

  skipped.push(...below.sort((a, b) => a.rowNumber - b.rowNumber));
  const dataRows = kept.map(({ rowNumber, row }) => ({
    rowNumber,
    cells: columns.map((column) => row[column] ?? null),
  }));
  return { headerRowIndex, headers, columns, dataRows, skipped };
}
