/**
 * XLSX for spreadsheets: one sheet with a bold, frozen header row and an autofilter over it. Every
 * column has a type, so numbers are stored as numbers and dates as dates; text is guarded against
 * formula injection like the CSV export, and no cell ever holds a formula.
 */
import { PassThrough, type Readable, type Writable } from "node:stream";
import { Zip, ZipDeflate } from "fflate";
import { neutraliseCell, StreamInterrupted } from "./csv.js";
import {
  columnLetters,
  contentTypesXml,
  excelSerial,
  headerStyle,
  packageRelsXml,
  rangeRef,
  sharedStringsEndXml,
  sharedStringsStartXml,
  sharedStringXml,
  sheetEndXml,
  sheetStartXml,
  stylesFor,
  workbookRelsXml,
  workbookXml,
} from "./xlsx-parts.js";

/** The media type of an .xlsx file. */
export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * How a column stores its values. "percent" takes percentage points (25 means 25 %) and stores
 * the fraction, shown with a % sign; "date" takes a Date or an ISO date such as "2014-01-15".
 */
export type XlsxColumnType = "text" | "number" | "integer" | "percent" | "date";

/** The values a column of each type accepts; null and undefined leave the cell empty. */
export interface XlsxValueOf {
  text: string;
  number: number;
  integer: number;
  percent: number;
  date: Date | string;
}

export interface XlsxColumn<Key extends string = string, Type extends XlsxColumnType = XlsxColumnType> {
  header: string;
  key: Key;
  type: Type;
  /** In characters; a width is guessed from the header and the values when left out. */
  width?: number;
  /** An Excel number format, e.g. "0.00" or "dd.mm.yyyy"; each type has a default. */
  numFmt?: string;
}

/** A row of a sheet with the given columns: each key holds a value of its column's type. */
export type XlsxRow<Columns extends readonly XlsxColumn[]> = {
  [Column in Columns[number] as Column["key"]]?: XlsxValueOf[Column["type"]] | null;
};

export interface XlsxSheet<Columns extends readonly XlsxColumn[]> {
  /** Shortened to 31 characters, with the characters Excel forbids in sheet names replaced. */
  name: string;
  columns: Columns;
  rows: readonly XlsxRow<Columns>[];
}

type StoredValue = string | number | Date | null;

const defaultNumFmt: Record<XlsxColumnType, string | undefined> = {
  text: undefined,
  number: undefined,
  integer: "0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
};

/**
 * Characters an XLSX string cannot hold as they are (control characters, which XML drops or
 * forbids, and a carriage return, which XML turns into a line feed) and the underscore of text that
 * looks like an escape: all are written as the `_xHHHH_` escapes of the Office Open XML format.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this escapes
const needsEscape = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/g;
/** The same, without the global flag's state, to skip the common text that needs no escape. */
const needsEscapeAnywhere = new RegExp(needsEscape.source);

/** Text as an XLSX string cell keeps it: escaped for the file format, after the formula guard. */
function escapeText(text: string): string {
  if (!needsEscapeAnywhere.test(text)) return text;
  return text.replace(
    needsEscape,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** An ISO date (or date and time) as a Date; a date alone is midnight UTC, as Excel has no zones. */
function toDate(value: Date | string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError(`Not a date: ${String(value)}`);
  return date;
}

/** A number, or an empty cell for NaN and infinities (which a spreadsheet cannot hold). */
function toNumber(value: unknown): number | null {
  if (typeof value !== "number") throw new TypeError(`Not a number: ${String(value)}`);
  return Number.isFinite(value) ? value : null;
}

/** One value as stored in a column of the given type. */
function storedValue(type: XlsxColumnType, value: unknown): StoredValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case "text":
      return escapeText(neutraliseCell(String(value)));
    case "number":
    case "integer":
      return toNumber(value);
    case "percent": {
      const points = toNumber(value);
      return points === null ? null : points / 100;
    }
    case "date":
      return toDate(value as Date | string);
  }
}

