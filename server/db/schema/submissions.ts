/** Submissions of the reporting cycle: values per disaggregation, action reports, the thread. */
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  actionReportStatuses,
  submissionCommentKinds,
  submissionStatuses,
} from "../../../common/schemas/enums.js";
import { users } from "./accounts.js";
import { oneOf, timestamps } from "./columns.js";
import { indicators, reportingPeriods } from "./indicators.js";
import { frameworkNodes } from "./plans.js";
import { organizations } from "./registry.js";

export const submissions = pgTable(
  "submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportingPeriodId: uuid("reporting_period_id")
      .notNull()
      .references(() => reportingPeriods.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    status: text("status").notNull().default("draft"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("submissions_period_organization_key").on(t.reportingPeriodId, t.organizationId),
    index("submissions_organization_idx").on(t.organizationId),
    check("submissions_status_check", oneOf(t.status, submissionStatuses)),
  ],
);

export const indicatorValues = pgTable(
  "indicator_values",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id),
    /** '' for the total; else `set=category` pairs of every set of the indicator, sorted by set code. */
    categoryKey: text("category_key").notNull(),
    value: numeric("value"),
    textValue: text("text_value"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("indicator_values_key").on(t.submissionId, t.indicatorId, t.categoryKey),
    index("indicator_values_indicator_idx").on(t.indicatorId),
  ],
);

export const actionReports = pgTable(
  "action_reports",
  {
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    frameworkNodeId: uuid("framework_node_id")
      .notNull()
      .references(() => frameworkNodes.id),
    status: text("status").notNull(),
    narrative: text("narrative"),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.submissionId, t.frameworkNodeId] }),
    index("action_reports_node_idx").on(t.frameworkNodeId),
    check("action_reports_status_check", oneOf(t.status, actionReportStatuses)),
  ],
);

export const submissionComments = pgTable(
  "submission_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    kind: text("kind").notNull().default("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("submission_comments_submission_idx").on(t.submissionId, t.createdAt),
    check("submission_comments_kind_check", oneOf(t.kind, submissionCommentKinds)),
    check("submission_comments_body_check", sql`length(trim(${t.body})) > 0`),
  ],
);

/**
 * Evidence attached to a submission: a file kept outside the database (under the data folder, by
 * `storage_key`), served only through an authorized route. Linked to one of the submission's
 * indicators or actions, or to the submission as a whole.
 */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id),
    indicatorId: uuid("indicator_id").references(() => indicators.id),
    frameworkNodeId: uuid("framework_node_id").references(() => frameworkNodes.id),
    /** The name the file had on the uploader's computer, cleaned for display. */
    fileName: text("file_name").notNull(),
    /** Decided by the server from the file's kind, never taken from the upload. */
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    description: text("description"),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("evidence_files_storage_key").on(t.storageKey),
    index("evidence_files_submission_idx").on(t.submissionId, t.createdAt),
    check("evidence_files_size_check", sql`${t.sizeBytes} > 0`),
    check("evidence_files_one_link_check", sql`${t.indicatorId} is null or ${t.frameworkNodeId} is null`),
  ],
);
