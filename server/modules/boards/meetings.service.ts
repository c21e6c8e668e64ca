/**
 * The board-meeting record of an event of kind `board_meeting`: the board, the NGO-consultation
 * flag, minutes (sanitised HTML), agenda, attendance and decisions, with the follow-up of earlier
 * meetings' action items computed on read.
 */
import type { z } from "zod";
import type { Reason } from "../../../common/errors.js";
import type { BoardMeeting, BoardMeetingInput } from "../../../common/schemas/boards.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { type AppError, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { getEvent } from "../events/events.service.js";
import { withActionItemAbilities } from "./action-items.policy.js";
import { selectFollowUp } from "./action-items.queries.js";
import { meetingPolicy } from "./meetings.policy.js";
import {
  findNodesOutsidePlan,
  findUnknownPeople,
  lockMeetingEventKind,
  replaceMeetingParts,
  selectBoardPlanId,
  selectMeetingEvent,
  selectMeetingParts,
  upsertMeetingRecord,
} from "./meetings.queries.js";
import { sanitizeMinutes } from "./minutes.js";

export type MeetingValues = z.output<typeof BoardMeetingInput>;

/** The record of a meeting as stored, for the audit log. */
async function loadRecord(db: DbOrTx, eventId: string) {
  const meeting = await selectMeetingEvent(db, eventId);
  if (!meeting?.boardId) return undefined;
  const parts = await selectMeetingParts(db, eventId);
  return {
    boardId: meeting.boardId,
    isNgoConsultation: meeting.isNgoConsultation,
    minutes: meeting.minutes,
    ...parts,
  };
}

export async function getMeeting(
  db: Db,
  actor: Actor,
  eventId: string,
  today: string,
): Promise<BoardMeeting> {
  enforce(meetingPolicy(actor, "read"), "Board meeting");
  // The record names the people at the meeting: it is read by those who may read the event.
  await getEvent(db, actor, eventId);
  const meeting = await selectMeetingEvent(db, eventId);
  if (!meeting?.boardId || meeting.boardName === null) throw notFound("Board meeting");
  const parts = await selectMeetingParts(db, eventId);
  const followUp = await selectFollowUp(
    db,
    { eventId, boardId: meeting.boardId, startsOn: meeting.startsOn },
    today,
  );
  return {
    eventId,
    eventTitle: meeting.eventTitle,
    startsOn: meeting.startsOn,
    eventStatus: meeting.eventStatus as BoardMeeting["eventStatus"],
    boardId: meeting.boardId,
    boardName: meeting.boardName,
    isNgoConsultation: meeting.isNgoConsultation ?? false,
    minutes: sanitizeMinutes(meeting.minutes),
    ...parts,
    followUp: withActionItemAbilities(actor, followUp),
  };
}

/** The first reference among `ids` (with its path) that `unknown` names, as a 400. */
function firstUnknown(unknown: string[], paths: { id: string | null; path: string }[], reason: Reason) {
  const missing = new Set(unknown);
  const found = paths.find((p) => p.id !== null && missing.has(p.id));
  return found ? invalid(found.path, reason) : undefined;
}

/** Checks that the people exist and the framework nodes belong to the board's plan. */
async function checkMeetingReferences(tx: DbOrTx, planId: string, values: MeetingValues) {
  const personPaths = [
    ...values.agendaItems.map((item, i) => ({
      id: item.presenterPersonId,
      path: `agendaItems.${i}.presenterPersonId`,
    })),
    ...values.attendance.flatMap((a, i) => [
      { id: a.personId, path: `attendance.${i}.personId` },
      { id: a.deputyPersonId, path: `attendance.${i}.deputyPersonId` },
    ]),
  ];
  const nodePaths = [
    ...values.agendaItems.map((item, i) => ({
      id: item.frameworkNodeId,
      path: `agendaItems.${i}.frameworkNodeId`,
    })),
    ...values.decisions.map((d, i) => ({ id: d.frameworkNodeId, path: `decisions.${i}.frameworkNodeId` })),
  ];
  const idsOf = (paths: { id: string | null }[]) => [
    ...new Set(paths.flatMap((p) => (p.id === null ? [] : [p.id]))),
  ];
  const seen = new Set<string>();
  for (const [i, a] of values.attendance.entries()) {
    if (seen.has(a.personId)) throw invalid(`attendance.${i}.personId`, "person_listed_twice");
    seen.add(a.personId);
  }
  const errors: (AppError | undefined)[] = [
    firstUnknown(await findUnknownPeople(tx, idsOf(personPaths)), personPaths, "no_such_person"),
    firstUnknown(await findNodesOutsidePlan(tx, planId, idsOf(nodePaths)), nodePaths, "node_not_in_plan"),
  ];
  const error = errors.find(Boolean);
  if (error) throw error;
}

/** Records or replaces the meeting record of a board-meeting event, audited. */
export async function putMeeting(
  db: Db,
  actor: Actor,
  eventId: string,
  values: MeetingValues,
  today: string,
): Promise<BoardMeeting> {
  enforce(meetingPolicy(actor, "write"), "Board meeting");
  await db.transaction(async (tx) => {
    const kind = await lockMeetingEventKind(tx, eventId);
    if (!kind) throw notFound("Event");
    if (kind !== "board_meeting") throw invalid("", "not_a_board_meeting");
    const planId = await selectBoardPlanId(tx, values.boardId);
    if (!planId) throw invalid("boardId", "no_such_board");
    await checkMeetingReferences(tx, planId, values);
    const before = await loadRecord(tx, eventId);
    const fields = {
      boardId: values.boardId,
      isNgoConsultation: values.isNgoConsultation,
      minutes: sanitizeMinutes(values.minutes),
    };
    await upsertMeetingRecord(tx, eventId, fields);
    await replaceMeetingParts(tx, eventId, values);
    await recordAudit(tx, actor, {
      action: before ? "update" : "create",
      entityType: "board_meeting",
      entityId: eventId,
      before,
      after: await loadRecord(tx, eventId),
    });
  });
  return getMeeting(db, actor, eventId, today);
}
