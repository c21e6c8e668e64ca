/**
 * Spreadsheet imports of attendance lists, people and organisations: upload → preview → (correct
 * the mapping, decide the likely matches) → commit. The upload is streamed into the file store and
 * only then recorded (the file is removed when that fails); nothing else is written before the
 * commit. Every preview reads the stored file again. The commit reads it once more and writes
 * everything in one transaction with the import row locked, so a failure leaves nothing written and
 * a second commit answers 409.
 */
import type { Readable } from "node:stream";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Page } from "../../../common/schemas/common.js";
import type {
  ColumnMapping,
  CommitInput,
  ImportKind,
  ImportListQuery,
  ImportPreview,
  ImportRecord,
  ImportUploadQuery,
  MappingInput,
} from "../../../common/schemas/imports.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { events, importMappings, imports } from "../../db/schema.js";
import { cleanFileName, extensionOf, kindOfName } from "../../files/kinds.js";
import { type FileStore, FileTooLargeError } from "../../files/store.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import { AppError, conflict, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { selectEventLinksOf } from "../events/events.queries.js";
import { type Analysis, analyseRows, type Registry } from "./imports.analysis.js";
import { writeImport } from "./imports.commit.js";
import { withoutPersonalData } from "./imports.personal.js";
import { type ImportFacts, importPolicy } from "./imports.policy.js";
import {
  type ImportRow,
  type StoredImportRecord,
  selectImportRecord,
  selectImportRecords,
  selectImportRow,
  selectMunicipalities,
  selectParticipantIds,
  selectRegistryOrganisations,
  selectRegistryPeople,
  selectRememberedMapping,
} from "./imports.queries.js";
import {
  correctedMapping,
  type FileReading,
  fieldsOf,
  headerSetKey,
  mappingToRemember,
  readImportFile,
  rememberedMapping,
  storedMapping,
  suggestedMapping,
} from "./imports.reading.js";

export const importLimits = {
  /** 10 MiB, as for evidence. */
  maxBytes: 10 * 1024 * 1024,
  extensions: ["xlsx", "csv", "txt"] as const,
};

const IMPORT = "Import";

export interface Upload {
  fileName: string;
  stream: Readable;
}

/** The organisation a mapping is remembered for and an import belongs to: null for staff. */
const ownerOf = (actor: Actor) => (isStaff(actor) ? null : actor.organizationId);

/** The kinds handled here; indicator values have their own import. */
function checkKind(kind: ImportKind) {
  if (kind === "indicatorValues")
    throw invalid("kind", "Indicator values are imported on the data-entry form");
}

/** The facts the policy needs about an import or an upload: its kind, uploader and event. */
async function factsOf(db: DbOrTx, kind: ImportKind, eventId: string | null, createdBy?: string | null) {
  const facts: ImportFacts = { kind, createdBy };
  if (eventId) facts.event = await selectEventLinksOf(db, eventId);
  return facts;
}

