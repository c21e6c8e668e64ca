/**
 * The figures engine's maintained facts, kept by triggers (migration 0014; never written by the
 * app): which events feed which activity-fed indicator in which period, which people they reached,
 * and the totals every page reads. Derived rows: no foreign keys (the sources' keys hold them);
 * see docs/decisions/010-figures-engine.md.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";

/** An event that feeds an activity-fed indicator (held, not archived, of its kinds, in its subtree), in its period. */
export const indicatorEvents = pgTable(
  "indicator_events",
  {
    indicatorId: uuid("indicator_id").notNull(),
    eventId: uuid("event_id").notNull(),
    periodId: uuid("period_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.eventId] }),
    index("indicator_events_event_idx").on(t.eventId),
  ],
);

/** A person an indicator counting people reached in a period: their sex and matching participations. */
export const indicatorPeople = pgTable(
  "indicator_people",
  {
    indicatorId: uuid("indicator_id").notNull(),
    personId: uuid("person_id").notNull(),
    periodId: uuid("period_id").notNull(),
    sex: text("sex").notNull(),
    participations: integer("participations").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.personId, t.periodId] }),
    index("indicator_people_person_idx").on(t.personId),
    check("indicator_people_participations_check", sql`${t.participations} > 0`),
  ],
);

/**
 * The totals of an activity-fed indicator in a period, by sex ('' for events, which have none):
 * people reached in the period, people reached for the first time in the plan (their running sum is
 * the exact number of unique people so far), participations and events.
 */
export const indicatorPeriodFigures = pgTable(
  "indicator_period_figures",
  {
    indicatorId: uuid("indicator_id").notNull(),
    periodId: uuid("period_id").notNull(),
    sex: text("sex").notNull(),
    people: integer("people").notNull().default(0),
    firstPeople: integer("first_people").notNull().default(0),
    participations: integer("participations").notNull().default(0),
    events: integer("events").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.periodId, t.sex] })],
);

/**
 * Coverage per municipality, kept by triggers (migration 0018): each person who attended a held,
 * not archived event in a municipality (Brčko District's events count for the municipality row
 * beneath it), with their sex, attendances and attendances as trainer or co-trainer.
 */
export const municipalityAttendees = pgTable(
  "municipality_attendees",
  {
    municipalityId: uuid("municipality_id").notNull(),
    personId: uuid("person_id").notNull(),
    sex: text("sex").notNull(),
    attendances: integer("attendances").notNull(),
    trainerAttendances: integer("trainer_attendances").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.personId] }),
    index("municipality_attendees_person_idx").on(t.personId),
    check("municipality_attendees_attendances_check", sql`${t.attendances} > 0`),
  ],
);

/** The coverage totals of a municipality: counted events, attendances, people by sex, active trainers. */
export const municipalityFigures = pgTable("municipality_figures", {
  municipalityId: uuid("municipality_id").primaryKey(),
  events: integer("events").notNull().default(0),
  attendances: integer("attendances").notNull().default(0),
  people: integer("people").notNull().default(0),
  female: integer("female").notNull().default(0),
  male: integer("male").notNull().default(0),
  trainers: integer("trainers").notNull().default(0),
});
