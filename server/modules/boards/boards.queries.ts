import { and, asc, desc, eq, isNotNull, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { Stored } from "../../../common/schemas/abilities.js";
import type {
  Board,
  BoardListQuery,
  BoardMeetingRef,
  BoardMembership,
  NgoConsultationYear,
  OrganizationFollowUp,
} from "../../../common/schemas/boards.js";
import type { DbOrTx } from "../../db/client.js";
import { type ArchivableRecord, lockById, setArchived } from "../../db/rows.js";
import {
  boardActionItems,
  boardMeetings,
  boardMemberships,
  boards,
  events,
  organizations,
  people,
  plans,
} from "../../db/schema.js";
import { countAll, matchesSearch, ordered, pageOffset, sortable } from "../../db/sql.js";

const qb = new QueryBuilder();

/** Whether a seat is held on `day` (ISO date): started, and not ended before it. */
const seatHeldOn = (day: string) =>
  and(
    sql`${boardMemberships.startsOn} <= ${day}`,
    or(isNull(boardMemberships.endsOn), sql`${boardMemberships.endsOn} >= ${day}`),
  );

/** People holding a seat of the board in the outer query on `day`. */
const currentMemberCount = (day: string) =>
  sql<number>`(${qb
    .select({ count: sql`count(distinct ${boardMemberships.personId})` })
    .from(boardMemberships)
    .where(and(eq(boardMemberships.boardId, boards.id), seatHeldOn(day)))})`.mapWith(Number);

const selectBoardBase = (db: DbOrTx, today: string) =>
  db
    .select({
      id: boards.id,
      planId: boards.planId,
      planTitle: plans.title,
      name: boards.name,
      description: boards.description,
      ngoConsultationsPerYear: boards.ngoConsultationsPerYear,
      currentMemberCount: currentMemberCount(today),
      archivedAt: boards.archivedAt,
      createdAt: boards.createdAt,
      updatedAt: boards.updatedAt,
      total: countAll,
    })
    .from(boards)
    .innerJoin(plans, eq(plans.id, boards.planId))
    .$dynamic();

type BoardRow = Awaited<ReturnType<typeof selectBoardBase>>[number];

const toBoard = (row: BoardRow): Stored<Board> => ({
  id: row.id,
  planId: row.planId,
  planTitle: row.planTitle,
  name: row.name,
  description: row.description,
  ngoConsultationsPerYear: row.ngoConsultationsPerYear,
  currentMemberCount: row.currentMemberCount,
  isArchived: row.archivedAt !== null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const boardSortColumns = { name: boards.name, createdAt: boards.createdAt };

export async function selectBoards(db: DbOrTx, query: BoardListQuery, today: string) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(boards.searchText, query.q),
    query.planId ? eq(boards.planId, query.planId) : undefined,
    query.archived === "exclude" ? isNull(boards.archivedAt) : undefined,
    query.archived === "only" ? isNotNull(boards.archivedAt) : undefined,
  ];
  const rows = await selectBoardBase(db, today)
    .where(and(...conditions))
    .orderBy(ordered(boardSortColumns[query.sort], query.order, query.sort === "name"), boards.id)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: rows.map(toBoard), total: rows[0]?.total ?? 0 };
}

export async function selectBoard(db: DbOrTx, id: string, today: string): Promise<Stored<Board> | undefined> {
  const [row] = await selectBoardBase(db, today).where(eq(boards.id, id));
  return row ? toBoard(row) : undefined;
}

/** Every seat of the board, current and past: current first, then the latest started. */
export async function selectMemberships(
  db: DbOrTx,
  boardId: string,
  today: string,
): Promise<BoardMembership[]> {
  const rows = await db
    .select({
      id: boardMemberships.id,
      boardId: boardMemberships.boardId,
      personId: boardMemberships.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      sex: people.sex,
      organizationId: organizations.id,
      organizationName: organizations.name,
      level: organizations.level,
      role: boardMemberships.role,
      startsOn: boardMemberships.startsOn,
      endsOn: boardMemberships.endsOn,
      isCurrent: sql<boolean>`coalesce(${seatHeldOn(today)}, false)`,
    })
    .from(boardMemberships)
    .innerJoin(people, eq(people.id, boardMemberships.personId))
    .innerJoin(organizations, eq(organizations.id, boardMemberships.organizationId))
    .where(eq(boardMemberships.boardId, boardId))
    .orderBy(
      desc(sql`coalesce(${seatHeldOn(today)}, false)`),
      desc(boardMemberships.startsOn),
      asc(sortable(people.familyName)),
      boardMemberships.id,
    );
  return rows.map((row) => ({
    id: row.id,
    boardId: row.boardId,
    personId: row.personId,
    person: {
      givenName: row.givenName,
      familyName: row.familyName,
      sex: row.sex as BoardMembership["person"]["sex"],
    },
    organization: {
      id: row.organizationId,
      name: row.organizationName,
      level: row.level as BoardMembership["organization"]["level"],
    },
    role: row.role as BoardMembership["role"],
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    isCurrent: row.isCurrent,
  }));
}