/** A sheet name Excel accepts: no : \ / ? * [ ], no apostrophe at either end, 1–31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this replaces
    .replace(/[:\\/?*[\]\u0000-\u001F]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned || "Sheet1";
}

/** A column width that fits the header and the longest value, within reason. */
function guessWidth(column: XlsxColumn, values: readonly StoredValue[]): number {
  const lengths = values.map((v) => (v instanceof Date ? 10 : v === null ? 0 : String(v).length));
  return Math.min(60, Math.max(8, column.header.length, ...lengths) + 2);
}

/** A sheet to be written row by row: its name, its columns and how many rows will follow. */
export interface XlsxSheetHead<Columns extends readonly XlsxColumn[]> {
  name: string;
  columns: Columns;
  /** The rows that follow the header, for the autofilter's range. */
  rowCount: number;
}

/** Resolves when `output` may take more, or has closed (a reader that went away). */
function drained(output: Writable): Promise<void> {
  if (!output.writableNeedDrain || output.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      output.off("drain", done);
      output.off("close", done);
      resolve();
    };
    output.on("drain", done);
    output.on("close", done);
  });
}

/** The fastest deflate: most of an export's time was compression at the default level. */
const zipLevel = 1;

/** How much XML is gathered (in bytes, in one reused buffer) before it is compressed and passed on. */
const chunkBytes = 256 * 1024;

/**
 * Writes the workbook to `output` with our own streaming Office Open XML writer (zipped by fflate):
 * rows become sheet XML as they come and are compressed and passed on every few hundred KB, so
 * only the current batch of rows is held. Widths left out are guessed from the header and the
 * first batch. Between batches (and between chunks of a large batch) it waits while `output` is
 * full, and stops when it was closed. Strings go to the shared-strings table (the only string
 * cells exceljs reads back as text with the format's escapes), written after the sheet; it grows
 * with the distinct texts of the file, not with its rows. `output` is ended after the last byte.
 */