/** The import row after the policy; 404 when missing or hidden. */
async function authorizedImport(
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

/** Loads what the rows are matched against: people the actor may read, organisations, places. */
export async function loadRegistry(db: DbOrTx, actor: Actor, eventId?: string | null): Promise<Registry> {
  // One after the other: the queries may share a transaction's connection.
  const people = await selectRegistryPeople(db, actor);
  const organisations = await selectRegistryOrganisations(db);
  const municipalities = await selectMunicipalities(db);
  const participantIds = new Set(eventId ? await selectParticipantIds(db, eventId) : []);
  return { people, organisations, municipalities, participantIds };
}

/** The mapping remembered for these headers, else the suggestion. */
async function initialMapping(db: DbOrTx, actor: Actor, kind: ImportKind, reading: FileReading) {
  if (reading.headers.length === 0) return [];
  const remembered = await selectRememberedMapping(db, ownerOf(actor), kind, headerSetKey(reading.headers));
  return remembered ? rememberedMapping(kind, reading, remembered.mapping) : suggestedMapping(kind, reading);
}

/**
 * Reads a file and analyses it for an import: the entry point of the preview, which the benchmark
 * calls too. With no mapping given, the remembered one or the suggestion is used.
 */
export async function analyseFile(
  db: DbOrTx,
  actor: Actor,
  input: {
    kind: ImportKind;
    bytes: Uint8Array;
    sheet?: string | null;
    mapping?: ColumnMapping[] | null;
    /** The event of an attendance import: its participants settle likely matches. */
    eventId?: string | null;
  },
): Promise<{ reading: FileReading; analysis: Analysis; registry: Registry }> {
  const reading = await readImportFile(input.bytes, input.sheet);
  const mapping = input.mapping
    ? storedMapping(input.kind, reading, input.mapping)
    : await initialMapping(db, actor, input.kind, reading);
  const registry = await loadRegistry(db, actor, input.eventId);
  return { reading, analysis: analyseRows(input.kind, reading, mapping, registry), registry };
}

/** The stored reading of an import: the sheet and the mapping in force. */
interface StoredReading {
  format?: string;
  encoding?: string | null;
  delimiter?: string | null;
  sheet?: string | null;
  headerRow?: number;
  mapping?: ColumnMapping[];
}

const readingToStore = (reading: FileReading, mapping: ColumnMapping[]): Record<string, unknown> => ({
  format: reading.format,
  encoding: reading.encoding,
  delimiter: reading.delimiter,
  sheet: reading.sheetName,
  headerRow: reading.headerRow,
  mapping,
});

/** A stored file's bytes. */
async function storedBytes(files: FileStore, storageKey: string): Promise<Uint8Array> {
  if (!(await files.exists(storageKey))) throw notFound(IMPORT);
  const parts: Buffer[] = [];
  for await (const chunk of files.open(storageKey)) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** The stored file analysed under the stored mapping (or a given one). */
async function analyseStored(
  db: DbOrTx,
  files: FileStore,
  actor: Actor,
  row: ImportRow,
  mapping?: ColumnMapping[],
) {
  const stored = row.reading as StoredReading;
  return analyseFile(db, actor, {
    kind: row.kind as ImportKind,
    bytes: await storedBytes(files, row.storageKey),
    sheet: stored.sheet ?? null,
    mapping: mapping ?? stored.mapping ?? null,
    eventId: row.eventId,
  });
}

function toPreview(record: ImportRecord, reading: FileReading, analysis: Analysis): ImportPreview {
  return {
    import: record,
    encoding: reading.encoding,
    delimiter: reading.delimiter,
    sheetName: reading.sheetName,
    sheetNames: reading.sheetNames,
    headerRow: reading.headerRow,
    mapping: analysis.mapping,
    fields: [...fieldsOf(analysis.kind)],
    issues: analysis.issues,
    likely: analysis.likely,
    rows: analysis.rows,
  };
}

/** The record with what the actor may do with it. */
function withAbilities(actor: Actor, record: StoredImportRecord): ImportRecord {
  const facts: ImportFacts = { kind: record.kind, createdBy: record.createdBy };
  return { ...record, abilities: { downloadFile: importPolicy(actor, "readFile", facts) === "allow" } };
}

async function loadRecord(db: DbOrTx, actor: Actor, id: string): Promise<ImportRecord> {
  const record = await selectImportRecord(db, id);
  if (!record) throw notFound(IMPORT);
  return withAbilities(actor, record);
}

/** The import row as audited: without the storage key. */
const audited = (row: ImportRow) => {
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
    const [event] = await db.select({ id: events.id }).from(events).where(eq(events.id, eventId));
    if (!event) throw notFound("Event");
    enforce(importPolicy(actor, "create", await factsOf(db, query.kind, eventId)), "Event");
  }

  const file = await upload();
  if (!file) throw invalid("file", "Choose a file to upload");
  const fileName = cleanFileName(file.fileName);
  const kind = kindOfName(fileName);
  if (!kind || !(importLimits.extensions as readonly string[]).includes(extensionOf(fileName))) {
    file.stream.resume();
    throw invalid("file", `Upload a file of one of these kinds: ${importLimits.extensions.join(", ")}`);
  }
  const stored = await files.save(file.stream, importLimits.maxBytes).catch((error: unknown) => {
    const tooLarge =
      error instanceof FileTooLargeError || (error as { statusCode?: number }).statusCode === 413;
    throw tooLarge ? new AppError("TOO_LARGE", "The file is larger than 10 MB") : error;
  });
  try {
    if (stored.sizeBytes === 0) throw invalid("file", "The file is empty");
    if (!kind.matches(stored.head))
      throw invalid("file", "The file's content does not match its kind (its extension)");
    const { reading, analysis } = await analyseFile(db, actor, {
      kind: query.kind,
      bytes: await storedBytes(files, stored.key),
      sheet: query.sheet ?? null,
      eventId: query.eventId ?? null,
    });
    const id = await db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(imports)
        .values({
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
        })
        .returning();
      if (!inserted) throw new Error("import row not written");
      await recordAudit(tx, actor, {
        action: "create",
        entityType: "import",
        entityId: inserted.id,
        after: audited(inserted),
      });
      return inserted.id;
    });
    return toPreview(await loadRecord(db, actor, id), reading, analysis);
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
  const preview = toPreview(await loadRecord(db, actor, id), reading, analysis);
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
  if (row.status !== "previewed") throw conflict("This import is already committed");
  const current = await analyseStored(db, files, actor, row);
  const mapping = correctedMapping(row.kind as ImportKind, current.analysis.mapping, input);
  const { reading, analysis } = await analyseStored(db, files, actor, row, mapping);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(imports).where(eq(imports.id, id)).for("update");
    if (!before) throw notFound(IMPORT);
    if (before.status !== "previewed") throw conflict("This import is already committed");
    const [after] = await tx
      .update(imports)
      .set({ reading: readingToStore(reading, mapping), counts: analysis.counts })
      .where(eq(imports.id, id))
      .returning();
    if (!after) throw notFound(IMPORT);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "import",
      entityId: id,
      before: audited(before),
      after: audited(after),
    });
  });
  return toPreview(await loadRecord(db, actor, id), reading, analysis);
}

