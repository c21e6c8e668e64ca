import { type AnyColumn, and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { BoardMeeting } from "../../../common/schemas/boards.js";
import type { DbOrTx } from "../../db/client.js";
import { replaceLinks } from "../../db/rows.js";
import {
  boardAgendaItems,
  boardAttendances,
  boardDecisions,
  boardMeetings,
  boards,
  events,
  frameworkNodes,
  indicators,
  organizations,
  people,
} from "../../db/schema.js";
import { sortable } from "../../db/sql.js";

/** An event with its board-meeting record, when it has one. */
export async function selectMeetingEvent(db: DbOrTx, eventId: string) {
  const [row] = await db
    .select({
      eventId: events.id,
      kind: events.kind,
      eventTitle: events.title,
      startsOn: events.startsOn,
      eventStatus: events.status,
      boardId: boardMeetings.boardId,
      boardName: boards.name,
      planId: boards.planId,
      isNgoConsultation: boardMeetings.isNgoConsultation,
      minutes: boardMeetings.minutes,
    })
    .from(events)
    .leftJoin(boardMeetings, eq(boardMeetings.eventId, events.id))
    .leftJoin(boards, eq(boards.id, boardMeetings.boardId))
    .where(eq(events.id, eventId));
  return row;
}

/** "Given Family" of a person row (or an alias of the people table). */
const fullName = (person: { givenName: AnyColumn; familyName: AnyColumn }) =>
  sql<string>`${person.givenName} || ' ' || ${person.familyName}`;

/** Agenda, attendance and decisions of a recorded meeting, in their order. */
export async function selectMeetingParts(db: DbOrTx, eventId: string) {
  const presenter = alias(people, "presenter");
  const deputy = alias(people, "deputy");
  const agendaItems = await db
    .select({
      id: boardAgendaItems.id,
      title: boardAgendaItems.title,
      presenterPersonId: boardAgendaItems.presenterPersonId,
      presenterName: sql<string | null>`${fullName(presenter)}`,
      frameworkNodeId: boardAgendaItems.frameworkNodeId,
    })
    .from(boardAgendaItems)
    .leftJoin(presenter, eq(presenter.id, boardAgendaItems.presenterPersonId))
    .where(eq(boardAgendaItems.eventId, eventId))
    .orderBy(asc(boardAgendaItems.position));
  const attendance = await db
    .select({
      personId: boardAttendances.personId,
      name: fullName(people),
      sex: people.sex,
      attendance: boardAttendances.attendance,
      deputyPersonId: boardAttendances.deputyPersonId,
      deputyName: sql<string | null>`${fullName(deputy)}`,
    })
    .from(boardAttendances)
    .innerJoin(people, eq(people.id, boardAttendances.personId))
    .leftJoin(deputy, eq(deputy.id, boardAttendances.deputyPersonId))
    .where(eq(boardAttendances.eventId, eventId))
    .orderBy(asc(sortable(people.familyName)), asc(sortable(people.givenName)), boardAttendances.personId);
  const decisions = await db
    .select({
      id: boardDecisions.id,
      text: boardDecisions.text,
      frameworkNodeId: boardDecisions.frameworkNodeId,
    })
    .from(boardDecisions)
    .where(eq(boardDecisions.eventId, eventId))
    .orderBy(asc(boardDecisions.position));
  return {
    agendaItems,
    attendance: attendance.map((row) => ({
      ...row,
      sex: row.sex as BoardMeeting["attendance"][number]["sex"],
      attendance: row.attendance as BoardMeeting["attendance"][number]["attendance"],
    })),
    decisions,
  };
}

/** The ids among `ids` of no person. */
export async function findUnknownPeople(db: DbOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: people.id }).from(people).where(inArray(people.id, ids));
  const known = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

/** The ids among `ids` of no organisation. */
export async function findUnknownOrganizations(db: DbOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  const known = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

/** The ids among `ids` of no framework node of the plan. */
export async function findNodesOutsidePlan(db: DbOrTx, planId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: frameworkNodes.id })
    .from(frameworkNodes)
    .where(and(eq(frameworkNodes.planId, planId), inArray(frameworkNodes.id, ids)));
  const known = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

/** The ids among `ids` of no indicator of the plan. */
export async function findIndicatorsOutsidePlan(
  db: DbOrTx,
  planId: string,
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: indicators.id })
    .from(indicators)
    .where(and(eq(indicators.planId, planId), inArray(indicators.id, ids)));
  const known = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

/** The organisation of each person, by person id. */
export async function selectOrganizationsOfPeople(
  db: DbOrTx,
  personIds: string[],
): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: people.id, name: organizations.name })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(inArray(people.id, personIds));
  return new Map(rows.map((row) => [row.personId, row.name]));
}

/** The kind of the event, its row locked until the transaction ends; undefined without the event. */
export async function lockMeetingEventKind(tx: DbOrTx, eventId: string): Promise<string | undefined> {
  const [event] = await tx
    .select({ kind: events.kind })
    .from(events)
    .where(eq(events.id, eventId))
    .for("update");
  return event?.kind;
}

/** The plan of the board; undefined without the board. */
export async function selectBoardPlanId(db: DbOrTx, boardId: string): Promise<string | undefined> {
  const [board] = await db.select({ planId: boards.planId }).from(boards).where(eq(boards.id, boardId));
  return board?.planId;
}

/** Writes the meeting record of the event, made or replaced. */
export async function upsertMeetingRecord(
  tx: DbOrTx,
  eventId: string,
  fields: { boardId: string; isNgoConsultation: boolean; minutes: string | null },
): Promise<void> {
  await tx
    .insert(boardMeetings)
    .values({ eventId, ...fields })
    .onConflictDoUpdate({ target: boardMeetings.eventId, set: { ...fields, updatedAt: sql`now()` } });
}

/** Replaces the agenda, attendance and decisions of the meeting (positions in the given order). */
export async function replaceMeetingParts(
  tx: DbOrTx,
  eventId: string,
  values: {
    agendaItems: Omit<typeof boardAgendaItems.$inferInsert, "eventId" | "position">[];
    attendance: Omit<typeof boardAttendances.$inferInsert, "eventId">[];
    decisions: Omit<typeof boardDecisions.$inferInsert, "eventId" | "position">[];
  },
): Promise<void> {
  await replaceLinks(
    tx,
    boardAgendaItems,
    boardAgendaItems.eventId,
    eventId,
    values.agendaItems.map((item, position) => ({ ...item, eventId, position })),
  );
  await replaceLinks(
    tx,
    boardAttendances,
    boardAttendances.eventId,
    eventId,
    values.attendance.map((a) => ({ ...a, eventId })),
  );
  await replaceLinks(
    tx,
    boardDecisions,
    boardDecisions.eventId,
    eventId,
    values.decisions.map((d, position) => ({ ...d, eventId, position })),
  );
}
