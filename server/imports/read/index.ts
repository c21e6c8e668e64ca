/**
 * Reading hand-made spreadsheets for import, without touching the database. The pipeline:
 *
 * 1. bytes → text: {@link decodeText} recognises UTF-8 (with or without a byte order mark),
 *    Windows-1250 or Windows-1251 (an .xlsx file skips this step);
 * 2. text or workbook → rows: {@link readDelimited} finds the delimiter and parses the CSV,
 *    {@link readWorkbook} reads one sheet (saved formula results, merged cells as their top-left
 *    value); {@link readSpreadsheet} picks between the two;
 * 3. rows → table: {@link readTable} finds the header under titles and blank rows and sets aside
 *    blank lines, totals, notes and signatures;
 * 4. headers → fields: {@link suggestMapping} proposes a field of the import kind for each column;
 * 5. cells → values: {@link readText}, {@link readSex}, {@link readDate}, {@link readNumber},
 *    {@link readYesNo} return a clean value or an error code;
 * 6. people → registry: {@link matchPerson} says whether a person is known (exact), perhaps known
 *    (likely) or new.
 */
export { type DecodedText, decodeText, plausibility, type TextEncodingName } from "./decode.js";
export {
  type DelimitedRows,
  type Delimiter,
  detectDelimiter,
  fieldCounts,
  readDelimited,
} from "./delimited.js";
export { editDistance } from "./edit-distance.js";
export { type ColumnSuggestion, closeness, type MatchKind, mapRow, suggestMapping } from "./mapping.js";
export {
  candidatesOf,
  decideMatch,
  type KnownPerson,
  matchPerson,
  type NameCandidates,
  nameKey,
  organisationKeyOf,
  type PersonMatch,
  type PersonName,
  personKey,
  splitFullName,
} from "./names.js";
export { isZip, readSpreadsheet, type SpreadsheetRows } from "./spreadsheet.js";
export {
  allKnownHeaders,
  attendanceFields,
  type FieldOf,
  fieldSynonyms,
  headerKey,
  type ImportField,
  type ImportKind,
  ignoredHeaders,
  importKinds,
  indicatorValueFields,
  isKnownHeader,
  kindFields,
  organisationFields,
  personFields,
} from "./synonyms.js";
export {
  cellText,
  type DataRow,
  findHeaderRow,
  headerScore,
  readTable,
  type SkippedRow,
  type SkipReason,
  type Table,
  type TableCell,
} from "./table.js";
export {
  formatLocalDate,
  fromExcelSerial,
  type Read,
  readDate,
  readNumber,
  readSex,
  readText,
  readYesNo,
  type ValueError,
} from "./values.js";
export {
  cellValue,
  readWorkbook,
  sheetRows,
  type WorkbookCell,
  WorkbookError,
  type WorkbookErrorCode,
  type WorkbookRows,
} from "./workbook.js";
