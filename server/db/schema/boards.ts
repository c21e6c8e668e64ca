/**
 * Coordination boards of a plan: their memberships over time, the board-meeting record of events of
 * kind `board_meeting` (agenda, attendance, minutes, decisions) and the action items agreed there.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  actionItemStatuses,
  boardAttendanceKinds,
  boardMembershipRoles,
} from "../../../common/schemas/enums.js";
import { oneOf, timestamps, trigram } from "./columns.js";
import { events } from "./events.js";
import { indicators } from "./indicators.js";
import { frameworkNodes, plans } from "./plans.js";
import { organizations, people } from "./registry.js";

export const boards = pgTable(
  "boards",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    name: text("name").notNull(),
    description: text("description"),
    /** The NGO consultations the board commits to hold per calendar year (the 2013 memorandum: 2). */
    ngoConsultationsPerYear: integer("ngo_consultations_per_year"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("boards_name_key").on(t.planId, sql`lower(${t.name})`),
    index("boards_plan_idx").on(t.planId),
    check("boards_name_check", sql`length(trim(${t.name})) > 0`),
    check(
      "boards_ngo_consultations_check",
      sql`${t.ngoConsultationsPerYear} is null or ${t.ngoConsultationsPerYear} between 0 and 366`,
    ),
    trigram("boards_search_idx", t.searchText),
  ],
);

/** A seat held from `starts_on` until `ends_on` (open-ended while null); ended seats are the history. */
export const boardMemberships = pgTable(
  "board_memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    role: text("role").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
    ...timestamps,
  },
  (t) => [
    index("board_memberships_board_idx").on(t.boardId),
    index("board_memberships_person_idx").on(t.personId),
    check("board_memberships_role_check", oneOf(t.role, boardMembershipRoles)),
    check("board_memberships_dates_check", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** The board-meeting record of an event of kind `board_meeting`: one per event. */
export const boardMeetings = pgTable(
  "board_meetings",
  {
    eventId: uuid("event_id")
      .primaryKey()
      .references(() => events.id, { onDelete: "cascade" }),
    boardId: uuid("board_id")
      .notNull()
      .references(() => boards.id),
    isNgoConsultation: boolean("is_ngo_consultation").notNull().default(false),
    /** Sanitised HTML. */
    minutes: text("minutes"),
    ...timestamps,
  },
  (t) => [index("board_meetings_board_idx").on(t.boardId)],
);

export const boardAgendaItems = pgTable(
  "board_agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => boardMeetings.eventId, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    presenterPersonId: uuid("presenter_person_id").references(() => people.id),
    frameworkNodeId: uuid("framework_node_id").references(() => frameworkNodes.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("board_agenda_items_position_key").on(t.eventId, t.position),
    check("board_agenda_items_title_check", sql`length(trim(${t.title})) > 0`),
  ],
);

/** Who was at a meeting: members present, absent or represented by a deputy, and guests. */
export const boardAttendances = pgTable(
  "board_attendances",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => boardMeetings.eventId, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    attendance: text("attendance").notNull(),
    deputyPersonId: uuid("deputy_person_id").references(() => people.id),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.personId] }),
    index("board_attendances_person_idx").on(t.personId),
    check("board_attendances_attendance_check", oneOf(t.attendance, boardAttendanceKinds)),
    check(
      "board_attendances_deputy_check",
      sql`(${t.attendance} = 'represented') = (${t.deputyPersonId} is not null) and ${t.deputyPersonId} is distinct from ${t.personId}`,
    ),
  ],
);

export const boardDecisions = pgTable(
  "board_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => boardMeetings.eventId, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    frameworkNodeId: uuid("framework_node_id").references(() => frameworkNodes.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("board_decisions_position_key").on(t.eventId, t.position),
    check("board_decisions_text_check", sql`length(trim(${t.text})) > 0`),
  ],
);

/**
 * An action item agreed at a board meeting, owned by an organisation. `closed_on` is the day it was
 * marked done or dropped, so that the follow-up of a later meeting reads as it stood on that day.
 */
export const boardActionItems = pgTable(
  "board_action_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => boardMeetings.eventId),
    description: text("description").notNull(),
    ownerOrganizationId: uuid("owner_organization_id")
      .notNull()
      .references(() => organizations.id),
    dueOn: date("due_on"),
    status: text("status").notNull().default("open"),
    closedOn: date("closed_on"),
    note: text("note"),
    frameworkNodeId: uuid("framework_node_id").references(() => frameworkNodes.id, { onDelete: "set null" }),
    indicatorId: uuid("indicator_id").references(() => indicators.id),
    ...timestamps,
  },
  (t) => [
    index("board_action_items_event_idx").on(t.eventId),
    index("board_action_items_owner_idx").on(t.ownerOrganizationId, t.status),
    check("board_action_items_status_check", oneOf(t.status, actionItemStatuses)),
    check("board_action_items_closed_check", sql`(${t.status} = 'open') = (${t.closedOn} is null)`),
    check("board_action_items_description_check", sql`length(trim(${t.description})) > 0`),
  ],
);
