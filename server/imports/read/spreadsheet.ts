/**
 * An uploaded file of either kind → rows: an .xlsx workbook is recognised by its ZIP signature,
 * anything else is read as delimited text.
 */
import { decodeText, type TextEncodingName } from "./decode.js";
import { type Delimiter, readDelimited } from "./delimited.js";
import { checkArchive, type ReadLimits } from "./limits.js";
import type { TableCell } from "./table.js";
import { readWorkbook } from "./workbook.js";

export type SpreadsheetRows =
  | { format: "xlsx"; sheetName: string; sheetNames: string[]; rows: TableCell[][] }
  | { format: "csv"; encoding: TextEncodingName; delimiter: Delimiter; rows: TableCell[][] };

/** Whether the bytes start like a ZIP archive, as every .xlsx file does. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads the rows of an upload: a workbook's sheet (the named or the first visible one), or CSV.
 * With limits, a workbook's archive is checked before it is inflated and every row as it is read.
 */
export async function readSpreadsheet(
  bytes: Uint8Array,
  options: { sheet?: string; limits?: ReadLimits } = {},
): Promise<SpreadsheetRows> {
  if (isZip(bytes)) {
    if (options.limits) checkArchive(bytes, options.limits);
    return { format: "xlsx", ...(await readWorkbook(bytes, options)) };
  }
  const { text, encoding } = decodeText(bytes);
  const { delimiter, rows } = readDelimited(text, undefined, options.limits);
  return { format: "csv", encoding, delimiter, rows };
}
