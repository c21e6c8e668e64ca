import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { BoardMeeting } from "../../../common/schemas/boards.js";
import { auditLog, boardMeetings } from "../../db/schema.js";
import { makeBoard } from "../../test/activity-factories.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeFrameworkNode,
  makeOrganization,
  makePerson,
  makePlan,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp({ clock: () => new Date("2013-06-15T10:00:00Z") });

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const put = (cookie: string, url: string, payload: object) =>
  app.inject({ method: "PUT", url, headers: { cookie }, payload });

async function boardMeetingEvent(startsOn = "2013-03-12") {
  const organizer = await makeOrganization(db);
  return makeEvent(db, { organizerIds: [organizer.id], kind: "board_meeting", startsOn, endsOn: startsOn });
}

describe("board meetings", () => {
  it("records agenda, attendance, decisions and minutes, replaces them, and audits both writes", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const plan = await makePlan(db);
    const board = await makeBoard(db, { planId: plan.id });
    const node = await makeFrameworkNode(db, { planId: plan.id });
    const event = await boardMeetingEvent();
    const presenter = await makePerson(db, { givenName: "Selma", familyName: "Đapo" });
    const member = await makePerson(db, { givenName: "Mirko", familyName: "Šimić", sex: "male" });
    const deputy = await makePerson(db, { givenName: "Ivana", familyName: "Čavar" });
    const absent = await makePerson(db, { givenName: "Јован", familyName: "Јовић", sex: "male" });
    const guest = await makePerson(db, { givenName: "Lejla", familyName: "Alić" });
    const url = `/api/events/${event.id}/meeting`;

    const first = await put(cookie, url, {
      boardId: board.id,
      isNgoConsultation: true,
      minutes: "<p>Sjednica otvorena.</p>",
      agendaItems: [
        { title: "Usvajanje zapisnika" },
        { title: "Izvještaj o provedbi", presenterPersonId: presenter.id, frameworkNodeId: node.id },
      ],
      attendance: [
        { personId: presenter.id, attendance: "present" },
        { personId: member.id, attendance: "represented", deputyPersonId: deputy.id },
        { personId: absent.id, attendance: "absent" },
        { personId: guest.id, attendance: "guest" },
      ],
      decisions: [{ text: "Izvještaj se usvaja", frameworkNodeId: node.id }],
    });
    expect(first.statusCode).toBe(200);
    const meeting = first.json<BoardMeeting>();
    expect(meeting).toMatchObject({
      boardId: board.id,
      isNgoConsultation: true,
      minutes: "<p>Sjednica otvorena.</p>",
    });
    expect(meeting.agendaItems.map((a) => [a.title, a.presenterName])).toEqual([
      ["Usvajanje zapisnika", null],
      ["Izvještaj o provedbi", "Selma Đapo"],
    ]);
    expect(meeting.attendance.find((a) => a.personId === member.id)).toMatchObject({
      attendance: "represented",
      deputyName: "Ivana Čavar",
    });
    expect(meeting.decisions).toEqual([expect.objectContaining({ text: "Izvještaj se usvaja" })]);

    const second = await put(cookie, url, { boardId: board.id, agendaItems: [{ title: "Razno" }] });
    expect(second.json<BoardMeeting>()).toMatchObject({
      isNgoConsultation: false,
      minutes: null,
      attendance: [],
      decisions: [],
      agendaItems: [expect.objectContaining({ title: "Razno" })],
    });
    expect((await get(cookie, url)).json<BoardMeeting>().agendaItems).toHaveLength(1);

    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "board_meeting"), eq(auditLog.entityId, event.id)))
      .orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual(["create", "update"]);
  });

  it("sanitises the minutes on save and on render, keeping Bosnian letters and Cyrillic", async () => {
    const { cookie } = await makeSignedInUser(db, "administrator");
    const board = await makeBoard(db);
    const event = await boardMeetingEvent();
    const url = `/api/events/${event.id}/meeting`;
    const dirty = [
      "<h3>Zaključci — Закључци</h3>",
      '<p onclick="steal()">Šef đaka čita: <strong>ćevapi</strong> i <em>žele</em>.</p>',
      "<script>alert('x')</script>",
      '<img src="x" onerror="alert(1)">',
      '<p><a href="javascript:alert(1)">loša veza</a> <a href="https://example.org/zapisnik" onclick="x()">zapisnik</a></p>',
      "<blockquote>Члан одбора: ћирилица остаје.</blockquote>",
    ].join("");
    const saved = (await put(cookie, url, { boardId: board.id, minutes: dirty })).json<BoardMeeting>();
    for (const minutes of [saved.minutes, (await get(cookie, url)).json<BoardMeeting>().minutes]) {
      expect(minutes).not.toMatch(/script|onerror|onclick|javascript|<img|alert/);
      expect(minutes).toContain("<h3>Zaključci — Закључци</h3>");
      expect(minutes).toContain("<p>Šef đaka čita: <strong>ćevapi</strong> i <em>žele</em>.</p>");
      expect(minutes).toContain('<a href="https://example.org/zapisnik">zapisnik</a>');
      expect(minutes).toContain("<blockquote>Члан одбора: ћирилица остаје.</blockquote>");
    }
    // Minutes written around the API are sanitised when shown.
    await db
      .update(boardMeetings)
      .set({ minutes: '<p>Zapisnik<img src=x onerror="alert(1)"></p>' })
      .where(eq(boardMeetings.eventId, event.id));
    expect((await get(cookie, url)).json<BoardMeeting>().minutes).toBe("<p>Zapisnik</p>");
  });

  it("answers 400 for an event that is not a board meeting and for references outside the board's plan", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const plan = await makePlan(db);
    const board = await makeBoard(db, { planId: plan.id });
    const otherPlanNode = await makeFrameworkNode(db, { planId: (await makePlan(db)).id });
    const organizer = await makeOrganization(db);
    const workshop = await makeEvent(db, { organizerIds: [organizer.id], kind: "workshop" });
    const notMeeting = await put(cookie, `/api/events/${workshop.id}/meeting`, { boardId: board.id });
    expect(notMeeting.statusCode).toBe(400);

    const event = await boardMeetingEvent();
    const url = `/api/events/${event.id}/meeting`;
    const foreignNode = await put(cookie, url, {
      boardId: board.id,
      decisions: [{ text: "Odluka" }, { text: "Druga odluka", frameworkNodeId: otherPlanNode.id }],
    });
    expect(foreignNode.statusCode).toBe(400);
    expect(foreignNode.json()).toMatchObject({ details: [{ path: "decisions.1.frameworkNodeId" }] });

    const unknownPerson = await put(cookie, url, {
      boardId: board.id,
      attendance: [{ personId: "00000000-0000-4000-8000-000000000000", attendance: "present" }],
    });
    expect(unknownPerson.json()).toMatchObject({ details: [{ path: "attendance.0.personId" }] });

    const person = await makePerson(db);
    const noDeputy = await put(cookie, url, {
      boardId: board.id,
      attendance: [{ personId: person.id, attendance: "represented" }],
    });
    expect(noDeputy.statusCode).toBe(400);
    const twice = await put(cookie, url, {
      boardId: board.id,
      attendance: [
        { personId: person.id, attendance: "present" },
        { personId: person.id, attendance: "guest" },
      ],
    });
    expect(twice.json()).toMatchObject({ details: [{ path: "attendance.1.personId" }] });
    const unknownBoard = await put(cookie, url, { boardId: "00000000-0000-4000-8000-000000000000" });
    expect(unknownBoard.json()).toMatchObject({ details: [{ path: "boardId" }] });

    // Nothing was recorded by the refused requests.
    expect((await get(cookie, url)).statusCode).toBe(404);
  });
});
