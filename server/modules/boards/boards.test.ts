import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { BoardDetail, BoardMembership } from "../../../common/schemas/boards.js";
import { auditLog } from "../../db/schema.js";
import { makeBoard, makeBoardMeeting, makeBoardMembership } from "../../test/activity-factories.js";
import { createTestApp } from "../../test/app.js";
import { makeOrganization, makePerson, makePlan, makeSignedInUser } from "../../test/factories.js";

const { app, db } = await createTestApp({ clock: () => new Date("2013-06-15T10:00:00Z") });

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const send = (cookie: string, method: "POST" | "PATCH" | "PUT" | "DELETE", url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

const auditOf = (entityType: string, entityId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);

describe("boards", () => {
  it("creates, changes and archives a board, audited, and lists it by search", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const plan = await makePlan(db);
    const created = await send(cookie, "POST", "/api/boards", {
      planId: plan.id,
      name: "Koordinacioni odbor Žepče",
      ngoConsultationsPerYear: 2,
    });
    expect(created.statusCode).toBe(201);
    const board = created.json<BoardDetail>();
    expect(board).toMatchObject({ planId: plan.id, ngoConsultationsPerYear: 2, currentMemberCount: 0 });

    const listed = await get(cookie, `/api/boards?q=zepce&planId=${plan.id}`);
    expect(listed.json<{ items: { id: string }[] }>().items.map((b) => b.id)).toEqual([board.id]);

    const patched = await send(cookie, "PATCH", `/api/boards/${board.id}`, { ngoConsultationsPerYear: null });
    expect(patched.json<BoardDetail>().ngoConsultationsPerYear).toBeNull();
    const archived = await send(cookie, "DELETE", `/api/boards/${board.id}`);
    expect(archived.json<BoardDetail>().isArchived).toBe(true);
    const afterArchive = await get(cookie, `/api/boards?planId=${plan.id}`);
    expect(afterArchive.json<{ total: number }>().total).toBe(0);

    const entries = await auditOf("board", board.id);
    expect(entries.map((e) => e.action)).toEqual(["create", "update", "archive"]);
  });

  it("refuses a board of an unknown plan and bad values", async () => {
    const { cookie } = await makeSignedInUser(db, "administrator");
    const unknownPlan = await send(cookie, "POST", "/api/boards", {
      planId: "00000000-0000-4000-8000-000000000000",
      name: "Odbor",
    });
    expect(unknownPlan.statusCode).toBe(400);
    const plan = await makePlan(db);
    const negative = await send(cookie, "POST", "/api/boards", {
      planId: plan.id,
      name: "Odbor",
      ngoConsultationsPerYear: -1,
    });
    expect(negative.statusCode).toBe(400);
  });
});

