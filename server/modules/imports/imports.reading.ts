/**
 * An uploaded file → the table an import works on, and the mapping of its columns: suggested from
 * the headers, remembered from an earlier import of the same headers, or the user's.
 */
import { createHash } from "node:crypto";
import {
  type ColumnMapping,
  type ImportField,
  type ImportKind,
  kindFields,
  type MappingInput,
} from "../../../common/schemas/imports.js";
import { invalid, refused } from "../../http/errors.js";
import type { FileTable } from "../../imports/read/file-table.js";
import { headerKey, suggestMapping } from "../../imports/read/index.js";
import { FileReadError, fileReader } from "../../imports/read/read-in-worker.js";

/** How the file was read and what it holds (see {@link FileTable}). */
export type FileReading = FileTable;

/** How long a header may be; how many columns a file may have is a limit of the reader. */
export const headerLimits = { maxHeaderLength: 500 };

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** What stopped the reader, as the API answers it: 413 for what is too big, else 400. */
function readingRefused(error: FileReadError): Error {
  const { failure } = error;
  switch (failure.kind) {
    case "limit":
      switch (failure.code) {
        case "rows":
          return refused("TOO_LARGE", "too_many_rows", { max: failure.limit });
        case "uncompressed":
          return refused("TOO_LARGE", "file_unpacks_too_large", { max: megabytes(failure.limit) });
        case "columns":
          return invalid("file", "too_many_columns", { max: failure.limit });
        case "cellLength":
          return invalid("file", "cell_too_long", {
            max: failure.limit,
            row: failure.row ?? 0,
            column: failure.column ?? 0,
          });
        case "sheets":
          return invalid("file", "too_many_sheets", { max: failure.limit });
        default:
          return refused("TOO_LARGE", "workbook_too_complex");
      }
    case "workbook":
      return failure.code === "no-sheet"
        ? invalid("sheet", "no_such_sheet")
        : invalid("file", "unreadable_workbook");
    case "timeout":
    case "memory":
      return refused("TOO_LARGE", "workbook_too_complex");
    default:
      return error;
  }
}

/**
 * Reads an uploaded file in a worker thread (see `read-in-worker.ts`): a sheet of a workbook or
 * delimited text, then its table. A file past the reader's limits is refused.
 */
export async function readImportFile(bytes: Uint8Array, sheet?: string | null): Promise<FileReading> {
  const table = await fileReader.read(bytes, sheet ?? null).catch((error: unknown) => {
    throw error instanceof FileReadError ? readingRefused(error) : error;
  });
  const { maxHeaderLength } = headerLimits;
  const longHeader = table.headers.findIndex((header) => header.length > maxHeaderLength);
  if (longHeader >= 0) {
    const column = (table.columns[longHeader] ?? longHeader) + 1;
    throw invalid("file", "header_too_long", { max: maxHeaderLength, column });
  }
  return table;
}

/**
 * The key a mapping is remembered under: the SHA-256 (hex) of the headers' comparison keys joined
 * with "|", so that a header of any width fits the unique index.
 */
export function headerSetKey(headers: readonly string[]): string {
  return createHash("sha256").update(headers.map(headerKey).join("|"), "utf8").digest("hex");
}

/** The fields a kind's columns may fill. */
export function fieldsOf(kind: ImportKind): readonly ImportField[] {
  return kindFields[kind];
}

/** The suggestion of the reading layer, as the contract writes it. */
export function suggestedMapping(kind: ImportKind, reading: FileReading): ColumnMapping[] {
  return suggestMapping(reading.headers, kind).map((suggestion, index) => ({
    column: reading.columns[index] ?? index,
    header: suggestion.header,
    field: suggestion.field,
    source: suggestion.match === "exact" || suggestion.match === "close" ? suggestion.match : "none",
  }));
}

/** A remembered mapping (header key → field) applied to the headers of a file. */
export function rememberedMapping(
  kind: ImportKind,
  reading: FileReading,
  remembered: Record<string, string | null>,
): ColumnMapping[] {
  const allowed = new Set<string>(fieldsOf(kind));
  return reading.headers.map((header, index) => {
    const field = remembered[headerKey(header)] ?? null;
    return {
      column: reading.columns[index] ?? index,
      header,
      field: field !== null && allowed.has(field) ? (field as ImportField) : null,
      source: "remembered",
    };
  });
}

/** The mapping to remember: per header key, the field it fills. */
export function mappingToRemember(mapping: readonly ColumnMapping[]): Record<string, string | null> {
  return Object.fromEntries(mapping.map((column) => [headerKey(column.header), column.field]));
}

/**
 * A stored mapping checked against the file as read now: it is kept when it names the same columns
 * and headers, else the suggestion is used.
 */
export function storedMapping(kind: ImportKind, reading: FileReading, stored: unknown): ColumnMapping[] {
  const mapping = Array.isArray(stored) ? (stored as ColumnMapping[]) : [];
  const fits =
    mapping.length === reading.headers.length &&
    mapping.every(
      (column, index) => column.column === reading.columns[index] && column.header === reading.headers[index],
    );
  return fits ? mapping : suggestedMapping(kind, reading);
}

/**
 * The user's corrections applied: the columns named take the field chosen (source "user"); the
 * others keep theirs. A field of another kind, an unknown column or a field chosen for two columns
 * is refused.
 */
export function correctedMapping(
  kind: ImportKind,
  current: readonly ColumnMapping[],
  input: MappingInput,
): ColumnMapping[] {
  const allowed = new Set<string>(fieldsOf(kind));
  const byColumn = new Map(current.map((column) => [column.column, column]));
  const changes = new Map<number, ImportField | null>();
  input.mapping.forEach((change, index) => {
    if (!byColumn.has(change.column)) throw invalid(`mapping.${index}.column`, "no_such_column");
    if (change.field !== null && !allowed.has(change.field))
      throw invalid(`mapping.${index}.field`, "field_not_of_kind");
    changes.set(change.column, change.field);
  });
  const result = current.map((column) =>
    changes.has(column.column)
      ? { ...column, field: changes.get(column.column) ?? null, source: "user" as const }
      : column,
  );
  const used = new Set<string>();
  result.forEach((column) => {
    if (column.field === null) return;
    if (used.has(column.field)) throw invalid("mapping", "field_mapped_twice");
    used.add(column.field);
  });
  return result;
}
