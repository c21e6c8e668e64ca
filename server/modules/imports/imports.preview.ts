/**
 * Reading an import's file and analysing it against the registry: what the upload, the preview,
 * the correction of the mapping and the commit share. Nothing here writes.
 */
import type {
  ColumnMapping,
  ImportKind,
  ImportPreview,
  ImportRecord,
} from "../../../common/schemas/imports.js";
import type { DbOrTx } from "../../db/client.js";
import type { FileStore } from "../../files/store.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { type Analysis, analyseRows, type OnMatched, type Registry } from "./imports.analysis.js";
import {
  type ImportRow,
  selectEventScoreMaximum,
  selectMunicipalities,
  selectParticipantIds,
  selectRegistryOrganisations,
  selectRegistryPeople,
  selectRememberedMapping,
} from "./imports.queries.js";
import {
  type FileReading,
  fieldsOf,
  headerSetKey,
  readImportFile,
  rememberedMapping,
  storedMapping,
  suggestedMapping,
} from "./imports.reading.js";
import { insertImportTable, type StoredTable, selectImportTable } from "./imports.table.queries.js";
import { correctedTable, type ImportChanges } from "./imports.tables.js";

export const IMPORT = "Import";

/** The organisation a mapping is remembered for and an import belongs to: null for staff. */
export const ownerOf = (actor: Actor) => (isStaff(actor) ? null : actor.organizationId);

/** Loads what the rows are matched against: people the actor may read, organisations, places. */
export async function loadRegistry(db: DbOrTx, actor: Actor, eventId?: string | null): Promise<Registry> {
  // One after the other: the queries may share a transaction's connection.
  const people = await selectRegistryPeople(db, actor);
  const organisations = await selectRegistryOrganisations(db);
  const municipalities = await selectMunicipalities(db);
  const participantIds = new Set(eventId ? await selectParticipantIds(db, eventId) : []);
  const eventScoreMaximum = eventId ? await selectEventScoreMaximum(db, eventId) : null;
  return { people, organisations, municipalities, participantIds, eventScoreMaximum };
}

/** The mapping remembered for these headers, else the suggestion. */
async function initialMapping(db: DbOrTx, actor: Actor, kind: ImportKind, reading: FileReading) {
  if (reading.headers.length === 0) return [];
  const remembered = await selectRememberedMapping(db, ownerOf(actor), kind, headerSetKey(reading.headers));
  return remembered ? rememberedMapping(kind, reading, remembered.mapping) : suggestedMapping(kind, reading);
}

/** The mapping an analysis uses: the given one checked against the table, else the remembered one or the suggestion. */
export async function mappingInForce(
  db: DbOrTx,
  actor: Actor,
  kind: ImportKind,
  reading: FileReading,
  mapping?: ColumnMapping[] | null,
): Promise<ColumnMapping[]> {
  return mapping ? storedMapping(kind, reading, mapping) : initialMapping(db, actor, kind, reading);
}

/**
 * Analyses a table read from a file for an import, with the user's changes applied: the entry
 * point of the preview and the commit. With no mapping given, the remembered one or the
 * suggestion is used.
 */
export async function analyseTable(
  db: DbOrTx,
  actor: Actor,
  input: {
    kind: ImportKind;
    table: FileReading;
    mapping?: ColumnMapping[] | null;
    /** The event of an attendance import: its participants settle likely matches. */
    eventId?: string | null;
    changes?: ImportChanges;
    onMatched?: OnMatched;
  },
): Promise<{ reading: FileReading; analysis: Analysis; registry: Registry }> {
  const changes = input.changes ?? {};
  const reading = correctedTable(input.table, changes);
  const mapping = await mappingInForce(db, actor, input.kind, reading, input.mapping);
  const registry = await loadRegistry(db, actor, input.eventId);
  const analysis = await analyseRows(input.kind, reading, mapping, registry, changes, input.onMatched);
  return { reading, analysis, registry };
}

/** Reads a file (in a worker thread) and analyses it: the upload, and what the benchmark calls. */
export async function analyseFile(
  db: DbOrTx,
  actor: Actor,
  input: {
    kind: ImportKind;
    bytes: Uint8Array;
    sheet?: string | null;
    mapping?: ColumnMapping[] | null;
    eventId?: string | null;
  },
) {
  const table = await readImportFile(input.bytes, input.sheet);
  return analyseTable(db, actor, { ...input, table });
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

export const readingToStore = (reading: FileReading, mapping: ColumnMapping[]): Record<string, unknown> => ({
  format: reading.format,
  encoding: reading.encoding,
  delimiter: reading.delimiter,
  sheet: reading.sheetName,
  headerRow: reading.headerRow,
  mapping,
});

/** A stored file's bytes. */
export async function storedBytes(files: FileStore, storageKey: string): Promise<Uint8Array> {
  if (!(await files.exists(storageKey))) throw notFound(IMPORT);
  const parts: Buffer[] = [];
  for await (const chunk of await files.open(storageKey)) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/**
 * The table of an import and the user's changes. An import recorded before tables were kept has
 * its file read once more, and the table is kept from then on.
 */
export async function storedTable(db: DbOrTx, files: FileStore, row: ImportRow): Promise<StoredTable> {
  const kept = await selectImportTable(db, row.id);
  if (kept) return kept;
  const stored = row.reading as StoredReading;
  const table = await readImportFile(await storedBytes(files, row.storageKey), stored.sheet ?? null);
  await insertImportTable(db, row.id, table);
  return { table, changes: {} };
}

/** The stored table analysed under the stored mapping (or a given one) with the user's changes. */
export async function analyseStored(
  db: DbOrTx,
  files: FileStore,
  actor: Actor,
  row: ImportRow,
  mapping?: ColumnMapping[],
  onMatched?: OnMatched,
) {
  const { table, changes } = await storedTable(db, files, row);
  const stored = row.reading as StoredReading;
  return analyseTable(db, actor, {
    kind: row.kind as ImportKind,
    table,
    mapping: mapping ?? stored.mapping ?? null,
    eventId: row.eventId,
    changes,
    ...(onMatched ? { onMatched } : {}),
  });
}

/**
 * The preview answered: the import as recorded, with the counts of this analysis while it is not
 * committed (the analysis is the one source of the counts until the commit records its own).
 */
export function toPreview(record: ImportRecord, reading: FileReading, analysis: Analysis): ImportPreview {
  return {
    import: record.status === "previewed" ? { ...record, counts: analysis.counts } : record,
    encoding: reading.encoding,
    delimiter: reading.delimiter,
    sheetName: reading.sheetName,
    sheetNames: reading.sheetNames,
    headerRow: reading.headerRow,
    mapping: analysis.mapping,
    fields: [...fieldsOf(analysis.kind)],
    issues: analysis.issues,
    likely: analysis.likely,
    duplicates: analysis.duplicates,
    unknownOrganisations: [...analysis.missingOrganisations.values()].map(({ name, people }) => ({
      name,
      people,
    })),
    scoreMaximum: analysis.scoreMaximum,
    notices: analysis.notices,
    rows: analysis.rows,
  };
}
