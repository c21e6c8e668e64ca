/**
 * Evidence attachments of submissions. A file is accepted only while the submission can be
 * written (draft or returned, period open — approved ones answer 409 LOCKED), only of an accepted
 * kind whose first bytes agree with its extension, and only up to the size and count limits. The
 * file goes to the file store first; its row is written in a transaction that checks the
 * submission again, and the stored file is removed whenever that transaction does not commit.
 * Who may do what is `evidencePolicy`: evidence follows its submission.
 */
import type { Readable } from "node:stream";
import type { EvidenceFile, EvidenceList, EvidenceUploadQuery } from "../../../common/schemas/evidence.js";
import type { Db } from "../../db/client.js";
import { acceptedExtensions, cleanFileName, kindOfName } from "../../files/kinds.js";
import { type FileStore, FileTooLargeError } from "../../files/store.js";
import type { Actor } from "../../http/actor.js";
import { AppError, conflict, invalid, notFound, refused } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import {
  assertWritable,
  findSubmissionRow,
  ledActions,
  lockSubmission,
  responsibleIndicators,
  SUBMISSION,
} from "../submissions/submissions.service.js";
import { evidencePolicy } from "./evidence.policy.js";
import {
  countEvidence,
  deleteEvidenceRow,
  insertEvidenceRow,
  selectEvidence,
  selectEvidenceOfSubmission,
  selectEvidenceRow,
} from "./evidence.queries.js";

export const evidenceLimits = {
  /** 10 MiB: a scanned report or a few photos of an attendance list. */
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 30,
  extensions: acceptedExtensions,
};

const EVIDENCE = "Evidence";

/** The submission's row when its evidence may be read; 404 when missing or hidden. */
async function readableSubmission(db: Db, actor: Actor, id: string) {
  const row = await findSubmissionRow(db, id);
  if (!row) throw notFound(SUBMISSION);
  enforce(evidencePolicy(actor, "read", row), SUBMISSION);
  return row;
}

export async function listEvidence(db: Db, actor: Actor, submissionId: string): Promise<EvidenceList> {
  await readableSubmission(db, actor, submissionId);
  return { items: await selectEvidenceOfSubmission(db, submissionId), limits: evidenceLimits };
}

/** The indicator or action the evidence is for must be on the organisation's form. */
async function checkLink(db: Db, planId: string, organizationId: string, query: EvidenceUploadQuery) {
  if (query.indicatorId) {
    const indicators = await responsibleIndicators(db, planId, organizationId);
    if (!indicators.some((indicator) => indicator.id === query.indicatorId))
      throw invalid("indicatorId", "not_reported_indicator");
  }
  if (query.frameworkNodeId) {
    const actions = await ledActions(db, planId, organizationId);
    if (!actions.some((action) => action.frameworkNodeId === query.frameworkNodeId))
      throw invalid("frameworkNodeId", "not_led_action");
  }
}

export interface Upload {
  fileName: string;
  stream: Readable;
}

export async function uploadEvidence(
  db: Db,
  files: FileStore,
  actor: Actor,
  submissionId: string,
  query: EvidenceUploadQuery,
  upload: () => Promise<Upload | undefined>,
): Promise<EvidenceFile> {
  // Everything that can be checked before the file arrives is checked first.
  const { row, period } = await db.transaction((tx) => lockSubmission(tx, actor, submissionId, "write"));
  enforce(evidencePolicy(actor, "write", row), SUBMISSION);
  assertWritable(row, period);
  await checkLink(db, period.planId, row.organizationId, query);
  if ((await countEvidence(db, submissionId)) >= evidenceLimits.maxFiles)
    throw conflict("evidence_limit", { max: evidenceLimits.maxFiles });

  const file = await upload();
  if (!file) throw invalid("file", "file_required");
  const fileName = cleanFileName(file.fileName);
  const kind = kindOfName(fileName);
  if (!kind) {
    file.stream.resume();
    throw invalid("file", "file_kind", { kinds: acceptedExtensions.join(", ") });
  }
  const stored = await files.save(file.stream, evidenceLimits.maxBytes).catch((error: unknown) => {
    const tooLarge =
      error instanceof FileTooLargeError || (error as { statusCode?: number }).statusCode === 413;
    throw tooLarge
      ? refused("TOO_LARGE", "file_too_large", { max: evidenceLimits.maxBytes / (1024 * 1024) })
      : error;
  });
  try {
    if (stored.sizeBytes === 0) throw invalid("file", "file_empty");
    if (!kind.matches(stored.head)) throw invalid("file", "file_content_mismatch");
    const id = await db.transaction(async (tx) => {
      const locked = await lockSubmission(tx, actor, submissionId, "write");
      enforce(evidencePolicy(actor, "write", locked.row), SUBMISSION);
      assertWritable(locked.row, locked.period);
      if ((await countEvidence(tx, submissionId)) >= evidenceLimits.maxFiles)
        throw conflict("evidence_limit", { max: evidenceLimits.maxFiles });
      const inserted = await insertEvidenceRow(tx, {
        submissionId,
        indicatorId: query.indicatorId ?? null,
        frameworkNodeId: query.frameworkNodeId ?? null,
        fileName,
        contentType: kind.contentType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        storageKey: stored.key,
        description: query.description || null,
        uploadedBy: actor.userId,
      });
      const { storageKey: _key, ...audited } = inserted;
      await recordAudit(tx, actor, {
        action: "create",
        entityType: "evidence",
        entityId: inserted.id,
        after: audited,
      });
      return inserted.id;
    });
    const created = await selectEvidence(db, id);
    if (!created) throw notFound(EVIDENCE);
    return created;
  } catch (error) {
    await files.remove(stored.key);
    throw error;
  }
}

/** The row and the stream of a file the actor may read. */
export async function openEvidence(db: Db, files: FileStore, actor: Actor, id: string) {
  const row = await selectEvidenceRow(db, id);
  if (!row) throw notFound(EVIDENCE);
  await readableSubmission(db, actor, row.submissionId).catch((error: unknown) => {
    // A hidden submission hides its evidence too.
    throw error instanceof AppError && error.code === "NOT_FOUND" ? notFound(EVIDENCE) : error;
  });
  if (!(await files.exists(row.storageKey))) throw notFound(EVIDENCE);
  return { row, stream: await files.open(row.storageKey) };
}

export async function deleteEvidence(db: Db, files: FileStore, actor: Actor, id: string): Promise<void> {
  const found = await selectEvidenceRow(db, id);
  if (!found) throw notFound(EVIDENCE);
  const key = await db.transaction(async (tx) => {
    const { row, period } = await lockSubmission(tx, actor, found.submissionId, "write");
    enforce(evidencePolicy(actor, "write", row), SUBMISSION);
    assertWritable(row, period);
    const deleted = await deleteEvidenceRow(tx, id);
    if (!deleted) throw notFound(EVIDENCE);
    const { storageKey, ...audited } = deleted;
    await recordAudit(tx, actor, { action: "delete", entityType: "evidence", entityId: id, before: audited });
    return storageKey;
  });
  await files.remove(key);
}
