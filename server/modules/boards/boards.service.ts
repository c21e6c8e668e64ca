/** Coordination boards of a plan and their memberships over time. */
import type { z } from "zod";
import type {
  Board,
  BoardDetail,
  BoardInput,
  BoardListQuery,
  BoardMembership,
  BoardMembershipInput,
  BoardMembershipPatch,
  BoardPatch,
} from "../../../common/schemas/boards.js";
import type { Page } from "../../../common/schemas/common.js";
import { type OrganizationLevel, organizationLevels } from "../../../common/schemas/enums.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { definedOnly } from "../../db/rows.js";
import type { Actor } from "../../http/actor.js";
import { invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { setRecordArchived } from "../audit/audit.archive.js";
import { recordAudit } from "../audit/audit.service.js";
import { boardAbilities, boardPolicy, membershipPolicy } from "./boards.policy.js";
import {
  boardExists,
  boardRecord,
  consultationYears,
  deleteMembership,
  insertBoard,
  insertMembership,
  lockBoard,
  lockMembershipRow,
  planExists,
  selectBoard,
  selectBoardMeetings,
  selectBoards,
  selectFollowUpByOrganization,
  selectMemberships,
  selectNgoConsultationCounts,
  selectPlanEnd,
  updateBoardRow,
  updateMembershipRow,
} from "./boards.queries.js";
import { findUnknownOrganizations, findUnknownPeople } from "./meetings.queries.js";

export type BoardValues = z.output<typeof BoardInput>;
export type BoardChanges = z.output<typeof BoardPatch>;
export type MembershipValues = z.output<typeof BoardMembershipInput>;
export type MembershipChanges = z.output<typeof BoardMembershipPatch>;

const searchKeyOf = (values: { name: string }) => buildSearchKey(values.name);

export async function listBoards(
  db: Db,
  actor: Actor,
  query: BoardListQuery,
  today: string,
): Promise<Page<Board>> {
  enforce(boardPolicy(actor, "read"), "Board");
  const { items, total } = await selectBoards(db, query, today);
  const abilities = boardAbilities(actor);
  return {
    items: items.map((board) => ({ ...board, abilities })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

type Composition = BoardDetail["composition"];

/** The current seats, with each person counted once by sex and by their organisation's level. */
export function compositionOf(memberships: BoardMembership[]): Composition {
  const members = memberships.filter((m) => m.isCurrent);
  const people = new Map(members.map((m) => [m.personId, m]));
  const bySex = { female: 0, male: 0, total: 0 };
  const levels = new Map<OrganizationLevel, { female: number; male: number; total: number }>();
  for (const member of people.values()) {
    bySex[member.person.sex] += 1;
    bySex.total += 1;
    const level = levels.get(member.organization.level) ?? { female: 0, male: 0, total: 0 };
    level[member.person.sex] += 1;
    level.total += 1;
    levels.set(member.organization.level, level);
  }
  const byLevel = organizationLevels.flatMap((level) => {
    const counts = levels.get(level);
    return counts ? [{ level, ...counts }] : [];
  });
  return { members, bySex, byLevel };
}

/** The board with its current composition, NGO consultations per year and open items per organisation. */
export async function getBoard(db: Db, actor: Actor, id: string, today: string): Promise<BoardDetail> {
  enforce(boardPolicy(actor, "read"), "Board");
  const board = await selectBoard(db, id, today);
  if (!board) throw notFound("Board");
  const memberships = await selectMemberships(db, id, today);
  const counts = await selectNgoConsultationCounts(db, id);
  const planEnd = await selectPlanEnd(db, board.planId);
  const thisYear = Number(today.slice(0, 4));
  const lastYear = planEnd ? Math.min(thisYear, Number(planEnd.slice(0, 4))) : thisYear;
  return {
    ...board,
    abilities: boardAbilities(actor),
    composition: compositionOf(memberships),
    ngoConsultations: consultationYears(counts, board.ngoConsultationsPerYear, lastYear),
    followUpByOrganization: await selectFollowUpByOrganization(db, id, today),
    meetings: await selectBoardMeetings(db, id),
  };
}

export async function createBoard(
  db: Db,
  actor: Actor,
  values: BoardValues,
  today: string,
): Promise<BoardDetail> {
  enforce(boardPolicy(actor, "create"), "Board");
  const id = await db.transaction(async (tx) => {
    if (!(await planExists(tx, values.planId))) throw invalid("planId", "no_such_plan");
    const row = await insertBoard(tx, { ...values, searchText: searchKeyOf(values) });
    await recordAudit(tx, actor, { action: "create", entityType: "board", entityId: row.id, after: row });
    return row.id;
  });
  return getBoard(db, actor, id, today);
}

export async function updateBoard(
  db: Db,
  actor: Actor,
  id: string,
  patch: BoardChanges,
  today: string,
): Promise<BoardDetail> {
  enforce(boardPolicy(actor, "update"), "Board");
  const changes = definedOnly(patch);
  await db.transaction(async (tx) => {
    const before = await lockBoard(tx, id);
    if (!before) throw notFound("Board");
    const merged = { ...before, ...changes };
    const after = await updateBoardRow(tx, id, { ...changes, searchText: searchKeyOf(merged) });
    await recordAudit(tx, actor, { action: "update", entityType: "board", entityId: id, before, after });
  });
  return getBoard(db, actor, id, today);
}

/** Boards are archived, never deleted: their meetings and memberships stay on record. */
export async function archiveBoard(db: Db, actor: Actor, id: string, now: Date): Promise<BoardDetail> {
  enforce(boardPolicy(actor, "archive"), "Board");
  await setRecordArchived(db, actor, {
    record: boardRecord,
    entityType: "board",
    what: "Board",
    id,
    isArchived: true,
    now,
    authorize: () => {},
  });
  return getBoard(db, actor, id, now.toISOString().slice(0, 10));
}

/** Every seat of the board, current and past. */
export async function listMemberships(
  db: Db,
  actor: Actor,
  boardId: string,
  today: string,
): Promise<{ items: BoardMembership[] }> {
  enforce(membershipPolicy(actor, "read"), "Board");
  if (!(await boardExists(db, boardId))) throw notFound("Board");
  return { items: await selectMemberships(db, boardId, today) };
}

async function checkMembershipValues(tx: DbOrTx, values: Partial<MembershipValues>) {
  if (values.personId && (await findUnknownPeople(tx, [values.personId])).length > 0) {
    throw invalid("personId", "no_such_person");
  }
  if (values.organizationId && (await findUnknownOrganizations(tx, [values.organizationId])).length > 0) {
    throw invalid("organizationId", "no_such_organization");
  }
}

async function loadMembership(db: DbOrTx, boardId: string, id: string, today: string) {
  const found = (await selectMemberships(db, boardId, today)).find((m) => m.id === id);
  if (!found) throw notFound("Membership");
  return found;
}

export async function addMembership(
  db: Db,
  actor: Actor,
  boardId: string,
  values: MembershipValues,
  today: string,
): Promise<BoardMembership> {
  enforce(membershipPolicy(actor, "create"), "Board");
  const id = await db.transaction(async (tx) => {
    if (!(await lockBoard(tx, boardId))) throw notFound("Board");
    await checkMembershipValues(tx, values);
    const row = await insertMembership(tx, { ...values, boardId });
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "board_membership",
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return loadMembership(db, boardId, id, today);
}

/** The seat of the board, locked for a change; 404 when the board has no such seat. */
async function lockMembership(tx: DbOrTx, boardId: string, id: string) {
  const row = await lockMembershipRow(tx, id);
  if (!row || row.boardId !== boardId) throw notFound("Membership");
  return row;
}

/** Changes a seat; ending it sets `endsOn` and keeps it in the history. */
export async function updateMembership(
  db: Db,
  actor: Actor,
  boardId: string,
  id: string,
  patch: MembershipChanges,
  today: string,
): Promise<BoardMembership> {
  enforce(membershipPolicy(actor, "update"), "Board");
  const changes = definedOnly(patch);
  await db.transaction(async (tx) => {
    const before = await lockMembership(tx, boardId, id);
    const merged = { ...before, ...changes };
    if (merged.endsOn !== null && merged.endsOn < merged.startsOn) {
      throw invalid("endsOn", "date_order");
    }
    await checkMembershipValues(tx, changes);
    const after = await updateMembershipRow(tx, id, changes);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "board_membership",
      entityId: id,
      before,
      after,
    });
  });
  return loadMembership(db, boardId, id, today);
}

/** Deletes a seat entered by mistake (an ended seat is history: end it instead), keeping it in the audit log. */
export async function removeMembership(db: Db, actor: Actor, boardId: string, id: string): Promise<void> {
  enforce(membershipPolicy(actor, "delete"), "Board");
  await db.transaction(async (tx) => {
    const before = await lockMembership(tx, boardId, id);
    await deleteMembership(tx, id);
    await recordAudit(tx, actor, { action: "delete", entityType: "board_membership", entityId: id, before });
  });
}
