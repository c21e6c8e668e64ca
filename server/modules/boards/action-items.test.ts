import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ActionItem, BoardDetail, BoardMeeting } from "../../../common/schemas/boards.js";
import { auditLog } from "../../db/schema.js";
import { makeActionItem, makeBoard, makeBoardMeeting } from "../../test/activity-factories.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeFrameworkNode,
  makeIndicator,
  makeOrganization,
  makePlan,
  makeSignedInUser,
} from "../../test/factories.js";

/** The app's clock: each test sets the day it plays on. */
let now = new Date("2013-01-10T10:00:00Z");
const { app, db } = await createTestApp({ clock: () => now });
const setToday = (day: string) => {
  now = new Date(`${day}T10:00:00Z`);
};

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const send = (cookie: string, method: "POST" | "PATCH", url: string, payload: object) =>
  app.inject({ method, url, headers: { cookie }, payload });

/** A board with three held meetings, in January, March and May 2013. */
async function boardWithMeetings() {
  const plan = await makePlan(db);
  const board = await makeBoard(db, { planId: plan.id });
  const meeting = (startsOn: string) =>
    makeBoardMeeting(db, { boardId: board.id, startsOn, endsOn: startsOn });
  const meetings = [await meeting("2013-01-15"), await meeting("2013-03-15"), await meeting("2013-05-15")];
  return { plan, board, meetings };
}

const followUpOf = async (cookie: string, eventId: string) =>
  (await get(cookie, `/api/events/${eventId}/meeting`))
    .json<BoardMeeting>()
    .followUp.map((i) => i.description);

