/**
 * Capacity building: curricula and their modules attached to trainings, the rules of a training
 * (attendance and pass mark for a certificate), attendance per day, test scores per module,
 * satisfaction evaluations, and the certificates issued. Whole-test pre/post scores stay on the
 * participation; `module_test_scores` holds the scores of trainings tested per module.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { testPhases } from "../../../common/schemas/enums.js";
import { users } from "./accounts.js";
import { oneOf, timestamps, trigram } from "./columns.js";
import { events } from "./events.js";
import { people } from "./registry.js";

export const curricula = pgTable(
  "curricula",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    description: text("description"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("curricula_title_key").on(sql`lower(${t.title})`),
    check("curricula_title_check", sql`length(trim(${t.title})) > 0`),
    trigram("curricula_search_idx", t.searchText),
  ],
);

export const curriculumModules = pgTable(
  "curriculum_modules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    curriculumId: uuid("curriculum_id")
      .notNull()
      .references(() => curricula.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    durationMinutes: integer("duration_minutes"),
  },
  (t) => [
    uniqueIndex("curriculum_modules_position_key").on(t.curriculumId, t.position),
    check("curriculum_modules_title_check", sql`length(trim(${t.title})) > 0`),
    check("curriculum_modules_duration_check", sql`${t.durationMinutes} is null or ${t.durationMinutes} > 0`),
  ],
);

/** The curricula a training (TOT, seminar, workshop) teaches. */
export const eventCurricula = pgTable(
  "event_curricula",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    curriculumId: uuid("curriculum_id")
      .notNull()
      .references(() => curricula.id),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.curriculumId] }),
    index("event_curricula_curriculum_idx").on(t.curriculumId),
  ],
);

/**
 * The rules of a training for a certificate: the share of its days a participant must attend and,
 * where the training is tested, the share of the maximum the post-test must reach.
 */
export const trainingRules = pgTable(
  "training_rules",
  {
    eventId: uuid("event_id")
      .primaryKey()
      .references(() => events.id, { onDelete: "cascade" }),
    minAttendanceShare: numeric("min_attendance_share", { precision: 5, scale: 4 }).notNull().default("1"),
    passMark: numeric("pass_mark", { precision: 5, scale: 4 }),
    issuesCertificates: boolean("issues_certificates").notNull().default(true),
    ...timestamps,
  },
  (t) => [
    check(
      "training_rules_attendance_check",
      sql`${t.minAttendanceShare} > 0 and ${t.minAttendanceShare} <= 1`,
    ),
    check(
      "training_rules_pass_mark_check",
      sql`${t.passMark} is null or (${t.passMark} > 0 and ${t.passMark} <= 1)`,
    ),
  ],
);

/** Attendance per day of a multi-day event; a day without a row is a day not recorded. */
export const attendanceDays = pgTable(
  "attendance_days",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    day: date("day").notNull(),
    present: boolean("present").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.personId, t.day] }),
    index("attendance_days_person_idx").on(t.personId),
  ],
);

/** Test scores per module of the training's curricula (whole-test scores are on the participation). */
export const moduleTestScores = pgTable(
  "module_test_scores",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => curriculumModules.id),
    phase: text("phase").notNull(),
    score: numeric("score", { precision: 7, scale: 2 }).notNull(),
    maxScore: numeric("max_score", { precision: 7, scale: 2 }).notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.personId, t.moduleId, t.phase] }),
    check("module_test_scores_phase_check", oneOf(t.phase, testPhases)),
    check(
      "module_test_scores_score_check",
      sql`${t.maxScore} > 0 and ${t.score} between 0 and ${t.maxScore}`,
    ),
  ],
);

/**
 * A satisfaction evaluation of a training: answers on a 1–5 scale per question and a comment. The
 * person is optional: evaluations are often anonymous.
 */
export const evaluations = pgTable(
  "evaluations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid("person_id").references(() => people.id),
    scores: jsonb("scores").$type<Record<string, number>>().notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("evaluations_event_idx").on(t.eventId),
    uniqueIndex("evaluations_event_person_key").on(t.eventId, t.personId),
  ],
);

/**
 * A certificate issued to a participant of a training, with a unique number that the public
 * verification page checks. Revoked certificates stay, marked, so a number never comes back.
 */
export const certificates = pgTable(
  "certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: text("number").notNull(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    issuedBy: uuid("issued_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
  },
  (t) => [
    uniqueIndex("certificates_number_key").on(t.number),
    uniqueIndex("certificates_event_person_key").on(t.eventId, t.personId),
    check("certificates_revoked_check", sql`(${t.revokedAt} is null) = (${t.revokedReason} is null)`),
  ],
);
