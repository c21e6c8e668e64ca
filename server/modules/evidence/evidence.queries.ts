/** Evidence files of submissions: their rows (the files themselves are in the file store). */
import { asc, count, eq } from "drizzle-orm";
import type { EvidenceFile } from "../../../common/schemas/evidence.js";
import type { DbOrTx } from "../../db/client.js";
import { evidenceFiles, users } from "../../db/schema.js";

export type EvidenceRow = typeof evidenceFiles.$inferSelect;

const listed = {
  id: evidenceFiles.id,
  submissionId: evidenceFiles.submissionId,
  indicatorId: evidenceFiles.indicatorId,
  frameworkNodeId: evidenceFiles.frameworkNodeId,
  fileName: evidenceFiles.fileName,
  contentType: evidenceFiles.contentType,
  sizeBytes: evidenceFiles.sizeBytes,
  sha256: evidenceFiles.sha256,
  description: evidenceFiles.description,
  uploadedBy: evidenceFiles.uploadedBy,
  uploadedByName: users.displayName,
  createdAt: evidenceFiles.createdAt,
};

const toEvidence = (row: Omit<EvidenceFile, "createdAt"> & { createdAt: Date }): EvidenceFile => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

export async function selectEvidenceOfSubmission(db: DbOrTx, submissionId: string): Promise<EvidenceFile[]> {
  const rows = await db
    .select(listed)
    .from(evidenceFiles)
    .leftJoin(users, eq(users.id, evidenceFiles.uploadedBy))
    .where(eq(evidenceFiles.submissionId, submissionId))
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.fileName));
  return rows.map(toEvidence);
}

export async function selectEvidence(db: DbOrTx, id: string): Promise<EvidenceFile | undefined> {
  const [row] = await db
    .select(listed)
    .from(evidenceFiles)
    .leftJoin(users, eq(users.id, evidenceFiles.uploadedBy))
    .where(eq(evidenceFiles.id, id));
  return row && toEvidence(row);
}

export async function selectEvidenceRow(db: DbOrTx, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
  return row;
}

export async function countEvidence(db: DbOrTx, submissionId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(evidenceFiles)
    .where(eq(evidenceFiles.submissionId, submissionId));
  return row?.n ?? 0;
}

export async function insertEvidenceRow(
  tx: DbOrTx,
  values: Omit<typeof evidenceFiles.$inferInsert, "id" | "createdAt">,
): Promise<EvidenceRow> {
  const [row] = await tx.insert(evidenceFiles).values(values).returning();
  if (!row) throw new Error("evidence row not written");
  return row;
}

/** Deletes the row; answers it as it was, or undefined when it was already gone. */
export async function deleteEvidenceRow(tx: DbOrTx, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await tx.delete(evidenceFiles).where(eq(evidenceFiles.id, id)).returning();
  return row;
}