/** Board meetings recorded per calendar year, and those held and flagged as NGO consultations. */
export async function selectNgoConsultationCounts(
  db: DbOrTx,
  boardId: string,
): Promise<{ year: number; held: number }[]> {
  const year = sql<number>`extract(year from ${events.startsOn})::int`.mapWith(Number);
  return db
    .select({
      year,
      held: sql<number>`count(*) filter (where ${events.status} = 'held' and ${boardMeetings.isNgoConsultation})`.mapWith(
        Number,
      ),
    })
    .from(boardMeetings)
    .innerJoin(events, eq(events.id, boardMeetings.eventId))
    .where(and(eq(boardMeetings.boardId, boardId), isNull(events.archivedAt)))
    .groupBy(year)
    .orderBy(year);
}

/** The board's meetings (events with a meeting record), newest first. */
export async function selectBoardMeetings(db: DbOrTx, boardId: string): Promise<BoardMeetingRef[]> {
  return db
    .select({
      eventId: events.id,
      title: events.title,
      startsOn: events.startsOn,
      status: events.status,
      isNgoConsultation: boardMeetings.isNgoConsultation,
      actionItems:
        sql<number>`(select count(*) from board_action_items i where i.event_id = ${events.id})`.mapWith(
          Number,
        ),
    })
    .from(boardMeetings)
    .innerJoin(events, eq(events.id, boardMeetings.eventId))
    .where(and(eq(boardMeetings.boardId, boardId), isNull(events.archivedAt)))
    .orderBy(desc(events.startsOn)) as Promise<BoardMeetingRef[]>;
}

/**
 * Per calendar year from the first recorded meeting to `lastYear` (this year, or the plan's last
 * year once the plan is over: the commitment is the plan's), consultations held against the
 * commitment. Years with recorded meetings are always listed.
 */
export function consultationYears(
  counts: { year: number; held: number }[],
  commitment: number | null,
  lastYear: number,
): z.infer<typeof NgoConsultationYear>[] {
  const held = new Map(counts.map((c) => [c.year, c.held]));
  const first = Math.min(lastYear, ...counts.map((c) => c.year));
  const last = Math.max(lastYear, ...counts.map((c) => c.year));
  const years: z.infer<typeof NgoConsultationYear>[] = [];
  for (let year = first; year <= last; year++) {
    const count = held.get(year) ?? 0;
    years.push({ year, held: count, commitment, isMet: commitment === null ? null : count >= commitment });
  }
  return years;
}

/** Open and overdue action items of the board's meetings, per owner organisation. */
export async function selectFollowUpByOrganization(
  db: DbOrTx,
  boardId: string,
  today: string,
): Promise<z.infer<typeof OrganizationFollowUp>[]> {
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      open: sql<number>`count(*)`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${lt(boardActionItems.dueOn, today)})`.mapWith(Number),
    })
    .from(boardActionItems)
    .innerJoin(boardMeetings, eq(boardMeetings.eventId, boardActionItems.eventId))
    .innerJoin(organizations, eq(organizations.id, boardActionItems.ownerOrganizationId))
    .where(and(eq(boardMeetings.boardId, boardId), eq(boardActionItems.status, "open")))
    .groupBy(organizations.id, organizations.name)
    .orderBy(sortable(organizations.name));
  return rows.map((row) => ({
    organization: { id: row.id, name: row.name },
    open: row.open,
    overdue: row.overdue,
  }));
}

/** The last day of a plan. */
export async function selectPlanEnd(db: DbOrTx, planId: string): Promise<string | undefined> {
  const [row] = await db.select({ endsOn: plans.endsOn }).from(plans).where(eq(plans.id, planId));
  return row?.endsOn;
}

export type BoardTableRow = typeof boards.$inferSelect;
export type MembershipRow = typeof boardMemberships.$inferSelect;

export async function planExists(db: DbOrTx, planId: string): Promise<boolean> {
  const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.id, planId));
  return Boolean(plan);
}

export async function boardExists(db: DbOrTx, boardId: string): Promise<boolean> {
  const [board] = await db.select({ id: boards.id }).from(boards).where(eq(boards.id, boardId));
  return Boolean(board);
}

export async function insertBoard(tx: DbOrTx, values: typeof boards.$inferInsert): Promise<BoardTableRow> {
  const [row] = await tx.insert(boards).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The board, locked until the transaction ends; undefined when missing. */
export const lockBoard = (tx: DbOrTx, id: string) => lockById(tx, boards, id);

export async function updateBoardRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<typeof boards.$inferInsert>,
): Promise<BoardTableRow | undefined> {
  const [after] = await tx
    .update(boards)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(boards.id, id))
    .returning();
  return after;
}

/** Boards are archived, never restored: archiving again keeps the day it was first archived. */
export const boardRecord: ArchivableRecord<BoardTableRow> = {
  lock: (tx, id) => lockById(tx, boards, id),
  setArchived: async (tx, id, at) => {
    const current = await lockById(tx, boards, id);
    return setArchived(tx, boards, id, at && (current?.archivedAt ?? at));
  },
};

export async function insertMembership(
  tx: DbOrTx,
  values: typeof boardMemberships.$inferInsert,
): Promise<MembershipRow> {
  const [row] = await tx.insert(boardMemberships).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The seat, locked until the transaction ends; undefined when missing. */
export const lockMembershipRow = (tx: DbOrTx, id: string) => lockById(tx, boardMemberships, id);

export async function updateMembershipRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<typeof boardMemberships.$inferInsert>,
): Promise<MembershipRow | undefined> {
  const [after] = await tx
    .update(boardMemberships)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(boardMemberships.id, id))
    .returning();
  return after;
}

export async function deleteMembership(tx: DbOrTx, id: string): Promise<void> {
  await tx.delete(boardMemberships).where(eq(boardMemberships.id, id));
}
