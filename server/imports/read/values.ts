/**
 * Cell values → clean values. Each reader returns `{ value }` or `{ error }` with a code the
 * import screen turns into a message; an empty cell is the error `empty`, so the caller decides
 * whether the field is required.
 */
import type { Sex } from "../../../common/schemas/enums.js";
import { toSearchKey } from "../../../common/text/search.js";
import { remembered } from "./memo.js";
import type { TableCell } from "./table.js";

export type ValueError =
  | "empty"
  | "invalid-sex"
  | "invalid-date"
  | "impossible-date"
  | "invalid-number"
  | "invalid-yes-no";

export type Read<T> = { value: T } | { error: ValueError };

/** A cell's key for comparing words: the search key without dots. */
const wordKey = remembered((text) => toSearchKey(text).replace(/\./g, " ").replace(/\s+/g, " ").trim());

/** Characters that a spreadsheet would take for the start of a formula (see `neutraliseCell`). */
const guardedStart = /^'[=+\-@\t\r]/;

/**
 * Text: a leading apostrophe put in front of `=` `+` `-` `@` a tab or a carriage return to keep a
 * spreadsheet from evaluating it is taken off (the export guard read back), then the text is trimmed
 * and every run of white space, line breaks and non-breaking spaces included, becomes one space.
 * Numbers are written in full, dates as YYYY-MM-DD, nothing as "".
 */
export function readText(cell: TableCell): { value: string } {
  if (cell === null || cell === undefined) return { value: "" };
  if (cell instanceof Date)
    return { value: Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10) };
  const raw = String(cell);
  const unguarded = guardedStart.test(raw) ? raw.slice(1) : raw;
  return { value: unguarded.replace(/\s+/g, " ").trim() };
}

const femaleWords = new Set(["z", "zensko", "zenski", "zenska", "zena", "f", "female", "woman", "w", "girl"]);
const maleWords = new Set(["m", "musko", "muski", "muskarac", "male", "man", "boy"]);

/**
 * Sex: Ž, Z, Ж, F, W, žensko, ženski, žena, female, woman → female; M, М, muško, muški, muškarac,
 * male, man → male; case, diacritics, script and dots do not matter.
 */
export function readSex(cell: TableCell): Read<Sex> {
  const key = wordKey(readText(cell).value);
  if (key === "") return { error: "empty" };
  if (femaleWords.has(key)) return { value: "female" };
  if (maleWords.has(key)) return { value: "male" };
  return { error: "invalid-sex" };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** A calendar date as YYYY-MM-DD, or `impossible-date` (31 April, 29 February 2013, month 13). */
function isoDate(year: number, month: number, day: number): Read<string> {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { error: "impossible-date" };
  }
  return { value: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** The last Excel serial day number, 9999-12-31. */
const lastExcelSerial = 2958465;

/**
 * An Excel serial day number (1900 date system; a time of day is dropped). Excel counts a
 * 29 February 1900 that never was, serial 60, which is refused; the days after it are counted from
 * 30 December 1899.
 */
export function fromExcelSerial(serial: number): Read<string> {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > lastExcelSerial) return { error: "invalid-date" };
  if (day === 60) return { error: "impossible-date" };
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return { value: new Date(epoch + day * 86_400_000).toISOString().slice(0, 10) };
}

const dayMonthYear = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*\.?$/;
const yearMonthDay = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A date → YYYY-MM-DD. Accepted: a Date (read in UTC, as workbooks store them); a number, as an
 * Excel serial day; text as day, month, year with dots ("15.05.2012." or "15. 5. 2012"), slashes
 * ("15/05/2012", day first as in the region) or dashes, and ISO "2012-05-15" (a time after it is
 * dropped). Two-digit years and digits-only text are refused as `invalid-date`; a date that does
 * not exist is `impossible-date`.
 */
export function readDate(cell: TableCell): Read<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { error: "invalid-date" };
    return isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === "number") return fromExcelSerial(cell);
  const text = readText(cell).value;
  if (text === "") return { error: "empty" };
  const dmy = dayMonthYear.exec(text);
  if (dmy) return isoDate(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
  const ymd = yearMonthDay.exec(text);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return { error: "invalid-date" };
}

