/**
 * The changes the user makes in an import's preview, kept with the import's table
 * (`imports.table.queries.ts`) and applied whenever the table is analysed.
 */
import type { FileTable } from "../../imports/read/file-table.js";

/** What the user changed in the preview. Keys of records are row numbers as text. */
export interface ImportChanges {
  /** Corrected cells: row number → index of the header (as in the table's `headers`) → text. */
  cells?: Record<string, Record<string, string | null>>;
  /**
   * Likely in-file duplicates decided: row number → the earlier row it is the same person as, or
   * 0 when the user said they are different people.
   */
  sameAs?: Record<string, number>;
  /** Organisations the file names that the registry does not know: folded name → organisation id. */
  organisations?: Record<string, string>;
  /** The test's maximum for a file that has scores but no maximum column. */
  scoreMaximum?: number | null;
}

/** The table with the user's corrected cells in place of the file's. */
export function correctedTable(table: FileTable, changes: ImportChanges): FileTable {
  const corrected = changes.cells ?? {};
  if (Object.keys(corrected).length === 0) return table;
  return {
    ...table,
    dataRows: table.dataRows.map((row) => {
      const cells = corrected[String(row.rowNumber)];
      if (!cells) return row;
      const copy = [...row.cells];
      for (const [index, value] of Object.entries(cells)) copy[Number(index)] = value;
      return { rowNumber: row.rowNumber, cells: copy };
    }),
  };
}