export async function writeXlsx<const Columns extends readonly XlsxColumn[]>(
  sheet: XlsxSheetHead<Columns>,
  batches: AsyncIterable<readonly XlsxRow<Columns>[]>,
  output: Writable,
): Promise<void> {
  const columns: readonly XlsxColumn[] = sheet.columns;
  const sheetName = safeSheetName(sheet.name);
  const styles = stylesFor(columns.map((column) => column.numFmt ?? defaultNumFmt[column.type]));
  const lastRow = sheet.rowCount + 1;
  const filterRef = columns.length > 0 ? rangeRef(columns.length, lastRow) : null;

  // fflate calls back synchronously with each piece of the zip, which goes straight to `output`.
  let failure: unknown = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else if (!output.destroyed) output.write(chunk);
  });
  const push = (file: ZipDeflate, bytes: Uint8Array, final: boolean) => {
    file.push(bytes, final);
    if (failure) throw failure;
  };
  const addPart = (path: string, xml: string) => {
    const file = new ZipDeflate(path, { level: zipLevel });
    zip.add(file);
    push(file, Buffer.from(xml, "utf8"), true);
  };
  // fflate has read (checksummed and copied) a chunk once `push` returns, so one buffer serves all.
  const chunk = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  /** Adds XML to the part being written; true when a full chunk was compressed and passed on. */
  const write = (file: ZipDeflate, xml: string): boolean => {
    const most = xml.length * 3;
    if (used + most <= chunk.length) {
      used += chunk.write(xml, used);
      return false;
    }
    if (used > 0) push(file, chunk.subarray(0, used), false);
    used = 0;
    if (most > chunk.length) push(file, Buffer.from(xml, "utf8"), false);
    else used = chunk.write(xml);
    return true;
  };
  const finish = (file: ZipDeflate, xml: string) => {
    write(file, xml);
    push(file, chunk.subarray(0, used), true);
    used = 0;
  };

  const strings = new Map<string, number>();
  let stringUses = 0;
  const cellStart = columns.map((_, index) => `<c r="${columnLetters(index)}`);
  const cellStyle = styles.styleOf.map((style) => (style ? ` s="${style}"` : ""));
  const headerCellStyle = columns.map(() => ` s="${headerStyle}"`);
  const rowXml = (r: number, values: readonly StoredValue[], styleAttributes: readonly string[]) => {
    let xml = `<row r="${r}">`;
    for (let c = 0; c < values.length; c++) {
      const value = values[c];
      if (value === null || value === undefined) continue;
      if (typeof value === "string") {
        let index = strings.get(value);
        if (index === undefined) {
          index = strings.size;
          strings.set(value, index);
        }
        stringUses++;
        xml += `${cellStart[c]}${r}"${styleAttributes[c]} t="s"><v>${index}</v></c>`;
      } else {
        const number = typeof value === "number" ? value : excelSerial(value);
        xml += `${cellStart[c]}${r}"${styleAttributes[c]}><v>${number}</v></c>`;
      }
    }
    return `${xml}</row>`;
  };

  const stored = (row: XlsxRow<Columns>) => {
    const cells = row as Record<string, unknown>;
    return columns.map((column) => storedValue(column.type, cells[column.key]));
  };
  let sheetFile: ZipDeflate | null = null;
  let rowNumber = 0;
  const start = (sample: readonly StoredValue[][]): ZipDeflate => {
    addPart("[Content_Types].xml", contentTypesXml);
    addPart("_rels/.rels", packageRelsXml);
    addPart("xl/workbook.xml", workbookXml(sheetName, filterRef && rangeRef(columns.length, lastRow, true)));
    addPart("xl/_rels/workbook.xml.rels", workbookRelsXml);
    addPart("xl/styles.xml", styles.xml);
    const file = new ZipDeflate("xl/worksheets/sheet1.xml", { level: zipLevel });
    zip.add(file);
    const widths = columns.map(
      (column, index) =>
        column.width ??
        guessWidth(
          column,
          sample.map((row) => row[index] ?? null),
        ),
    );
    const header = columns.map((column) => escapeText(neutraliseCell(column.header)));
    write(file, sheetStartXml(widths, styles.styleOf));
    write(file, rowXml(++rowNumber, header, headerCellStyle));
    return file;
  };

  for await (const batch of batches) {
    if (output.destroyed) return;
    const rows = batch.map(stored);
    sheetFile ??= start(rows);
    for (const row of rows) {
      if (write(sheetFile, rowXml(++rowNumber, row, cellStyle))) {
        await drained(output);
        if (output.destroyed) return;
      }
    }
    await drained(output);
  }
  if (output.destroyed) return;
  sheetFile ??= start([]);
  finish(sheetFile, sheetEndXml(filterRef));
  await drained(output);

  const stringsFile = new ZipDeflate("xl/sharedStrings.xml", { level: zipLevel });
  zip.add(stringsFile);
  write(stringsFile, sharedStringsStartXml(stringUses, strings.size));
  for (const text of strings.keys()) {
    if (write(stringsFile, sharedStringXml(text))) {
      await drained(output);
      if (output.destroyed) return;
    }
  }
  finish(stringsFile, sharedStringsEndXml);
  zip.end();
  if (failure) throw failure;
  if (!output.destroyed) output.end();
}

/**
 * The workbook as a stream that rows are written to batch by batch (see `writeXlsx`). A failure
 * after the first byte is handed to `onError` (to be logged) and ends the stream with an error
 * that says nothing of the rows, so the connection closes instead of hanging.
 */
export function xlsxStream<const Columns extends readonly XlsxColumn[]>(
  sheet: XlsxSheetHead<Columns>,
  batches: AsyncIterable<readonly XlsxRow<Columns>[]>,
  onError: (error: unknown) => void,
): Readable {
  const output = new PassThrough();
  writeXlsx(sheet, batches, output).catch((error: unknown) => {
    onError(error);
    output.destroy(new StreamInterrupted());
  });
  return output;
}

/** The workbook as the bytes of an .xlsx file, through the same writer as the streams. */
export async function toXlsx<const Columns extends readonly XlsxColumn[]>(
  sheet: XlsxSheet<Columns>,
): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  async function* oneBatch() {
    yield sheet.rows;
  }
  await writeXlsx(
    { name: sheet.name, columns: sheet.columns, rowCount: sheet.rows.length },
    oneBatch(),
    output,
  );
  await ended;
  return Buffer.concat(chunks);
}
