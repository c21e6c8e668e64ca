/**
 * Spreadsheet imports of attendance lists, people and organisations: upload → preview → (correct
 * the mapping, decide the likely matches) → commit. The upload is streamed into the file store and
 * only then recorded (the file is removed when that fails); nothing else is written before the
 * commit. The file is read once, in a worker thread within the reader's limits, and the table it
 * holds is kept with the import: every preview and the commit analyse that table (with the user's
 * changes) against the registry as it is then. The commit writes everything in one transaction with
 * the import row locked, so a failure leaves nothing written and a second commit answers 409.
 */
import type { Readable } from "node:stream";
import type { Page } from "../../../common/schemas/common.js";
import type {
  ImportKind,
  ImportListQuery,
  ImportPreview,
  ImportRecord,
  ImportUploadQuery,
  MappingInput,
} from "../../../common/schemas/imports.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { cleanFileName, extensionOf, kindOfName } from "../../files/kinds.js";
import { type FileStore, FileTooLargeError } from "../../files/store.js";
import type { Actor } from "../../http/actor.js";
import { conflict, invalid, notFound, refused } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { eventLinksOf } from "../events/events.service.js";
import { withoutPersonalData } from "./imports.personal.js";
import { type ImportFacts, importPolicy } from "./imports.policy.js";
import {
  analyseFile,
  analyseStored,
  IMPORT,
  ownerOf,
  readingToStore,
  storedBytes,
  toPreview,
} from "./imports.preview.js";
import {
  eventExists,
  type ImportRow,
  insertImportRow,
  type StoredImportRecord,
  selectImportRecord,
  selectImportRecords,
  selectImportRow,
  updateImportRow,
} from "./imports.queries.js";
import { correctedMapping } from "./imports.reading.js";
import { insertImportTable } from "./imports.table.queries.js";

export const importLimits = {
  /** 10 MiB, as for evidence. */
  maxBytes: 10 * 1024 * 1024,
  extensions: ["xlsx", "csv", "txt"] as const,
};

export interface Upload {
  fileName: string;
  stream: Readable;
}

/** The kinds handled here; indicator values have their own import. */
export function checkKind(kind: ImportKind) {
  if (kind === "indicatorValues") throw invalid("kind", "indicator_values_elsewhere");
}

/** Only a previewed import may be changed: 409 while it is written, or once it is. */
export function assertPreviewed(row: ImportRow): void {
  if (row.status === "committed") throw conflict("import_committed");
  if (row.status === "committing") throw conflict("import_committing");
}

/** The facts the policy needs about an import or an upload: its kind, uploader and event. */
async function factsOf(db: DbOrTx, kind: ImportKind, eventId: string | null, createdBy?: string | null) {
  const facts: ImportFacts = { kind, createdBy };
  if (eventId) facts.event = await eventLinksOf(db, eventId);
  return facts;
}

/** The import row after the policy; 404 when missing or hidden. */
export async function authorizedImport(
  db: DbOrTx,
  actor: Actor,
  id: string,
  action: "read" | "readFile" | "write",
  lock = false,
) {
  const row = await selectImportRow(db, id, lock);
  if (!row) throw notFound(IMPORT);
  enforce(
    importPolicy(actor, action, await factsOf(db, row.kind as ImportKind, row.eventId, row.createdBy)),
    IMPORT,
  );
  return row;
}

/** The record with what the actor may do with it. */
function withAbilities(actor: Actor, record: StoredImportRecord): ImportRecord {
  const facts: ImportFacts = { kind: record.kind, createdBy: record.createdBy };
  return { ...record, abilities: { downloadFile: importPolicy(actor, "readFile", facts) === "allow" } };
}

/** The import as the API answers it, with what the actor may do with it. */
export async function loadImportRecord(db: DbOrTx, actor: Actor, id: string): Promise<ImportRecord> {
  const record = await selectImportRecord(db, id);
  if (!record) throw notFound(IMPORT);
  return withAbilities(actor, record);
}

/** The import as recorded, for whoever may read it (no analysis: what a page polls). */
export async function loadReadableImport(db: DbOrTx, actor: Actor, id: string): Promise<ImportRecord> {
  await authorizedImport(db, actor, id, "read");
  return loadImportRecord(db, actor, id);
}

/** The import row as audited: without the storage key. */
export const audited = (row: ImportRow) => {
  const { storageKey: _key, ...rest } = row;
  return rest;
};