/** A date as a local office writes it: dd.mm.yyyy. with the closing dot. */
export function formatLocalDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}.${month}.${year}.`;
}

/** Digits in groups of three after a first group of one to three: "1", "12", "1.234.567". */
function isGrouped(integer: string, separator: string): boolean {
  const groups = integer.split(separator);
  return groups.every((group, index) => (index === 0 ? /^\d{1,3}$/.test(group) : /^\d{3}$/.test(group)));
}

/** The number a text without sign, spaces or percent means, or null. */
function unsignedNumber(text: string): number | null {
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const lastComma = text.lastIndexOf(",");
  const lastPoint = text.lastIndexOf(".");
  let decimal: "," | "." | null = null;
  if (lastComma >= 0 && lastPoint >= 0) decimal = lastComma > lastPoint ? "," : ".";
  else if (lastComma >= 0) decimal = text.indexOf(",") === lastComma ? "," : null;
  else if (lastPoint >= 0) {
    const single = text.indexOf(".") === lastPoint;
    const thousands = single && /^[1-9]\d{0,2}\.\d{3}$/.test(text);
    decimal = single && !thousands ? "." : null;
  }
  const grouping = decimal === "," ? "." : decimal === "." ? "," : lastComma >= 0 ? "," : ".";
  const [integer = "", fraction] =
    decimal === null
      ? [text]
      : [text.slice(0, text.lastIndexOf(decimal)), text.slice(text.lastIndexOf(decimal) + 1)];
  if (integer.includes(grouping) && !isGrouped(integer, grouping)) return null;
  const digits = integer.split(grouping).join("");
  if (digits === "" && (fraction === undefined || fraction === "")) return null;
  if (fraction !== undefined && !/^\d*$/.test(fraction)) return null;
  const value = Number(`${digits || "0"}.${fraction || "0"}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * A number. Numbers pass as they are. Text may carry a sign (+, -, −), spaces or non-breaking spaces
 * between digit groups, and a trailing % (kept as written: "45%" is 45). The separators:
 * - with both a comma and a point, the one further right is the decimal mark ("1.234,5", "1,234.5");
 * - one comma is a decimal comma ("12,5"; "1,234" is 1.234); several commas group thousands;
 * - one point is a decimal point ("12.5", "0.125") except before exactly three digits after a
 *   first group of one to three digits not starting with 0, where it groups thousands as in the
 *   region ("1.234" is 1234); several points group thousands ("1.234.567");
 * - grouped digits must come in threes, so "1.23.4" is `invalid-number`.
 */
export function readNumber(cell: TableCell): Read<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? { value: cell } : { error: "invalid-number" };
  if (cell instanceof Date || typeof cell === "boolean") return { error: "invalid-number" };
  const text = readText(cell).value;
  if (text === "") return { error: "empty" };
  const match = /^([+\-\u2212]?)\s*([\d.,\s\u00a0\u202f]+?)\s*(%?)$/.exec(text);
  if (!match) return { error: "invalid-number" };
  const body = (match[2] ?? "").replace(/(\d)[\s\u00a0\u202f]+(?=\d{3}(?:\D|$))/g, "$1");
  if (/\s/.test(body)) return { error: "invalid-number" };
  const value = unsignedNumber(body);
  if (value === null) return { error: "invalid-number" };
  return { value: match[1] === "" || match[1] === "+" ? value : -value };
}

const yesWords = new Set([
  "da",
  "yes",
  "y",
  "d",
  "x",
  "✓",
  "✔",
  "☑",
  "true",
  "1",
  "prisutan",
  "prisutna",
  "present",
]);
const noWords = new Set(["ne", "no", "n", "false", "0", "-", "odsutan", "odsutna", "absent"]);

/**
 * Yes or no: da, да, yes, y, x, ✓, ✔, true, 1, prisutan/prisutna, present → true; ne, не, no, n,
 * false, 0, -, odsutan/odsutna, absent → false; a truth value or the number 1 or 0 as it is.
 */
export function readYesNo(cell: TableCell): Read<boolean> {
  if (typeof cell === "boolean") return { value: cell };
  if (typeof cell === "number")
    return cell === 1 ? { value: true } : cell === 0 ? { value: false } : { error: "invalid-yes-no" };
  const text = readText(cell).value;
  if (text === "") return { error: "empty" };
  const key = yesWords.has(text) || noWords.has(text) ? text : wordKey(text);
  if (yesWords.has(key)) return { value: true };
  if (noWords.has(key)) return { value: false };
  return { error: "invalid-yes-no" };
}
