/**
 * The figures engine's maintained facts, kept by triggers (migration 0014; never written by the
 * app): which events feed which activity-fed indicator in which period, which people they reached,
 * and the totals every page reads; and the traced trainer cascades, which triggers mark stale and
 * the cascade module traces again on read (decision 011). Derived rows: no foreign keys (the
 * sources' keys hold them); see docs/decisions/010-figures-engine.md.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";

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
 * beneath it), with their sex, organisation, attendances and attendances as trainer or co-trainer.
 */
export const municipalityAttendees = pgTable(
  "municipality_attendees",
  {
    municipalityId: uuid("municipality_id").notNull(),
    personId: uuid("person_id").notNull(),
    sex: text("sex").notNull(),
    /** The person's organisation now (the municipality page counts the people of each). */
    organizationId: uuid("organization_id"),
    attendances: integer("attendances").notNull(),
    trainerAttendances: integer("trainer_attendances").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.personId] }),
    index("municipality_attendees_person_idx").on(t.personId),
    index("municipality_attendees_organization_idx").on(t.municipalityId, t.organizationId),
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

/**
 * The kept trace of a training of trainers' cascade (decision 011). `version` goes up whenever a
 * change may alter the cascade (triggers on participations and events); the trace is current when
 * `traced_version` equals it, and is traced again (by `common/capacity`'s rules) on the next read
 * when not. The headline figures of generation 1 are kept with it.
 */
export const cascadeTraces = pgTable("cascade_traces", {
  totId: uuid("tot_id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(1),
  tracedVersion: bigint("traced_version", { mode: "number" }).notNull().default(0),
  trainersProduced: integer("trainers_produced").notNull().default(0),
  sessionsDelivered: integer("sessions_delivered").notNull().default(0),
  depth: integer("depth").notNull().default(0),
});

/** The events of a traced cascade: the TOT and the sessions of every generation. */
export const cascadeTraceEvents = pgTable(
  "cascade_trace_events",
  {
    totId: uuid("tot_id").notNull(),
    eventId: uuid("event_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.totId, t.eventId] }),
    index("cascade_trace_events_event_idx").on(t.eventId),
  ],
);

/** Each person a generation of a traced cascade reached, on each day a session of it reached them. */
export const cascadeReached = pgTable(
  "cascade_reached",
  {
    totId: uuid("tot_id").notNull(),
    generation: integer("generation").notNull(),
    personId: uuid("person_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.totId, t.generation, t.day, t.personId] })],
);

/**
 * Counted reach of a group of TOTs over some spans (e.g. a `cascade_reach` indicator's periods),
 * kept under a stable key with the fingerprint of what it was counted from: the TOTs and the
 * versions of their traces, the spans and the generations counted. A read whose fingerprint
 * matches uses it; any change to a trace changes the fingerprint.
 */
export const cascadeReachMemos = pgTable("cascade_reach_memos", {
  groupKey: text("group_key").primaryKey(),
  fingerprint: text("fingerprint").notNull(),
  counts: jsonb("counts").notNull(),
});

/**
 * An approved submission's figures for one indicator (kept by triggers, migration 0023): its total
 * (the value given for the total, else the sum of its category combinations) and the sums of the
 * combinations of each sex; null where it gave none.
 */
export const reportedCells = pgTable(
  "reported_cells",
  {
    submissionId: uuid("submission_id").notNull(),
    indicatorId: uuid("indicator_id").notNull(),
    periodId: uuid("period_id").notNull(),
    actual: numeric("actual"),
    female: numeric("female"),
    male: numeric("male"),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.indicatorId] })],
);

/**
 * Per indicator and period, the approved figures of every organisation added up, with how many
 * organisations gave each: a sum or a mean across organisations is read in one row.
 */
export const reportedPeriodFigures = pgTable(
  "reported_period_figures",
  {
    indicatorId: uuid("indicator_id").notNull(),
    periodId: uuid("period_id").notNull(),
    actualSum: numeric("actual_sum").notNull().default("0"),
    actualCount: integer("actual_count").notNull().default(0),
    femaleSum: numeric("female_sum").notNull().default("0"),
    femaleCount: integer("female_count").notNull().default(0),
    maleSum: numeric("male_sum").notNull().default("0"),
    maleCount: integer("male_count").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.periodId] }),
    index("reported_period_figures_period_idx").on(t.periodId),
  ],
);

/**
 * Attended participations of each event by sex, kept by triggers (migration 0030): what a list
 * page, an event's page and an events export show as its attendance. No row for an event nobody
 * attended.
 */
export const eventAttendance = pgTable("event_attendance", {
  eventId: uuid("event_id").primaryKey(),
  female: integer("female").notNull().default(0),
  male: integer("male").notNull().default(0),
});

/**
 * The totals of the unfiltered lists (`people`, `events`: rows not archived), kept by triggers
 * (migration 0030) as one row per writing statement with what it added or took away; a list's
 * total is the sum of its rows. Rows, not one counter: writers never wait for each other on a
 * counter's lock (an import of thousands of people does not hold up a form). The maintenance job
 * folds each list's rows into one (`compact_list_totals()`).
 */
export const listTotals = pgTable(
  "list_totals",
  {
    list: text("list").notNull(),
    delta: bigint("delta", { mode: "number" }).notNull(),
  },
  (t) => [index("list_totals_list_idx").on(t.list)],
);

/**
 * Held, not archived events of each project by kind, kept by triggers (migration 0032): the
 * dashboard's outputs against their targets.
 */
export const projectEventKinds = pgTable(
  "project_event_kinds",
  {
    projectId: uuid("project_id").notNull(),
    kind: text("kind").notNull(),
    held: integer("held").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.kind] })],
);

/**
 * The organisers of each project's held, not archived events, with how many each organised, kept
 * by triggers (migration 0032): the dashboard's organisations reached.
 */
export const projectOrganizers = pgTable(
  "project_organizers",
  {
    projectId: uuid("project_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    events: integer("events").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.organizationId] })],
);