/** Stores the file, reads it, and records the import (status previewed) with the preview's counts. */
export async function uploadImport(
  db: Db,
  files: FileStore,
  actor: Actor,
  query: ImportUploadQuery,
  upload: () => Promise<Upload | undefined>,
): Promise<ImportPreview> {
  checkKind(query.kind);
  enforce(importPolicy(actor, "create", { kind: query.kind }), IMPORT);
  const eventId = query.kind === "attendance" ? (query.eventId ?? null) : null;
  if (eventId) {
    if (!(await eventExists(db, eventId))) throw notFound("Event");
    enforce(importPolicy(actor, "create", await factsOf(db, query.kind, eventId)), "Event");
  }

  const file = await upload();
  if (!file) throw invalid("file", "file_required");
  const fileName = cleanFileName(file.fileName);
  const kind = kindOfName(fileName);
  if (!kind || !(importLimits.extensions as readonly string[]).includes(extensionOf(fileName))) {
    file.stream.resume();
    throw invalid("file", "file_kind", { kinds: importLimits.extensions.join(", ") });
  }
  const stored = await files.save(file.stream, importLimits.maxBytes).catch((error: unknown) => {
    const tooLarge =
      error instanceof FileTooLargeError || (error as { statusCode?: number }).statusCode === 413;
    throw tooLarge
      ? refused("TOO_LARGE", "file_too_large", { max: importLimits.maxBytes / (1024 * 1024) })
      : error;
  });
  try {
    if (stored.sizeBytes === 0) throw invalid("file", "file_empty");
    if (!kind.matches(stored.head)) throw invalid("file", "file_content_mismatch");
    const { reading, analysis } = await analyseFile(db, actor, {
      kind: query.kind,
      bytes: await storedBytes(files, stored.key),
      sheet: query.sheet ?? null,
      eventId: query.eventId ?? null,
    });
    const id = await db.transaction(async (tx) => {
      const inserted = await insertImportRow(tx, {
        kind: query.kind,
        eventId,
        organizationId: ownerOf(actor),
        fileName,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        storageKey: stored.key,
        reading: readingToStore(reading, analysis.mapping),
        counts: analysis.counts,
        createdBy: actor.userId,
      });
      await insertImportTable(tx, inserted.id, reading);
      await recordAudit(tx, actor, {
        action: "create",
        entityType: "import",
        entityId: inserted.id,
        after: audited(inserted),
      });
      return inserted.id;
    });
    return toPreview(await loadImportRecord(db, actor, id), reading, analysis);
  } catch (error) {
    await files.remove(stored.key);
    throw error;
  }
}

/** The preview of an import, the stored file read again; contacts only for staff and the uploader. */
export async function getImportPreview(
  db: Db,
  files: FileStore,
  actor: Actor,
  id: string,
): Promise<ImportPreview> {
  const row = await authorizedImport(db, actor, id, "read");
  const { reading, analysis } = await analyseStored(db, files, actor, row);
  const preview = toPreview(await loadImportRecord(db, actor, id), reading, analysis);
  const facts: ImportFacts = { kind: row.kind as ImportKind, createdBy: row.createdBy };
  return importPolicy(actor, "readPersonal", facts) === "allow" ? preview : withoutPersonalData(preview);
}

/** Corrects the mapping (the user's choices) and answers the preview under it. */
export async function setImportMapping(
  db: Db,
  files: FileStore,
  actor: Actor,
  id: string,
  input: MappingInput,
): Promise<ImportPreview> {
  const row = await authorizedImport(db, actor, id, "write");
  assertPreviewed(row);
  const current = await analyseStored(db, files, actor, row);
  const mapping = correctedMapping(row.kind as ImportKind, current.analysis.mapping, input);
  const { reading, analysis } = await analyseStored(db, files, actor, row, mapping);
  await db.transaction(async (tx) => {
    const before = await selectImportRow(tx, id, true);
    if (!before) throw notFound(IMPORT);
    assertPreviewed(before);
    const after = await updateImportRow(tx, id, {
      reading: readingToStore(reading, mapping),
      counts: analysis.counts,
    });
    if (!after) throw notFound(IMPORT);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "import",
      entityId: id,
      before: audited(before),
      after: audited(after),
    });
  });
  return toPreview(await loadImportRecord(db, actor, id), reading, analysis);
}

/** The imports the actor may read, newest first. */
export async function listImports(db: Db, actor: Actor, query: ImportListQuery): Promise<Page<ImportRecord>> {
  const { items, total } = await selectImportRecords(db, actor, query);
  return {
    items: items.map((record) => withAbilities(actor, record)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The original file of an import, for staff and the uploader (it cannot be filtered), with its row. */
export async function openImportFile(db: Db, files: FileStore, actor: Actor, id: string) {
  const row = await authorizedImport(db, actor, id, "readFile");
  if (!(await files.exists(row.storageKey))) throw notFound(IMPORT);
  const contentType = kindOfName(row.fileName)?.contentType ?? "application/octet-stream";
  return { row, contentType, stream: await files.open(row.storageKey) };
}
