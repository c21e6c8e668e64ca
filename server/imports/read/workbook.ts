/**
 * An Excel workbook (.xlsx) → rows of the cells of one sheet. Nothing is ever calculated: a formula
 * cell gives the result Excel saved with it, and a text cell that starts with `=` is just text.
 */
import ExcelJS from "exceljs";
import { toSearchKey } from "../../../common/text/search.js";
import { type ReadLimits, RowCounter } from "./limits.js";

/** A cell as read from a sheet: text, a number, a truth value, a date, or nothing. */
export type WorkbookCell = string | number | boolean | Date | null;

export interface WorkbookRows {
  sheetName: string;
  /** The names of all sheets, in workbook order, for the user to pick another one. */
  sheetNames: string[];
  /** Row i is sheet row i + 1; trailing empty cells are left off. */
  rows: WorkbookCell[][];
}

export type WorkbookErrorCode = "unreadable" | "no-sheet";

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** The plain value of a formula result, a rich text, a hyperlink or an error cell. */
function plainValue(value: ExcelJS.CellValue): WorkbookCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    return "result" in value && value.result !== undefined
      ? plainValue(value.result as ExcelJS.CellValue)
      : null;
  }
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return null;
}

/** A cell's value; a cell covered by a merged range reads as the range's top-left cell. */
export function cellValue(cell: ExcelJS.Cell): WorkbookCell {
  const source = cell.isMerged ? cell.master : cell;
  return plainValue(source.value);
}

/** The named sheet (exact name, else the same name with case, diacritics and script folded). */
function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = workbook.worksheets.find((sheet) => sheet.name === name);
  if (exact) return exact;
  const key = toSearchKey(name);
  return workbook.worksheets.find((sheet) => toSearchKey(sheet.name) === key);
}

/**
 * Every row of a sheet, from row 1, each cut after its last non-empty cell. With limits, a row is
 * read one cell past the column limit (so that a list wider than the limit is refused, while a
 * stray value far to the right of a list is not read at all) and checked as it is read.
 */
export function sheetRows(sheet: ExcelJS.Worksheet, limits?: ReadLimits): WorkbookCell[][] {
  const rows: WorkbookCell[][] = [];
  const width = limits ? Math.min(sheet.columnCount, limits.columns + 1) : sheet.columnCount;
  const counter = limits ? new RowCounter(limits) : undefined;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: WorkbookCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c)));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    counter?.add(cells, r);
    rows.push(cells);
  }
  return rows;
}

/** A row that can head a list: two cells or more with something in them. */
const isHeaderLike = (row: readonly WorkbookCell[]) =>
  row.filter((cell) => cell !== null && String(cell).trim() !== "").length >= 2;

/**
 * The sheet a list is on when none is named: the first visible sheet with a row that can head a
 * list (an empty "Sheet1" before the list is common), else the first visible sheet, else the first.
 */
function firstListSheet(
  workbook: ExcelJS.Workbook,
  limits: ReadLimits | undefined,
): { sheet: ExcelJS.Worksheet; rows: WorkbookCell[][] } | undefined {
  const visible = workbook.worksheets.filter((sheet) => sheet.state === "visible");
  for (const sheet of visible) {
    const rows = sheetRows(sheet, limits);
    if (rows.some(isHeaderLike)) return { sheet, rows };
  }
  const sheet = visible[0] ?? workbook.worksheets[0];
  return sheet ? { sheet, rows: sheetRows(sheet, limits) } : undefined;
}

/**
 * Reads one sheet of an .xlsx file: the one named, or else the first visible sheet that holds a
 * list (see {@link firstListSheet}). Throws a
 * {@link WorkbookError} when the bytes are not a workbook or the named sheet does not exist.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  options: { sheet?: string; limits?: ReadLimits } = {},
): Promise<WorkbookRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (cause) {
    throw new WorkbookError("unreadable", `not a readable .xlsx workbook: ${String(cause)}`);
  }
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  const named = options.sheet === undefined ? undefined : findSheet(workbook, options.sheet);
  const chosen =
    options.sheet === undefined
      ? firstListSheet(workbook, options.limits)
      : named && { sheet: named, rows: sheetRows(named, options.limits) };
  if (!chosen) {
    throw new WorkbookError(
      "no-sheet",
      options.sheet === undefined ? "the workbook has no sheet" : `no sheet "${options.sheet}"`,
    );
  }
  return { sheetName: chosen.sheet.name, sheetNames, rows: chosen.rows };
}
