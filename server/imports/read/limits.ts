/**
 * How much of a file the reader accepts. Each limit is checked while the file is read, so that a
 * file built to exhaust the server (a workbook that inflates a thousandfold, a line of a million
 * cells) is refused at the point where it goes past the limit, not after it was read whole.
 */
import { unzipSync } from "fflate";

export interface ReadLimits {
  /** The sum of the uncompressed sizes of a workbook's parts. */
  maxUncompressedBytes: number;
  /** Parts of a workbook (an .xlsx file is a ZIP archive of XML parts). */
  maxParts: number;
  sheets: number;
  /** Rows that hold something (blank rows do not count). */
  rows: number;
  columns: number;
  /** Characters of one cell. */
  cellLength: number;
}

/**
 * The defaults: far above any list an office keeps (an attendance list has a dozen columns and a
 * few hundred rows, a register some tens of thousands), far below what stalls a server.
 */
export const defaultReadLimits: ReadLimits = {
  maxUncompressedBytes: 48 * 1024 * 1024,
  maxParts: 2_000,
  sheets: 100,
  rows: 100_000,
  columns: 500,
  cellLength: 10_000,
};

export type ReadLimitCode = "uncompressed" | "parts" | "sheets" | "rows" | "columns" | "cellLength";

/** A file past one of the limits: which one, the limit, and where (1-based row and column). */
export class ReadLimitError extends Error {
  constructor(
    readonly code: ReadLimitCode,
    readonly limit: number,
    readonly row?: number,
    readonly column?: number,
  ) {
    super(`the file is past the reading limit "${code}" (${limit})`);
    this.name = "ReadLimitError";
  }
}

/**
 * Checks a workbook's archive before it is inflated: the number of parts, of sheets, and the sum of
 * the sizes the archive declares for them. Nothing is inflated here. (A part that inflates to more
 * than it declares is caught by the worker's memory limit.)
 */
export function checkArchive(bytes: Uint8Array, limits: ReadLimits): void {
  let parts = 0;
  let sheets = 0;
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        parts += 1;
        total += file.originalSize;
        if (/^xl\/worksheets\/[^/]+\.xml$/i.test(file.name)) sheets += 1;
        return false;
      },
    });
  } catch {
    // Not a readable archive: the workbook reader says so in its own words.
    return;
  }
  if (parts > limits.maxParts) throw new ReadLimitError("parts", limits.maxParts);
  if (sheets > limits.sheets) throw new ReadLimitError("sheets", limits.sheets);
  if (total > limits.maxUncompressedBytes)
    throw new ReadLimitError("uncompressed", limits.maxUncompressedBytes);
}

/** Checks one row of cells against the column and cell limits. */
export function checkRow(cells: readonly unknown[], rowNumber: number, limits: ReadLimits): void {
  let width = cells.length;
  while (
    width > 0 &&
    (cells[width - 1] === null || cells[width - 1] === undefined || cells[width - 1] === "")
  )
    width -= 1;
  if (width > limits.columns) throw new ReadLimitError("columns", limits.columns, rowNumber);
  for (let index = 0; index < width; index++) {
    const cell = cells[index];
    if (typeof cell === "string" && cell.length > limits.cellLength)
      throw new ReadLimitError("cellLength", limits.cellLength, rowNumber, index + 1);
  }
}

/** Counts the rows that hold something and refuses past the limit. */
export class RowCounter {
  private filled = 0;
  constructor(private readonly limits: ReadLimits) {}

  add(cells: readonly unknown[], rowNumber: number): void {
    checkRow(cells, rowNumber, this.limits);
    if (cells.some((cell) => cell !== null && cell !== undefined && cell !== "")) this.filled += 1;
    if (this.filled > this.limits.rows) throw new ReadLimitError("rows", this.limits.rows, rowNumber);
  }
}
