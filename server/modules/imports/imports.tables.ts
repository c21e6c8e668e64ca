/**
 * The table an upload was read into, stored with the import so that the preview, the user's
 * corrections and the commit never read the file again; and the changes the user made in the
 * preview, applied whenever the table is analysed.
 */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { importTables } from "../../db/schema.js";
import type { FileTable, PlainCell, PlainRow } from "../../imports/read/file-table.js";

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

export interface StoredTable {
  table: FileTable;
  changes: ImportChanges;
}

type StoredReading = Omit<FileTable, "dataRows">;

export async function insertImportTable(tx: DbOrTx, importId: string, table: FileTable): Promise<void> {
  const { dataRows, ...reading } = table;
  await tx.insert(importTables).values({
    importId,
    reading,
    rows: dataRows.map((row) => [row.rowNumber, row.cells]),
  });
}

/** The stored table of an import and the user's changes; undefined for imports made before tables were kept. */
export async function selectImportTable(db: DbOrTx, importId: string): Promise<StoredTable | undefined> {
  const [found] = await db.select().from(importTables).where(eq(importTables.importId, importId));
  if (!found) return undefined;
  const dataRows: PlainRow[] = (found.rows as [number, PlainCell[]][]).map(([rowNumber, cells]) => ({
    rowNumber,
    cells,
  }));
  return {
    table: { ...(found.reading as unknown as StoredReading), dataRows },
    changes: found.changes as ImportChanges,
  };
}

export async function updateImportChanges(
  tx: DbOrTx,
  importId: string,
  changes: ImportChanges,
): Promise<void> {
  await tx
    .update(importTables)
    .set({ changes: changes as Record<string, unknown> })
    .where(eq(importTables.importId, importId));
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
