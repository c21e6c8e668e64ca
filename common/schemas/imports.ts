/**
 * Spreadsheet imports: the kinds, their fields, and the contract of upload → preview → (correct the
 * mapping, confirm likely matches) → commit. The server reads the file (encoding, delimiter, header
 * row) with `server/imports/read`; nothing is written before the commit, which is all-or-nothing.
 */
import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { page, Uuid } from "./common.js";

export const importKinds = ["attendance", "people", "organisations", "indicatorValues"] as const;
export const ImportKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof ImportKind>;

export const personFields = [
  "fullName",
  "givenName",
  "familyName",
  "sex",
  "organisation",
  "position",
  "municipality",
  "email",
  "phone",
] as const;
export const attendanceFields = [
  ...personFields,
  "role",
  "attended",
  "preScore",
  "postScore",
  "maxScore",
] as const;
export const organisationFields = ["name", "shortName", "level", "sector", "municipality"] as const;
export const indicatorValueFields = ["indicatorCode", "category", "value"] as const;

/** The fields of each kind of import. */
export const kindFields = {
  attendance: attendanceFields,
  people: personFields,
  organisations: organisationFields,
  indicatorValues: indicatorValueFields,
} as const satisfies Record<ImportKind, readonly string[]>;

export type FieldOf<K extends ImportKind> = (typeof kindFields)[K][number];
export type ImportField = FieldOf<ImportKind>;
export const ImportFieldName = z.enum([
  ...new Set<string>([...attendanceFields, ...organisationFields, ...indicatorValueFields]),
] as [ImportField, ...ImportField[]]);

/** Where the upload goes: the kind, and the event for attendance. Sent as the query of the upload. */
export const ImportUploadQuery = z
  .strictObject({
    kind: ImportKind,
    eventId: Uuid.optional(),
    /** A sheet of a workbook, by name; the first sheet when left out. */
    sheet: z.string().trim().max(100).optional(),
  })
  .refine((query) => query.kind !== "attendance" || query.eventId, {
    message: "An attendance import names its event",
    params: { reason: "event_required" satisfies Reason },
    path: ["eventId"],
  });
export type ImportUploadQuery = z.infer<typeof ImportUploadQuery>;

/** One column of the file and the field it fills (null: ignored). */
export const ColumnMapping = z.object({
  column: z.number().int().min(0),
  header: z.string(),
  field: ImportFieldName.nullable(),
  /** How the field was found: the user's choice, remembered, an exact or close synonym, or nothing. */
  source: z.enum(["user", "remembered", "exact", "close", "none"]),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** A problem of one row (1-based row of the file) and column; errors skip the row, warnings do not. */
export const ImportIssue = z.object({
  rowNumber: z.number().int(),
  header: z.string().nullable(),
  severity: z.enum(["error", "warning"]),
  /** A stable code the UI translates (e.g. "sex", "date", "number", "municipality", "required"). */
  code: z.string(),
  /** The cell as it was in the file. */
  value: z.string().nullable(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

/** A row whose person may already be registered: the user confirms one of them or "new". */
export const LikelyMatch = z.object({
  rowNumber: z.number().int(),
  name: z.string(),
  organisation: z.string().nullable(),
  candidates: z.array(
    z.object({ personId: Uuid, name: z.string(), organisationName: z.string().nullable() }),
  ),
});
export type LikelyMatch = z.infer<typeof LikelyMatch>;

/** What a row will do at commit. */
export const RowOutcome = z.enum(["new", "matched", "likely", "skipped"]);

export const PreviewRow = z.object({
  rowNumber: z.number().int(),
  outcome: RowOutcome,
  /** The normalised values by field, as they will be written (text). */
  values: z.record(z.string(), z.string().nullable()),
  personId: Uuid.nullable(),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const ImportCounts = z.object({
  rows: z.number().int(),
  new: z.number().int(),
  matched: z.number().int(),
  likely: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportStatus = z.enum(["previewed", "committed"]);

/** An import as recorded: who, when, which file, and what it did. */
export const ImportRecord = z.object({
  id: Uuid,
  kind: ImportKind,
  status: ImportStatus,
  eventId: Uuid.nullable(),
  eventTitle: z.string().nullable(),
  organizationId: Uuid.nullable(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  createdBy: Uuid.nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  counts: ImportCounts,
  /** What the reader may do with the import, by its policy. */
  abilities: z.object({
    /** Download the original file: staff and the uploader only, as it holds contacts of other organisations' people. */
    downloadFile: z.boolean(),
  }),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

/** The preview: how the file was read, the mapping, and what each row will do. */
export const ImportPreview = z.object({
  import: ImportRecord,
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  sheetName: z.string().nullable(),
  sheetNames: z.array(z.string()),
  /** 1-based row of the file that holds the headers. */
  headerRow: z.number().int(),
  mapping: z.array(ColumnMapping),
  /** The fields of this kind, for the mapping choices. */
  fields: z.array(ImportFieldName),
  issues: z.array(ImportIssue),
  likely: z.array(LikelyMatch),
  /** The first rows (at most 200) as they will be written. */
  rows: z.array(PreviewRow),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** Corrects the mapping: per column, the field it fills or null; the preview is made again. */
export const MappingInput = z.strictObject({
  mapping: z.array(z.strictObject({ column: z.number().int().min(0), field: ImportFieldName.nullable() })),
});
export type MappingInput = z.infer<typeof MappingInput>;

/** The commit: a decision for every likely match, and whether to create missing organisations. */
export const CommitInput = z.strictObject({
  decisions: z
    .array(z.strictObject({ rowNumber: z.number().int(), personId: Uuid.nullable() }))
    .max(20_000)
    .default([]),
  createMissingOrganizations: z.boolean().default(false),
});
export type CommitInput = z.input<typeof CommitInput>;

export const ImportListQuery = z.strictObject({
  kind: ImportKind.optional(),
  eventId: Uuid.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ImportListQuery = z.infer<typeof ImportListQuery>;

/** A page of imports, newest first. */
export const ImportList = page(ImportRecord);
export type ImportList = z.infer<typeof ImportList>;
