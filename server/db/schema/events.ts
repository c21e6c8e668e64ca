/** Events, their organisers and framework links, participations, and the dashboard rollup kept by triggers. */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
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
import { eventKinds, eventStatuses, participationRoles } from "../../../common/schemas/enums.js";
import { oneOf, timestamps, trigram } from "./columns.js";
import { frameworkNodes, projects } from "./plans.js";
import { jurisdictions, organizations, people } from "./registry.js";

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull().default("planned"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    venue: text("venue"),
    projectId: uuid("project_id").references(() => projects.id),
    description: text("description"),
    isDemo: boolean("is_demo").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    check("events_kind_check", oneOf(t.kind, eventKinds)),
    check("events_status_check", oneOf(t.status, eventStatuses)),
    check("events_dates_check", sql`${t.endsOn} >= ${t.startsOn}`),
    index("events_project_idx").on(t.projectId),
    index("events_starts_on_idx").on(t.startsOn),
    // Coverage and the municipality page read the events of one place.
    index("events_jurisdiction_idx").on(t.jurisdictionId),
    // Trainings of trainers are few among many events: the cascades and their indicators start here.
    index("events_tot_idx").on(t.startsOn).where(sql`${t.kind} = 'training_of_trainers'`),
    trigram("events_search_idx", t.searchText),
  ],
);

export const eventOrganizers = pgTable(
  "event_organizers",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.organizationId] }),
    index("event_organizers_organization_idx").on(t.organizationId),
  ],
);

export const eventFrameworkNodes = pgTable(
  "event_framework_nodes",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    frameworkNodeId: uuid("framework_node_id")
      .notNull()
      .references(() => frameworkNodes.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.frameworkNodeId] }),
    // The figures engine walks from a framework node to its events.
    index("event_framework_nodes_node_idx").on(t.frameworkNodeId),
  ],
);

export const participations = pgTable(
  "participations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    role: text("role").notNull().default("participant"),
    attended: boolean("attended").notNull().default(true),
    preTestScore: numeric("pre_test_score", { precision: 7, scale: 2 }),
    postTestScore: numeric("post_test_score", { precision: 7, scale: 2 }),
    testMaxScore: numeric("test_max_score", { precision: 7, scale: 2 }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("participations_event_person_key").on(t.eventId, t.personId),
    // A person's events at a glance (and lookups by person): read scopes, rollups and the figures
    // engine walk from people to events.
    index("participations_person_event_idx").on(t.personId, t.eventId),
    // The trainers of a page of events, read from the index alone (one or two per event among
    // dozens of participants).
    index("participations_trainers_idx")
      .on(t.eventId, t.personId)
      .where(sql`${t.role} in ('trainer', 'co_trainer')`),
    check("participations_role_check", oneOf(t.role, participationRoles)),
    check(
      "participations_scores_check",
      sql`(${t.preTestScore} is null and ${t.postTestScore} is null) or (${t.testMaxScore} > 0 and coalesce(${t.preTestScore}, 0) between 0 and ${t.testMaxScore} and coalesce(${t.postTestScore}, 0) between 0 and ${t.testMaxScore})`,
    ),
  ],
);

/**
 * Dashboard rollup, kept by triggers (migration 0002; never written by the app): per project and
 * person, the attended participations in the project's held, not archived events. Derived rows:
 * no foreign keys (the participations' own keys hold them), see docs/decisions/003.
 */
export const projectAttendeeRollups = pgTable(
  "project_attendee_rollups",
  {
    projectId: uuid("project_id").notNull(),
    personId: uuid("person_id").notNull(),
    attendances: integer("attendances").notNull(),
    /** The person's sex and organisation, written with the row (migration 0038) and kept in step. */
    sex: text("sex"),
    organizationId: uuid("organization_id"),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.personId] }),
    index("project_attendee_rollups_person_idx").on(t.personId),
    check("project_attendee_rollups_attendances_check", sql`${t.attendances} > 0`),
  ],
);

/**
 * Second-level dashboard rollups, kept by triggers on `project_attendee_rollups` (migration 0016;
 * never written by the app): per project and sex, the people reached and their attendances; per
 * project and organisation, the people of that organisation reached.
 */
export const projectSexFigures = pgTable(
  "project_sex_figures",
  {
    projectId: uuid("project_id").notNull(),
    sex: text("sex").notNull(),
    people: integer("people").notNull().default(0),
    attendances: integer("attendances").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.sex] })],
);

export const projectOrganizationPeople = pgTable(
  "project_organization_people",
  {
    projectId: uuid("project_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    people: integer("people").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.organizationId] })],
);
