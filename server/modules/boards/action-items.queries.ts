import { and, asc, eq, gte, isNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { ActionItem, ActionItemListQuery } from "../../../common/schemas/boards.js";
import type { DbOrTx } from "../../db/client.js";
import { lockById } from "../../db/rows.js";
import { boardActionItems, boardMeetings, boards, events, organizations } from "../../db/schema.js";
import { countAll, pageOffset } from "../../db/sql.js";

/** Open with its due date before `today`. */
const overdueOn = (today: string) =>
  and(eq(boardActionItems.status, "open"), lt(boardActionItems.dueOn, today)) as SQL;

const selectBase = (db: DbOrTx, today: string) =>
  db
    .select({
      id: boardActionItems.id,
      eventId: boardActionItems.eventId,
      boardId: boardMeetings.boardId,
      meetingTitle: events.title,
      meetingOn: events.startsOn,
      description: boardActionItems.description,
      ownerId: organizations.id,
      ownerName: organizations.name,
      dueOn: boardActionItems.dueOn,
      status: boardActionItems.status,
      closedOn: boardActionItems.closedOn,
      note: boardActionItems.note,
      frameworkNodeId: boardActionItems.frameworkNodeId,
      indicatorId: boardActionItems.indicatorId,
      isOverdue: sql<boolean>`coalesce(${overdueOn(today)}, false)`,
      createdAt: boardActionItems.createdAt,
      updatedAt: boardActionItems.updatedAt,
      total: countAll,
    })
    .from(boardActionItems)
    .innerJoin(boardMeetings, eq(boardMeetings.eventId, boardActionItems.eventId))
    .innerJoin(events, eq(events.id, boardActionItems.eventId))
    .innerJoin(organizations, eq(organizations.id, boardActionItems.ownerOrganizationId))
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

const toActionItem = (row: Row): Stored<ActionItem> => ({
  id: row.id,
  eventId: row.eventId,
  boardId: row.boardId,
  meetingTitle: row.meetingTitle,
  meetingOn: row.meetingOn,
  description: row.description,
  ownerOrganization: { id: row.ownerId, name: row.ownerName },
  dueOn: row.dueOn,
  status: row.status as ActionItem["status"],
  closedOn: row.closedOn,
  note: row.note,
  frameworkNodeId: row.frameworkNodeId,
  indicatorId: row.indicatorId,
  isOverdue: row.isOverdue,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Oldest meeting first, then in the order the items were agreed. */
const meetingOrder = [asc(events.startsOn), asc(boardActionItems.createdAt), asc(boardActionItems.id)];

export async function selectActionItem(
  db: DbOrTx,
  id: string,
  today: string,
): Promise<Stored<ActionItem> | undefined> {
  const [row] = await selectBase(db, today).where(eq(boardActionItems.id, id));
  return row ? toActionItem(row) : undefined;
}

export async function selectActionItemsOfMeeting(
  db: DbOrTx,
  eventId: string,
  today: string,
): Promise<Stored<ActionItem>[]> {
  const rows = await selectBase(db, today)
    .where(eq(boardActionItems.eventId, eventId))
    .orderBy(...meetingOrder);
  return rows.map(toActionItem);
}

/**
 * What a meeting on `meetingOn` follows up: items agreed at earlier meetings of the board that are
 * still open, or were closed on or after that day, so that an earlier meeting reads as it stood.
 */
export async function selectFollowUp(
  db: DbOrTx,
  meeting: { eventId: string; boardId: string; startsOn: string },
  today: string,
): Promise<Stored<ActionItem>[]> {
  const rows = await selectBase(db, today)
    .where(
      and(
        eq(boardMeetings.boardId, meeting.boardId),
        ne(boardActionItems.eventId, meeting.eventId),
        lt(events.startsOn, meeting.startsOn),
        or(eq(boardActionItems.status, "open"), gte(boardActionItems.closedOn, meeting.startsOn)),
      ),
    )
    .orderBy(...meetingOrder);
  return rows.map(toActionItem);
}

/** Action items across boards, filtered by owner organisation, board, status and overdue. */
export async function selectActionItems(db: DbOrTx, query: ActionItemListQuery, today: string) {
  const conditions: (SQL | undefined)[] = [
    query.organizationId ? eq(boardActionItems.ownerOrganizationId, query.organizationId) : undefined,
    query.boardId ? eq(boardMeetings.boardId, query.boardId) : undefined,
    query.status ? eq(boardActionItems.status, query.status) : undefined,
    query.overdue ? overdueOn(today) : undefined,
  ];
  const rows = await selectBase(db, today)
    .where(and(...conditions))
    .orderBy(sql`${boardActionItems.dueOn} asc nulls last`, ...meetingOrder)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: rows.map(toActionItem), total: rows[0]?.total ?? 0 };
}

/**
 * Every overdue item (open, due before `today`) of a board and a meeting that are not archived, by
 * owner organisation, the earliest due first: what the daily notices to the owners list.
 */
export async function selectOverdueActionItems(db: DbOrTx, today: string): Promise<Stored<ActionItem>[]> {
  const rows = await selectBase(db, today)
    .innerJoin(boards, eq(boards.id, boardMeetings.boardId))
    .where(and(overdueOn(today), isNull(events.archivedAt), isNull(boards.archivedAt)))
    .orderBy(asc(organizations.id), asc(boardActionItems.dueOn), ...meetingOrder);
  return rows.map(toActionItem);
}

/** The kind of the event and the plan of its meeting's board (null without a meeting record). */
export async function selectMeetingPlan(
  db: DbOrTx,
  eventId: string,
): Promise<{ kind: string; planId: string | null } | undefined> {
  const [row] = await db
    .select({ kind: events.kind, planId: boards.planId })
    .from(events)
    .leftJoin(boardMeetings, eq(boardMeetings.eventId, events.id))
    .leftJoin(boards, eq(boards.id, boardMeetings.boardId))
    .where(eq(events.id, eventId));
  return row;
}

export type ActionItemRow = typeof boardActionItems.$inferSelect;

export async function insertActionItem(
  tx: DbOrTx,
  values: typeof boardActionItems.$inferInsert,
): Promise<ActionItemRow> {
  const [row] = await tx.insert(boardActionItems).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The item, locked until the transaction ends; undefined when missing. */
export const lockActionItem = (tx: DbOrTx, id: string) => lockById(tx, boardActionItems, id);

export async function updateActionItemRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<typeof boardActionItems.$inferInsert>,
): Promise<ActionItemRow | undefined> {
  const [after] = await tx
    .update(boardActionItems)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(boardActionItems.id, id))
    .returning();
  return after;
}