describe("action items", () => {
  it("carries open items forward to later meetings' follow-up, and history reads as it stood", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const { plan, board, meetings } = await boardWithMeetings();
    const [first, second, third] = meetings as [
      (typeof meetings)[0],
      (typeof meetings)[0],
      (typeof meetings)[0],
    ];
    const owner = await makeOrganization(db, { name: "Agencija za ravnopravnost spolova" });
    const node = await makeFrameworkNode(db, { planId: plan.id });
    const indicator = await makeIndicator(db, { planId: plan.id });

    setToday("2013-01-15");
    const created = await send(cookie, "POST", `/api/events/${first.id}/action-items`, {
      description: "Pripremiti nacrt izvještaja",
      ownerOrganizationId: owner.id,
      dueOn: "2013-02-28",
      frameworkNodeId: node.id,
      indicatorId: indicator.id,
    });
    expect(created.statusCode).toBe(201);
    const item = created.json<ActionItem>();
    expect(item).toMatchObject({
      status: "open",
      closedOn: null,
      boardId: board.id,
      meetingOn: "2013-01-15",
    });
    await makeActionItem(db, {
      eventId: first.id,
      ownerOrganizationId: owner.id,
      description: "Zatvoreno odmah",
      status: "done",
      closedOn: "2013-01-15",
    });
    await makeActionItem(db, {
      eventId: second.id,
      ownerOrganizationId: owner.id,
      description: "Iz druge sjednice",
    });

    expect(await followUpOf(cookie, first.id)).toEqual([]);
    expect(await followUpOf(cookie, second.id)).toEqual(["Pripremiti nacrt izvještaja"]);
    expect(await followUpOf(cookie, third.id)).toEqual(["Pripremiti nacrt izvještaja", "Iz druge sjednice"]);

    // Done in April, between the second and the third meeting.
    setToday("2013-04-02");
    const done = await send(cookie, "PATCH", `/api/action-items/${item.id}`, {
      status: "done",
      note: "Poslano",
    });
    expect(done.json<ActionItem>()).toMatchObject({
      status: "done",
      closedOn: "2013-04-02",
      note: "Poslano",
    });
    expect(await followUpOf(cookie, second.id)).toEqual(["Pripremiti nacrt izvještaja"]);
    expect(await followUpOf(cookie, third.id)).toEqual(["Iz druge sjednice"]);

    const listed = (await get(cookie, `/api/events/${first.id}/action-items`)).json<{
      items: ActionItem[];
    }>();
    expect(listed.items.map((i) => i.status)).toEqual(["done", "done"]);

    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "board_action_item"), eq(auditLog.entityId, item.id)))
      .orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual(["create", "update"]);
  });

  it("lists open and overdue items per organisation as of the app clock", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const { board, meetings } = await boardWithMeetings();
    const [first] = meetings as [(typeof meetings)[0]];
    const police = await makeOrganization(db, { name: "Direkcija policije" });
    const ministry = await makeOrganization(db, { name: "Ministarstvo odbrane" });
    const item = (ownerOrganizationId: string, description: string, values: object = {}) =>
      makeActionItem(db, { eventId: first.id, ownerOrganizationId, description, ...values });
    await item(police.id, "Rok prošao", { dueOn: "2013-02-01" });
    await item(police.id, "Rok danas", { dueOn: "2013-03-01" });
    await item(police.id, "Bez roka");
    await item(police.id, "Urađeno kasno", { dueOn: "2013-01-20", status: "done", closedOn: "2013-02-20" });
    await item(ministry.id, "Ministarstvo kasni", { dueOn: "2013-01-31" });

    setToday("2013-03-01");
    const overdue = await get(cookie, `/api/action-items?organizationId=${police.id}&overdue=true`);
    expect(overdue.json<{ items: ActionItem[] }>().items.map((i) => i.description)).toEqual(["Rok prošao"]);
    const open = (await get(cookie, `/api/action-items?organizationId=${police.id}&status=open`)).json<{
      items: ActionItem[];
      total: number;
    }>();
    expect(open.items.map((i) => [i.description, i.isOverdue])).toEqual([
      ["Rok prošao", true],
      ["Rok danas", false],
      ["Bez roka", false],
    ]);
    expect(open.total).toBe(3);

    const detail = (await get(cookie, `/api/boards/${board.id}`)).json<BoardDetail>();
    expect(detail.followUpByOrganization).toEqual([
      { organization: { id: police.id, name: police.name }, open: 3, overdue: 1 },
      { organization: { id: ministry.id, name: ministry.name }, open: 1, overdue: 1 },
    ]);

    setToday("2013-03-02");
    const later = await get(cookie, `/api/action-items?organizationId=${police.id}&overdue=true`);
    expect(later.json<{ items: ActionItem[] }>().items.map((i) => i.description)).toEqual([
      "Rok prošao",
      "Rok danas",
    ]);
  });

  it("lets a representative mark its own organisation's items done or open, and nothing more", async () => {
    const { meetings } = await boardWithMeetings();
    const [first] = meetings as [(typeof meetings)[0]];
    const own = await makeOrganization(db);
    const other = await makeOrganization(db);
    const { cookie } = await makeSignedInUser(db, "representative", { organizationId: own.id });
    const ownItem = await makeActionItem(db, {
      eventId: first.id,
      ownerOrganizationId: own.id,
      dueOn: "2013-02-01",
    });
    const otherItem = await makeActionItem(db, { eventId: first.id, ownerOrganizationId: other.id });
    setToday("2013-02-10");

    const done = await send(cookie, "PATCH", `/api/action-items/${ownItem.id}`, {
      status: "done",
      note: "Imenovana kontakt osoba",
    });
    expect(done.statusCode).toBe(200);
    expect(done.json<ActionItem>()).toMatchObject({
      status: "done",
      closedOn: "2013-02-10",
      isOverdue: false,
    });
    const reopened = await send(cookie, "PATCH", `/api/action-items/${ownItem.id}`, { status: "open" });
    expect(reopened.json<ActionItem>()).toMatchObject({ status: "open", closedOn: null, isOverdue: true });

    expect(
      (await send(cookie, "PATCH", `/api/action-items/${otherItem.id}`, { status: "done" })).statusCode,
    ).toBe(404);
    for (const change of [{ status: "dropped" }, { dueOn: "2013-12-31" }, { description: "Drugačije" }]) {
      expect((await send(cookie, "PATCH", `/api/action-items/${ownItem.id}`, change)).statusCode).toBe(403);
    }
    expect(
      (
        await send(cookie, "POST", `/api/events/${first.id}/action-items`, {
          description: "Novo",
          ownerOrganizationId: own.id,
        })
      ).statusCode,
    ).toBe(403);

    const { cookie: partner } = await makeSignedInUser(db, "partner", { organizationId: own.id });
    expect(
      (await send(partner, "PATCH", `/api/action-items/${ownItem.id}`, { status: "done" })).statusCode,
    ).toBe(403);
  });

  it("answers 400 for items of an event that is not a board meeting and for nodes or indicators of another plan", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const { meetings } = await boardWithMeetings();
    const [first] = meetings as [(typeof meetings)[0]];
    const owner = await makeOrganization(db);
    const otherPlan = await makePlan(db);
    const foreignNode = await makeFrameworkNode(db, { planId: otherPlan.id });
    const foreignIndicator = await makeIndicator(db, { planId: otherPlan.id });
    const url = `/api/events/${first.id}/action-items`;
    const base = { description: "Zadatak", ownerOrganizationId: owner.id };

    const node = await send(cookie, "POST", url, { ...base, frameworkNodeId: foreignNode.id });
    expect(node.json()).toMatchObject({ code: "VALIDATION", details: [{ path: "frameworkNodeId" }] });
    const indicator = await send(cookie, "POST", url, { ...base, indicatorId: foreignIndicator.id });
    expect(indicator.json()).toMatchObject({ code: "VALIDATION", details: [{ path: "indicatorId" }] });
    const badStatus = await send(cookie, "POST", url, { ...base, status: "finished" });
    expect(badStatus.statusCode).toBe(400);
    const badDate = await send(cookie, "POST", url, { ...base, dueOn: "2013-02-30" });
    expect(badDate.statusCode).toBe(400);

    const item = await makeActionItem(db, { eventId: first.id, ownerOrganizationId: owner.id });
    const patchNode = await send(cookie, "PATCH", `/api/action-items/${item.id}`, {
      frameworkNodeId: foreignNode.id,
    });
    expect(patchNode.statusCode).toBe(400);

    const seminar = await makeEvent(db, { organizerIds: [owner.id], kind: "seminar" });
    const wrongKind = await send(cookie, "POST", `/api/events/${seminar.id}/action-items`, base);
    expect(wrongKind.statusCode).toBe(400);
  });
});
