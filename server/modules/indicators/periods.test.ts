import { describe, expect, it } from "vitest";
import type { Role } from "../../../common/schemas/enums.js";
import { indicatorTargets } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

const missingId = "00000000-0000-4000-8000-000000000000";

type Api = ReturnType<typeof request>;
const request =
  (cookie: string) => (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const coordinator = request((await makeSignedInUser(db, "coordinator")).cookie);
const viewer = request((await makeSignedInUser(db, "viewer")).cookie);

type Period = { id: string; name: string; startsOn: string; endsOn: string; status: string };
const lines = (periods: Period[]) => periods.map((p) => `${p.name} ${p.startsOn}..${p.endsOn} ${p.status}`);

async function periodsOf(planId: string, api: Api = coordinator) {
  const response = await api("GET", `/plans/${planId}/periods`);
  expect(response.statusCode).toBe(200);
  return lines(response.json().items);
}

async function auditOf(entityId: string) {
  const admin = await makeSignedInUser(db, "administrator");
  const response = await request(admin.cookie)("GET", `/audit?entityId=${entityId}&order=asc`);
  return response.json().items as { action: string; entityType: string; before: unknown; after: unknown }[];
}

function pathsOf(response: Awaited<ReturnType<Api>>) {
  expect(response.statusCode).toBe(400);
  expect(response.json().code).toBe("VALIDATION");
  return response.json().details.map((detail: { path: string }) => detail.path);
}

describe("reporting periods", () => {
  it("generates the yearly periods from 1 August that cover the plan, once", async () => {
    const plan = await makePlan(db, { startsOn: "2010-01-01", endsOn: "2013-12-31" });
    const generated = await coordinator("POST", `/plans/${plan.id}/periods/generate`);
    expect(generated.statusCode).toBe(201);
    const expected = [
      "2009/2010 2009-08-01..2010-07-31 open",
      "2010/2011 2010-08-01..2011-07-31 open",
      "2011/2012 2011-08-01..2012-07-31 open",
      "2012/2013 2012-08-01..2013-07-31 open",
      "2013/2014 2013-08-01..2014-07-31 open",
    ];
    expect(lines(generated.json().items)).toEqual(expected);
    expect(await periodsOf(plan.id)).toEqual(expected);

    const again = await coordinator("POST", `/plans/${plan.id}/periods/generate`, {});
    expect(again.statusCode).toBe(201);
    expect(again.json().items).toEqual([]);
    expect(await periodsOf(plan.id)).toEqual(expected);

    const first = generated.json().items[0];
    const audit = await auditOf(first.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "create",
      entityType: "reporting_period",
      before: null,
      after: { name: "2009/2010", planId: plan.id, startsOn: "2009-08-01" },
    });
  });

  it("generates calendar years or any start day, and leaves out those that overlap a period the plan has", async () => {
    const plan = await makePlan(db, { startsOn: "2010-01-01", endsOn: "2013-12-31" });
    const calendar = await coordinator("POST", `/plans/${plan.id}/periods/generate`, {
      startMonth: 1,
      startDay: 1,
    });
    expect(lines(calendar.json().items)).toEqual([
      "2010 2010-01-01..2010-12-31 open",
      "2011 2011-01-01..2011-12-31 open",
      "2012 2012-01-01..2012-12-31 open",
      "2013 2013-01-01..2013-12-31 open",
    ]);

    const other = await makePlan(db, { startsOn: "2014-03-15", endsOn: "2016-03-14" });
    await makePeriod(db, {
      planId: other.id,
      name: "Prva godina",
      startsOn: "2014-03-01",
      endsOn: "2015-02-28",
    });
    const midYear = await coordinator("POST", `/plans/${other.id}/periods/generate`, {
      startMonth: 7,
      startDay: 1,
    });
    expect(lines(midYear.json().items)).toEqual(["2015/2016 2015-07-01..2016-06-30 open"]);
    expect(await periodsOf(other.id)).toEqual([
      "Prva godina 2014-03-01..2015-02-28 open",
      "2015/2016 2015-07-01..2016-06-30 open",
    ]);

    const bad = await coordinator("POST", `/plans/${plan.id}/periods/generate`, {
      startMonth: 13,
      startDay: 29,
      every: "year",
    });
    expect(pathsOf(bad)).toEqual(expect.arrayContaining(["startMonth", "startDay", "every"]));
  });

  it("adds, renames, closes and deletes a period, with an audit trail", async () => {
    const plan = await makePlan(db, { startsOn: "2010-01-01", endsOn: "2013-12-31" });
    const created = await coordinator("POST", `/plans/${plan.id}/periods`, {
      name: "Izvještajni period 2010/2011",
      startsOn: "2010-08-01",
      endsOn: "2011-07-31",
    });
    expect(created.statusCode).toBe(201);
    const period = created.json();
    expect(period).toMatchObject({ planId: plan.id, status: "open", targetCount: 0 });

    const closed = await coordinator("PATCH", `/periods/${period.id}`, {
      status: "closed",
      name: "2010/2011",
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: "closed", name: "2010/2011", startsOn: "2010-08-01" });
    const moved = await coordinator("PATCH", `/periods/${period.id}`, { endsOn: "2011-06-30" });
    expect(moved.json()).toMatchObject({ endsOn: "2011-06-30", status: "closed" });
    expect(await periodsOf(plan.id)).toEqual(["2010/2011 2010-08-01..2011-06-30 closed"]);

    const deleted = await coordinator("DELETE", `/periods/${period.id}`);
    expect(deleted.statusCode).toBe(204);
    expect(await periodsOf(plan.id)).toEqual([]);
    expect((await coordinator("PATCH", `/periods/${period.id}`, { name: "x" })).statusCode).toBe(404);

    const audit = await auditOf(period.id);
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update", "update", "delete"]);
    expect(audit[1]).toMatchObject({ before: { status: "open" }, after: { status: "closed" } });
    expect(audit[3]).toMatchObject({ before: { name: "2010/2011" }, after: null });
  });

  it("refuses overlapping periods with 409 and dates outside the plan or out of order with 400", async () => {
    const plan = await makePlan(db, { startsOn: "2010-01-01", endsOn: "2013-12-31" });
    const add = (payload: object) => coordinator("POST", `/plans/${plan.id}/periods`, payload);
    const first = (await add({ name: "2010/2011", startsOn: "2010-08-01", endsOn: "2011-07-31" })).json();
    const second = (await add({ name: "2011/2012", startsOn: "2011-08-01", endsOn: "2012-07-31" })).json();

    const overlapping = await add({ name: "Preklapanje", startsOn: "2011-07-31", endsOn: "2011-12-31" });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().code).toBe("CONFLICT");
    expect(
      (await add({ name: "Isti početak", startsOn: "2010-08-01", endsOn: "2010-08-31" })).statusCode,
    ).toBe(409);
    const stretched = await coordinator("PATCH", `/periods/${first.id}`, { endsOn: "2011-08-01" });
    expect(stretched.statusCode).toBe(409);
    const onItself = await coordinator("PATCH", `/periods/${second.id}`, { startsOn: "2011-09-01" });
    expect(onItself.statusCode).toBe(200);

    const other = await makePlan(db);
    await makePeriod(db, { planId: other.id, startsOn: "2012-08-01", endsOn: "2013-07-31" });
    expect((await add({ name: "2012/2013", startsOn: "2012-08-01", endsOn: "2013-07-31" })).statusCode).toBe(
      201,
    );

    expect(pathsOf(await add({ name: "Poslije", startsOn: "2014-01-01", endsOn: "2014-12-31" }))).toEqual([
      "startsOn",
    ]);
    expect(pathsOf(await add({ name: "Prije", startsOn: "2008-01-01", endsOn: "2009-12-31" }))).toEqual([
      "endsOn",
    ]);
    expect(pathsOf(await add({ name: "Obrnuto", startsOn: "2013-07-01", endsOn: "2013-06-01" }))).toEqual([
      "endsOn",
    ]);
    expect(pathsOf(await coordinator("PATCH", `/periods/${first.id}`, { startsOn: "2011-08-01" }))).toEqual([
      "startsOn",
    ]);
    expect(
      pathsOf(await add({ name: " ", startsOn: "2013-02-30", endsOn: "2013-12-31", status: "done", x: 1 })),
    ).toEqual(expect.arrayContaining(["name", "startsOn", "status", "x"]));
    expect((await add({ name: "Kraj plana", startsOn: "2013-08-01", endsOn: "2013-12-31" })).statusCode).toBe(
      201,
    );
    const noPlan = await coordinator("POST", `/plans/${missingId}/periods`, {
      name: "x",
      startsOn: "2013-08-01",
      endsOn: "2013-12-31",
    });
    expect(noPlan.statusCode).toBe(404);
    expect((await coordinator("GET", `/plans/${missingId}/periods`)).statusCode).toBe(404);
    expect((await coordinator("POST", `/plans/${missingId}/periods/generate`)).statusCode).toBe(404);
  });

  it("answers one period with its plan's id and titles, and 404 for an unknown id", async () => {
    const plan = await makePlan(db, { title: "Akcioni plan 2018–2022", shortTitle: "AP 2018–2022" });
    const period = await makePeriod(db, { planId: plan.id, name: "2019/2020" });
    const indicator = await makeIndicator(db, { planId: plan.id });
    await db
      .insert(indicatorTargets)
      .values({ indicatorId: indicator.id, reportingPeriodId: period.id, targetValue: "5" });
    const response = await coordinator("GET", `/periods/${period.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: period.id,
      planId: plan.id,
      name: "2019/2020",
      startsOn: "2012-08-01",
      endsOn: "2013-07-31",
      status: "open",
      targetCount: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      plan: { id: plan.id, title: "Akcioni plan 2018–2022", shortTitle: "AP 2018–2022" },
      abilities: { update: true, delete: true },
    });
    expect((await viewer("GET", `/periods/${period.id}`)).json().abilities).toEqual({
      update: false,
      delete: false,
    });
    expect((await coordinator("GET", `/periods/${missingId}`)).statusCode).toBe(404);
    expect((await coordinator("GET", "/periods/not-an-id")).statusCode).toBe(400);
  });

  it("keeps a period that an indicator has a target for (409)", async () => {
    const plan = await makePlan(db);
    const period = await makePeriod(db, { planId: plan.id });
    const indicator = await makeIndicator(db, { planId: plan.id });
    await db.insert(indicatorTargets).values({
      indicatorId: indicator.id,
      reportingPeriodId: period.id,
      targetValue: "12",
    });
    const response = await coordinator("DELETE", `/periods/${period.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("CONFLICT");
    const listed = (await coordinator("GET", `/plans/${plan.id}/periods`)).json().items;
    expect(listed).toMatchObject([{ id: period.id, targetCount: 1 }]);
  });

  describe("access", () => {
    const readers: Role[] = ["representative", "partner", "trainer", "viewer"];

    it.each(readers)("lets a %s read periods but not write them", async (role) => {
      const organization = await makeOrganization(db);
      const api = request((await makeSignedInUser(db, role, { organizationId: organization.id })).cookie);
      const plan = await makePlan(db);
      const period = await makePeriod(db, { planId: plan.id });
      expect(await periodsOf(plan.id, api)).toEqual(["2012/2013 2012-08-01..2013-07-31 open"]);
      const one = await api("GET", `/periods/${period.id}`);
      expect(one.statusCode).toBe(200);
      expect(one.json()).toMatchObject({ id: period.id, plan: { id: plan.id, title: plan.title } });
      expect((await api("GET", `/periods/${missingId}`)).statusCode).toBe(404);
      const payload = { name: "2013/2014", startsOn: "2013-08-01", endsOn: "2014-07-31" };
      expect((await api("POST", `/plans/${plan.id}/periods`, payload)).statusCode).toBe(403);
      expect((await api("POST", `/plans/${plan.id}/periods/generate`)).statusCode).toBe(403);
      expect((await api("PATCH", `/periods/${period.id}`, { status: "closed" })).statusCode).toBe(403);
      expect((await api("DELETE", `/periods/${period.id}`)).statusCode).toBe(403);
      expect((await api("PATCH", `/periods/${missingId}`, { status: "closed" })).statusCode).toBe(404);
      expect((await api("GET", `/plans/${missingId}/periods`)).statusCode).toBe(404);
      expect(await periodsOf(plan.id)).toEqual(["2012/2013 2012-08-01..2013-07-31 open"]);
    });

    it("lets an administrator write and answers 401 without a session", async () => {
      const api = request((await makeSignedInUser(db, "administrator")).cookie);
      const plan = await makePlan(db);
      expect((await api("POST", `/plans/${plan.id}/periods/generate`)).statusCode).toBe(201);
      const [period] = (await api("GET", `/plans/${plan.id}/periods`)).json().items;
      expect((await api("PATCH", `/periods/${period.id}`, { status: "closed" })).statusCode).toBe(200);
      expect((await api("DELETE", `/periods/${period.id}`)).statusCode).toBe(204);
      expect((await api("DELETE", `/periods/${missingId}`)).statusCode).toBe(404);
      expect((await app.inject({ url: `/api/plans/${plan.id}/periods` })).statusCode).toBe(401);
      expect((await app.inject({ url: `/api/periods/${period.id}` })).statusCode).toBe(401);
    });
  });
});