describe("memberships", () => {
  it("shows the current composition by sex and level, and keeps ended seats as history", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const board = await makeBoard(db);
    const ministry = await makeOrganization(db, { level: "state" });
    const entityGov = await makeOrganization(db, { level: "entity" });
    const ngo = await makeOrganization(db, { level: "municipality", sector: "civil_society" });
    const chair = await makePerson(db, { organizationId: ministry.id, sex: "female", familyName: "Šehović" });
    const member = await makePerson(db, { organizationId: entityGov.id, sex: "male", familyName: "Ђурић" });
    const activist = await makePerson(db, { organizationId: ngo.id, sex: "female", familyName: "Čaušević" });
    const former = await makePerson(db, { organizationId: entityGov.id, sex: "male", familyName: "Žilić" });
    const future = await makePerson(db, { organizationId: ministry.id, sex: "male", familyName: "Kovač" });

    const added = await send(cookie, "POST", `/api/boards/${board.id}/memberships`, {
      personId: chair.id,
      organizationId: ministry.id,
      role: "chair",
      startsOn: "2012-01-01",
    });
    expect(added.statusCode).toBe(201);
    await makeBoardMembership(db, { boardId: board.id, personId: member.id, organizationId: entityGov.id });
    await makeBoardMembership(db, {
      boardId: board.id,
      personId: activist.id,
      organizationId: ngo.id,
      role: "ngo_representative",
    });
    const formerSeat = await makeBoardMembership(db, {
      boardId: board.id,
      personId: former.id,
      organizationId: entityGov.id,
    });
    await makeBoardMembership(db, {
      boardId: board.id,
      personId: future.id,
      organizationId: ministry.id,
      startsOn: "2014-01-01",
    });

    // Ending a seat keeps it, with its end date, in the history.
    const ended = await send(cookie, "PATCH", `/api/boards/${board.id}/memberships/${formerSeat.id}`, {
      endsOn: "2013-03-31",
    });
    expect(ended.json<BoardMembership>()).toMatchObject({ endsOn: "2013-03-31", isCurrent: false });
    const backwards = await send(cookie, "PATCH", `/api/boards/${board.id}/memberships/${formerSeat.id}`, {
      endsOn: "2011-01-01",
    });
    expect(backwards.statusCode).toBe(400);

    const detail = (await get(cookie, `/api/boards/${board.id}`)).json<BoardDetail>();
    expect(detail.currentMemberCount).toBe(3);
    expect(detail.composition.members.map((m) => m.person.familyName).sort()).toEqual(
      ["Čaušević", "Šehović", "Ђурић"].sort(),
    );
    expect(detail.composition.bySex).toEqual({ female: 2, male: 1, total: 3 });
    expect(detail.composition.byLevel).toEqual([
      { level: "state", female: 1, male: 0, total: 1 },
      { level: "entity", female: 0, male: 1, total: 1 },
      { level: "municipality", female: 1, male: 0, total: 1 },
    ]);

    const history = (await get(cookie, `/api/boards/${board.id}/memberships`)).json<{
      items: BoardMembership[];
    }>().items;
    expect(history).toHaveLength(5);
    expect(
      history
        .filter((m) => !m.isCurrent)
        .map((m) => m.person.familyName)
        .sort(),
    ).toEqual(["Kovač", "Žilić"].sort());

    const entries = await auditOf("board_membership", formerSeat.id);
    expect(entries.map((e) => e.action)).toEqual(["update"]);
  });

  it("deletes a seat entered by mistake, keeping it in the audit log, and 404s a seat of another board", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const board = await makeBoard(db);
    const otherBoard = await makeBoard(db);
    const seat = await makeBoardMembership(db, { boardId: board.id });
    const wrongBoard = await send(cookie, "DELETE", `/api/boards/${otherBoard.id}/memberships/${seat.id}`);
    expect(wrongBoard.statusCode).toBe(404);
    const removed = await send(cookie, "DELETE", `/api/boards/${board.id}/memberships/${seat.id}`);
    expect(removed.statusCode).toBe(204);
    const [entry] = await auditOf("board_membership", seat.id);
    expect(entry).toMatchObject({
      action: "delete",
      before: expect.objectContaining({ personId: seat.personId }),
    });
  });

  it("refuses a seat of an unknown person or with dates out of order", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const board = await makeBoard(db);
    const organization = await makeOrganization(db);
    const unknown = await send(cookie, "POST", `/api/boards/${board.id}/memberships`, {
      personId: "00000000-0000-4000-8000-000000000000",
      organizationId: organization.id,
      startsOn: "2012-01-01",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ details: [{ path: "personId" }] });
    const person = await makePerson(db, { organizationId: organization.id });
    const outOfOrder = await send(cookie, "POST", `/api/boards/${board.id}/memberships`, {
      personId: person.id,
      organizationId: organization.id,
      startsOn: "2012-01-01",
      endsOn: "2011-01-01",
    });
    expect(outOfOrder.statusCode).toBe(400);
  });
});

describe("NGO consultations", () => {
  it("counts held meetings flagged as NGO consultations per calendar year against the commitment", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const board = await makeBoard(db, { ngoConsultationsPerYear: 2 });
    const meeting = (startsOn: string, values: { isNgoConsultation: boolean; status?: "held" | "planned" }) =>
      makeBoardMeeting(db, { boardId: board.id, startsOn, endsOn: startsOn, status: "held", ...values });
    await meeting("2011-03-10", { isNgoConsultation: true });
    await meeting("2011-10-10", { isNgoConsultation: true });
    await meeting("2011-12-10", { isNgoConsultation: false });
    await meeting("2012-05-10", { isNgoConsultation: true });
    await meeting("2012-11-10", { isNgoConsultation: true, status: "planned" });
    await meeting("2013-02-10", { isNgoConsultation: true });
    // Another board's consultations do not count.
    await makeBoardMeeting(db, {
      boardId: (await makeBoard(db)).id,
      startsOn: "2012-06-01",
      isNgoConsultation: true,
    });

    const detail = (await get(cookie, `/api/boards/${board.id}`)).json<BoardDetail>();
    expect(detail.ngoConsultations).toEqual([
      { year: 2011, held: 2, commitment: 2, isMet: true },
      { year: 2012, held: 1, commitment: 2, isMet: false },
      { year: 2013, held: 1, commitment: 2, isMet: false },
    ]);

    const noCommitment = await makeBoard(db);
    const plain = (await get(cookie, `/api/boards/${noCommitment.id}`)).json<BoardDetail>();
    expect(plain.ngoConsultations).toEqual([{ year: 2013, held: 0, commitment: null, isMet: null }]);
  });
});

describe("OpenAPI", () => {
  it("describes the board routes", async () => {
    const response = await app.inject({ url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json<{ paths: object }>().paths)).toEqual(
      expect.arrayContaining([
        "/api/boards/{id}",
        "/api/boards/{id}/memberships/{membershipId}",
        "/api/events/{id}/meeting",
        "/api/action-items/{id}",
      ]),
    );
  });
});
