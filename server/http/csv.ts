/**
 * CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads š đ č ć ž and Cyrillic),
 * comma-separated, CRLF line ends, and every cell guarded against formula injection.
 */
import { Readable } from "node:stream";

/** Characters that make a spreadsheet read a cell as a formula (or hide one behind a line break). */
const dangerousStart = /^[=+\-@\t\r]/;

/** The byte order mark that tells Excel the file is UTF-8. */
export const utf8Bom = "\uFEFF";

export type CsvCell = string | number | null | undefined;

/**
 * A text cell that starts with = + - @ a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of evaluating it. Numbers are written as numbers: a
 * negative number is data, not a formula.
 */
export function neutraliseCell(value: string): string {
  return dangerousStart.test(value) ? `'${value}` : value;
}

/** One cell, neutralised, and quoted when it holds a comma, a quote or a line break. */
export function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = neutraliseCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row as a CRLF-terminated line. */
export function csvLine(row: readonly CsvCell[]): string {
  return `${row.map(formatCell).join(",")}\r\n`;
}

/** The whole file: the byte order mark, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return utf8Bom + rows.map(csvLine).join("");
}

/** How many characters of lines a CSV stream gathers before it passes them on. */
const csvChunkLength = 64 * 1024;

/**
 * The file as a stream, for rows that arrive in batches: the byte order mark, then the lines as
 * they are written, passed on in chunks of about 64 KB. The stream asks for the next batch only
 * when the reader has taken the last chunk, so it holds about one batch at a time. A failure
 * after the first byte is handed to `onError` (to be logged) and ends the stream with an error
 * that says nothing of the rows, so the connection closes instead of hanging.
 */
export function csvStream(
  batches: AsyncIterable<readonly (readonly CsvCell[])[]>,
  onError: (error: unknown) => void,
): Readable {
  async function* chunks() {
    try {
      let chunk = utf8Bom;
      for await (const batch of batches) {
        for (const row of batch) {
          chunk += csvLine(row);
          if (chunk.length >= csvChunkLength) {
            yield Buffer.from(chunk, "utf8");
            chunk = "";
          }
        }
      }
      if (chunk !== "") yield Buffer.from(chunk, "utf8");
    } catch (error) {
      onError(error);
      throw new StreamInterrupted();
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** A file stream that stopped before its end; the cause went to the log, not to this error. */
export class StreamInterrupted extends Error {
  constructor() {
    super("The file stopped before its end");
    this.name = "StreamInterrupted";
  }
}

/** A file name safe in a Content-Disposition header: ASCII letters, digits, dot, dash, underscore. */
export function safeFileName(base: string, extension: string): string {
  const ascii = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "dj" : "Dj"))
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80);
  return `${ascii || "export"}.${extension}`;
}
