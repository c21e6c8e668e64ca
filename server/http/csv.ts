/**
 * CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads š đ č ć ž and Cyrillic),
 * comma-separated, CRLF line ends, and every cell guarded against formula injection.
 */

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

/** The whole file: the byte order mark, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return utf8Bom + rows.map((row) => `${row.map(formatCell).join(",")}\r\n`).join("");
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
