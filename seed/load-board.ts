/**
 * Loads the Coordination Board of the default data: the board, its seats, and the records of its
 * meetings (agenda, attendance from the meetings' participations, minutes, decisions, action items).
 */
import { buildSearchKey } from "../common/text/search.js";
import type { DbOrTx } from "../server/db/client.js";
import {
  boardActionItems,
  boardAgendaItems,
  boardAttendances,
  boardDecisions,
  boardMeetings,
  boardMemberships,
  boards,
} from "../server/db/schema.js";
import { sanitizeMinutes } from "../server/modules/boards/minutes.js";
import { personKey } from "./data/people.js";
import type { SeedBoard, SeedEvent } from "./types.js";

export interface BoardContext {
  planId: string;
  node: (key: string) => string;
  organization: (key: string) => string;
  person: (key: string) => string;
  /** The organisation key of a person, if any. */
  organizationOfPerson: (key: string) => string | undefined;
  event: (key: string) => string;
  seedEvent: (key: string) => SeedEvent;
}

export async function insertBoard(tx: DbOrTx, seed: SeedBoard, context: BoardContext): Promise<void> {
  const [board] = await tx
    .insert(boards)
    .values({
      planId: context.planId,
      name: seed.name,
      description: seed.description,
      ngoConsultationsPerYear: seed.ngoConsultationsPerYear,
      searchText: buildSearchKey(seed.name),
    })
    .returning({ id: boards.id });
  const boardId = (board as { id: string }).id;
  const memberNumbers = new Set<number>();
  await tx.insert(boardMemberships).values(
    seed.memberships.map((seat) => {
      const key = personKey(seat.person);
      const organizationKey = context.organizationOfPerson(key);
      if (!organizationKey) throw new Error(`default data: board member ${key} has no organisation`);
      if (seat.role !== "observer") memberNumbers.add(seat.person);
      return {
        boardId,
        personId: context.person(key),
        organizationId: context.organization(organizationKey),
        role: seat.role,
        startsOn: seat.startsOn,
        endsOn: seat.endsOn ?? null,
      };
    }),
  );

  for (const meeting of seed.meetings) {
    const eventId = context.event(meeting.event);
    const event = context.seedEvent(meeting.event);
    if (event.kind !== "board_meeting")
      throw new Error(`default data: ${meeting.event} is not a board meeting`);
    await tx.insert(boardMeetings).values({
      eventId,
      boardId,
      isNgoConsultation: meeting.isNgoConsultation,
      minutes: sanitizeMinutes(meeting.minutes),
    });
    await tx.insert(boardAgendaItems).values(
      meeting.agenda.map((item, position) => ({
        eventId,
        position,
        title: item.title,
        presenterPersonId: item.presenter ? context.person(personKey(item.presenter)) : null,
        frameworkNodeId: item.node ? context.node(item.node) : null,
      })),
    );
    await tx
      .insert(boardAttendances)
      .values(attendanceOf(event, meeting.represented ?? [], memberNumbers, context));
    await tx.insert(boardDecisions).values(
      meeting.decisions.map((decision, position) => ({
        eventId,
        position,
        text: decision.text,
        frameworkNodeId: decision.node ? context.node(decision.node) : null,
      })),
    );
    await tx.insert(boardActionItems).values(
      meeting.actionItems.map((item) => ({
        eventId,
        description: item.description,
        ownerOrganizationId: context.organization(item.owner),
        dueOn: item.dueOn,
        status: item.status,
        closedOn: item.status === "open" ? null : (item.closedOn ?? item.dueOn),
        note: item.note ?? null,
        frameworkNodeId: item.node ? context.node(item.node) : null,
      })),
    );
  }
}

/**
 * Attendance from the meeting's participations: members who attended are present, those who did
 * not are absent (or represented, when they sent a deputy); anyone else at the meeting is a guest.
 */
function attendanceOf(
  event: SeedEvent,
  represented: { member: number; deputy: number }[],
  members: Set<number>,
  context: BoardContext,
) {
  const deputies = new Map(represented.map((r) => [personKey(r.member), personKey(r.deputy)]));
  const rows = event.participations.map((participation) => {
    const number = Number(participation.person.slice(1));
    const deputy = deputies.get(participation.person);
    const attendance = !members.has(number)
      ? "guest"
      : deputy
        ? "represented"
        : participation.attended
          ? "present"
          : "absent";
    return {
      eventId: context.event(event.key),
      personId: context.person(participation.person),
      attendance,
      deputyPersonId: attendance === "represented" && deputy ? context.person(deputy) : null,
    };
  });
  for (const [member, deputy] of deputies) {
    if (event.participations.some((p) => p.person === member)) continue;
    rows.push({
      eventId: context.event(event.key),
      personId: context.person(member),
      attendance: "represented",
      deputyPersonId: context.person(deputy),
    });
  }
  return rows;
}
