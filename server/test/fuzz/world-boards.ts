/**
 * The board of the fuzzer's world: a board of the plan with seats for people of every
 * organisation, two meetings organised by different organisations, and action items.
 */
import { makeActionItem, makeBoard, makeBoardMeeting, makeBoardMembership } from "../activity-factories.js";
import type { Seeding } from "./seeding.js";
import type { PlanRows } from "./world-plans.js";
import type { Registry } from "./world-registry.js";

export async function buildBoard(seeding: Seeding, { organizations, staff }: Registry, plans: PlanRows) {
  const { db, add, parents } = seeding;
  const board = await makeBoard(db, { planId: plans.planId });
  add("boards", board.id);
  for (const [organizationId, personId] of [
    [organizations.partner, staff.partner[1].id],
    [organizations.representative, staff.representative[0].id],
    [organizations.defence, staff.defence[1].id],
    [organizations.media, staff.media[1].id],
  ] as const) {
    const seat = await makeBoardMembership(db, { boardId: board.id, organizationId, personId });
    add("memberships", seat.id);
    parents.set(seat.id, board.id);
  }
  const meeting = await makeBoardMeeting(db, {
    boardId: board.id,
    organizerIds: [organizations.partner],
    minutes: "<p>Zapisnik: Đurđa i Ђорђе</p>",
  });
  const otherMeeting = await makeBoardMeeting(db, {
    boardId: board.id,
    organizerIds: [organizations.defence],
    startsOn: "2012-09-10",
  });
  add("events", meeting.id, otherMeeting.id);
  for (const [eventId, ownerOrganizationId] of [
    [meeting.id, organizations.partner],
    [meeting.id, organizations.defence],
    [otherMeeting.id, organizations.representative],
  ] as const) {
    add("action-items", (await makeActionItem(db, { eventId, ownerOrganizationId, dueOn: "2012-12-31" })).id);
  }
}
