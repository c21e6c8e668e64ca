/**
 * Spreadsheet imports: the kinds, their fields, and the contract of upload → preview → (correct the
 * mapping, confirm likely matches) → commit. The server reads the file (encoding, delimiter, header
 * row) with `server/imports/read`; nothing is written before the commit, which is all-or-nothing.
 */
import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { ErrorBodySchema, page, Uuid } from "./common.js";

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

/**
 * What an import does: rows of the file, and the people (or organisations) they stand for — rows of
 * one person count once — with the people split by sex.
 */
export const ImportCounts = z.object({
  rows: z.number().int(),
  new: z.number().int(),
  matched: z.number().int(),
  likely: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  /** People of a people or attendance file by sex (0 for organisations). */
  female: z.number().int(),
  male: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

/** Counts of an import that has done nothing yet. */
export const emptyImportCounts: ImportCounts = {
  rows: 0,
  new: 0,
  matched: 0,
  likely: 0,
  skipped: 0,
  errors: 0,
  warnings: 0,
  female: 0,
  male: 0,
};

export const importStatuses = ["previewed", "committing", "committed"] as const;
/** previewed → committing (written in the background, with its progress) → committed. */
export const ImportStatus = z.enum(importStatuses);

/** The steps of a commit, in order. */
export const importCommitSteps = ["reading", "matching", "writing"] as const;

/**
 * How far a commit has come: the rows of the file, the people (or organisations) matched against
 * the registry so far, the records written so far. `updatedAt` moves at least every few seconds
 * while it runs; a commit that has not moved for two minutes was cut off (its transaction left
 * nothing behind) and may be started again.
 */
export const ImportProgress = z.object({
  step: z.enum(importCommitSteps),
  rows: z.number().int(),
  read: z.number().int(),
  /** People (or organisations) of the file, and how many of them have been matched. */
  records: z.number().int(),
  matched: z.number().int(),
  /** Records to write (people, participations, organisations) and written so far. */
  toWrite: z.number().int(),
  written: z.number().int(),
  startedAt: z.string(),
  updatedAt: z.string(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

/** An import as recorded: who, when, which file, and what it did. */
export const ImportRecord = z
  .object({
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
    /** While the import is being committed: how far it has come. */
    progress: ImportProgress.nullable(),
    /** Why the last commit failed when it failed after its request was answered (as the API would have said it). */
    commitError: ErrorBodySchema.nullable(),
    /** What the reader may do with the import, by its policy. */
    abilities: z.object({
      /** Download the original file: staff and the uploader only, as it holds contacts of other organisations' people. */
      downloadFile: z.boolean(),
    }),
  })
  .meta({ id: "ImportRecord" });
export type ImportRecord = z.infer<typeof ImportRecord>;

/**
 * A row that is likely the same person as an earlier row of the file: the same name (diacritics,
 * script and case aside) where one of the two names no registered organisation. The user says
 * whether they are the same person (the rows are merged) or not.
 */
export const InFileDuplicate = z.object({
  rowNumber: z.number().int(),
  ofRowNumber: z.number().int(),
  name: z.string(),
  ofName: z.string(),
  organisation: z.string().nullable(),
  ofOrganisation: z.string().nullable(),
  decision: z.enum(["same", "different"]).nullable(),
});
export type InFileDuplicate = z.infer<typeof InFileDuplicate>;

/** An organisation people's rows name that the registry does not know (yet). */
export const UnknownOrganisation = z.object({
  name: z.string(),
  /** How many people of the file name it: saved without an organisation unless it is matched or created. */
  people: z.number().int(),
});
export type UnknownOrganisation = z.infer<typeof UnknownOrganisation>;

/** The test's maximum asked for when the file has scores but no maximum for them. */
export const ScoreMaximum = z.object({
  /** The value in force (the user's), or null while unanswered. */
  value: z.number().nullable(),
  /** What the form proposes: the maximum already recorded for the event, else the highest score rounded up to 10, 20 or 100. */
  suggested: z.number().nullable(),
  /** How many rows have scores without a maximum. */
  rows: z.number().int(),
});
export type ScoreMaximum = z.infer<typeof ScoreMaximum>;

/** Something about the file as a whole the user should know. */
export const ImportNotice = z.enum(["noRows"]);
export type ImportNotice = z.infer<typeof ImportNotice>;

/** The preview: how the file was read, the mapping, and what each row will do. */
export const ImportPreview = z
  .object({
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
    /** Rows likely to be the same person as an earlier row of the file. */
    duplicates: z.array(InFileDuplicate),
    /** Organisations named by people's rows that the registry does not know. */
    unknownOrganisations: z.array(UnknownOrganisation),
    /** Set when some rows have test scores without a maximum. */
    scoreMaximum: ScoreMaximum.nullable(),
    notices: z.array(ImportNotice),
    /**
     * The rows as they will be written: the first 200, and every row with an error or a warning (up
     * to 200 more), so that each can be corrected.
     */
    rows: z.array(PreviewRow),
  })
  .meta({ id: "ImportPreview" });
export type ImportPreview = z.infer<typeof ImportPreview>;

/** A corrected cell: the row and the field (its mapped column), and the text it should hold. */
export const CellChange = z.strictObject({
  rowNumber: z.number().int().min(1),
  field: ImportFieldName,
  value: z.string().max(10_000).nullable(),
});

/**
 * What the user changes in the preview before the commit; each part is optional and applies on
 * top of the earlier changes. The preview is made again and answered.
 */
export const ImportChangesInput = z.strictObject({
  cells: z.array(CellChange).max(1_000).optional(),
  /** Per likely in-file duplicate (its later row): whether it is the same person as the earlier row. */
  duplicates: z
    .array(z.strictObject({ rowNumber: z.number().int().min(1), same: z.boolean() }))
    .max(20_000)
    .optional(),
  /** An organisation the file names, matched to a registered organisation (null: no longer matched). */
  organisations: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(500), organizationId: Uuid.nullable() }))
    .max(1_000)
    .optional(),
  /** The test's maximum for scores without one (null: none). */
  scoreMaximum: z.number().positive().max(99_999.99).nullable().optional(),
});
export type ImportChangesInput = z.infer<typeof ImportChangesInput>;

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
