/**
 * Spreadsheet imports: each upload as recorded (who, when, file, how it was read, the mapping,
 * counts) with the original file in the file store, and the column mappings remembered per
 * organisation, kind and set of headers.
 */
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { importKinds, importStatuses } from "../../../common/schemas/imports.js";
import { users } from "./accounts.js";
import { oneOf } from "./columns.js";
import { events } from "./events.js";
import { organizations } from "./registry.js";

export const imports = pgTable(
  "imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    status: text("status").notNull().default("previewed"),
    /** The event an attendance import fills. */
    eventId: uuid("event_id").references(() => events.id),
    /** The organisation of the user who imported (null for the agency's staff). */
    organizationId: uuid("organization_id").references(() => organizations.id),
    fileName: text("file_name").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    /** How the file was read: encoding, delimiter, sheet, header row, and the mapping in force. */
    reading: jsonb("reading").$type<Record<string, unknown>>().notNull().default({}),
    counts: jsonb("counts").$type<Record<string, number>>().notNull().default({}),
    /** While committing: the step and the counts so far (common/schemas/imports.ts `ImportProgress`). */
    progress: jsonb("progress").$type<Record<string, unknown>>(),
    /** The error body of the last commit that failed after its request was answered. */
    commitError: jsonb("commit_error").$type<Record<string, unknown>>(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp("committed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("imports_storage_key").on(t.storageKey),
    index("imports_event_idx").on(t.eventId),
    index("imports_created_idx").on(t.createdAt),
    check("imports_kind_check", oneOf(t.kind, importKinds)),
    check("imports_status_check", oneOf(t.status, importStatuses)),
    check("imports_committed_check", sql`(${t.status} = 'committed') = (${t.committedAt} is not null)`),
  ],
);

/** The mapping last confirmed for a set of headers, per organisation (or the agency) and kind. */
export const importMappings = pgTable(
  "import_mappings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").references(() => organizations.id),
    kind: text("kind").notNull(),
    /** SHA-256 (hex) of the headers' comparison keys joined with "|", in column order. */
    headerKey: text("header_key").notNull(),
    /** Per header key, the field it fills (or null). */
    mapping: jsonb("mapping").$type<Record<string, string | null>>().notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("import_mappings_key").on(
      sql`coalesce(${t.organizationId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.kind,
      t.headerKey,
    ),
    check("import_mappings_kind_check", oneOf(t.kind, importKinds)),
  ],
);

/**
 * The table an upload was read into, kept so that every later step (preview, corrections,
 * commit) works on it without reading the file again; and what the user changed in the preview.
 */
export const importTables = pgTable("import_tables", {
  importId: uuid("import_id")
    .primaryKey()
    .references(() => imports.id, { onDelete: "cascade" }),
  /** The headers, their columns, the sheets and how the file was decoded. */
  reading: jsonb("reading").$type<Record<string, unknown>>().notNull(),
  /** The data rows: `[rowNumber, cells]`, cells as text, numbers, truth values or null. */
  rows: jsonb("rows").$type<unknown[]>().notNull(),
  /** The user's changes in the preview: corrected cells, in-file duplicates, organisations chosen. */
  changes: jsonb("changes").$type<Record<string, unknown>>().notNull().default({}),
});
