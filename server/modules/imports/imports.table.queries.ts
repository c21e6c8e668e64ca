/**
 * The table an upload was read into, stored with the import so that the preview, the user's
 * corrections and the commit never read the file again, and the user's changes beside it.
 */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
import { importTables } from "../../db/schema.js";
import type { FileTable, PlainCell, PlainRow } from "../../imports/read/file-table.js";
import type { ImportChanges } from "./imports.tables.js";

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