/** Keeps the confirmed mapping for the next file with the same headers from the same organisation. */
async function rememberMapping(
  tx: DbOrTx,
  actor: Actor,
  kind: ImportKind,
  reading: FileReading,
  mapping: ColumnMapping[],
) {
  if (reading.headers.length === 0) return;
  const organizationId = ownerOf(actor);
  const headerKey = headerSetKey(reading.headers);
  const remembered = mappingToRemember(mapping);
  const [before] = await tx
    .select()
    .from(importMappings)
    .where(
      and(
        organizationId === null
          ? isNull(importMappings.organizationId)
          : eq(importMappings.organizationId, organizationId),
        eq(importMappings.kind, kind),
        eq(importMappings.headerKey, headerKey),
      ),
    )
    .for("update");
  if (before) {
    const [after] = await tx
      .update(importMappings)
      .set({ mapping: remembered, updatedAt: sql`now()` })
      .where(eq(importMappings.id, before.id))
      .returning();
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "import_mapping",
      entityId: before.id,
      before,
      after,
    });
    return;
  }
  const [created] = await tx
    .insert(importMappings)
    .values({ organizationId, kind, headerKey, mapping: remembered })
    .returning();
  if (created)
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "import_mapping",
      entityId: created.id,
      after: created,
    });
}

/**
 * Commits an import: all or nothing, in one transaction. The import row is locked first, so a
 * second commit waits and then answers 409.
 */
export async function commitImport(
  db: Db,
  files: FileStore,
  actor: Actor,
  id: string,
  input: CommitInput,
): Promise<ImportRecord> {
  const decisions = new Map(
    (input.decisions ?? []).map((decision) => [decision.rowNumber, decision.personId]),
  );
  await db.transaction(async (tx) => {
    const row = await authorizedImport(tx, actor, id, "write", true);
    if (row.status !== "previewed") throw conflict("This import is already committed");
    checkKind(row.kind as ImportKind);
    const { reading, analysis, registry } = await analyseStored(tx, files, actor, row);
    const counts = await writeImport(tx, actor, analysis, registry, {
      eventId: row.eventId,
      decisions,
      createMissingOrganizations: input.createMissingOrganizations ?? false,
    });
    await rememberMapping(tx, actor, row.kind as ImportKind, reading, analysis.mapping);
    const [after] = await tx
      .update(imports)
      .set({
        status: "committed",
        committedAt: sql`now()`,
        counts,
        reading: readingToStore(reading, analysis.mapping),
      })
      .where(eq(imports.id, id))
      .returning();
    if (!after) throw notFound(IMPORT);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "import",
      entityId: id,
      before: audited(row),
      after: audited(after),
    });
  });
  return loadRecord(db, actor, id);
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
  return { row, contentType, stream: files.open(row.storageKey) };
}

/**
 * Analyses and writes a file in one go, without the file store or an import record: what the
 * benchmark measures (the same reading, matching and batched writing as preview and commit).
 */
export async function importBytes(
  db: Db,
  actor: Actor,
  input: {
    kind: ImportKind;
    bytes: Uint8Array;
    eventId?: string | null;
    decisions?: ReadonlyMap<number, string | null>;
    createMissingOrganizations?: boolean;
  },
) {
  checkKind(input.kind);
  const facts = await factsOf(db, input.kind, input.eventId ?? null);
  enforce(importPolicy(actor, "create", facts), IMPORT);
  const preview = await analyseFile(db, actor, {
    kind: input.kind,
    bytes: input.bytes,
    eventId: input.eventId ?? null,
  });
  const counts = await db.transaction(async (tx) => {
    const { analysis, registry } = await analyseFile(tx, actor, {
      kind: input.kind,
      bytes: input.bytes,
      mapping: preview.analysis.mapping,
      eventId: input.eventId ?? null,
    });
    return writeImport(tx, actor, analysis, registry, {
      eventId: input.eventId ?? null,
      decisions: input.decisions ?? new Map(),
      createMissingOrganizations: input.createMissingOrganizations ?? false,
    });
  });
  return { preview: preview.analysis, counts };
}
