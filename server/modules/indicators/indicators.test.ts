import { describe, expect, it } from "vitest";
import type { Role } from "../../../common/schemas/enums.js";
import { createTestApp } from "../../test/app.js";
import {
  findCategorySet,
  makeCategorySet,
  makeFrameworkNode,
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

const missingId = "00000000-0000-4000-8000-000000000000";

const request =
  (cookie: string) => (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const coordinator = request((await makeSignedInUser(db, "coordinator")).cookie);
const sex = await findCategorySet(db, "sex");
const entity = await findCategorySet(db, "entity");

const codes = (body: { items: { code: string }[] }) => body.items.map((indicator) => indicator.code);

async function auditOf(entityId: string) {
  const admin = await makeSignedInUser(db, "administrator");
  const response = await request(admin.cookie)("GET", `/audit?entityId=${entityId}&order=asc`);
  return response.json().items as { action: string; entityType: string; before: unknown; after: unknown }[];
}

/** A plan with one node and two yearly periods. */
async function makeSetting() {
  const plan = await makePlan(db, { startsOn: "2010-01-01", endsOn: "2013-12-31" });
  const node = await makeFrameworkNode(db, { planId: plan.id, code: "1.1", title: "Žene u policiji" });
  const first = await makePeriod(db, {
    planId: plan.id,
    name: "2010/2011",
    startsOn: "2010-08-01",
    endsOn: "2011-07-31",
  });
  const second = await makePeriod(db, {
    planId: plan.id,
    name: "2011/2012",
    startsOn: "2011-08-01",
    endsOn: "2012-07-31",
  });
  return { plan, node, periods: [first, second] as const };
}

describe("indicators", () => {
  it("creates an indicator with its disaggregation and targets, updates, archives and restores it with an audit trail", async () => {
    const { plan, node, periods } = await makeSetting();
    const [first, second] = periods;
    const police = await makeOrganization(db, { name: "Ministarstvo sigurnosti BiH" });
    const agency = await makeOrganization(db, { name: "Agencija za ravnopravnost spolova BiH" });
    const created = await coordinator("POST", "/indicators", {
      planId: plan.id,
      frameworkNodeId: node.id,
      code: "1.1.a",
      name: "Broj žena u policijskim agencijama",
      unit: "number",
      countsPeople: true,
      isCumulative: true,
      baselineValue: 1234,
      baselineDate: "2010-12-31",
      endTarget: 2000.5,
      meansOfVerification: "Godišnji izvještaj Ministarstva sigurnosti",
      dataSource: "Ministarstvo sigurnosti BiH",
      frequency: "godišnje",
      responsibleOrganizationIds: [police.id, agency.id, police.id],
      categorySetIds: [sex.id, entity.id],
      targets: [
        { periodId: second.id, value: 1600 },
        { periodId: first.id, value: 1400 },
      ],
    });
    expect(created.statusCode).toBe(201);
    const indicator = created.json();
    expect(indicator).toMatchObject({
      planId: plan.id,
      frameworkNodeId: node.id,
      frameworkNodeCode: "1.1",
      frameworkNodeTitle: "Žene u policiji",
      unit: "number",
      direction: "up",
      isCumulative: true,
      countsPeople: true,
      baselineValue: 1234,
      endTarget: 2000.5,
      rationale: null,
      formula: null,
      activitySource: null,
      lineageId: indicator.id,
      isArchived: false,
      responsibleOrganizations: [
        { id: agency.id, name: "Agencija za ravnopravnost spolova BiH" },
        { id: police.id, name: "Ministarstvo sigurnosti BiH" },
      ],
      targets: [
        { periodId: first.id, periodName: "2010/2011", value: 1400 },
        { periodId: second.id, periodName: "2011/2012", value: 1600 },
      ],
    });
    expect(indicator.categorySets.map((set: { code: string }) => set.code)).toEqual(["sex", "entity"]);
    expect(indicator.categorySets[0].categories.map((c: { name: string }) => c.name)).toEqual([
      "Women",
      "Men",
    ]);
    expect((await coordinator("GET", `/indicators/${indicator.id}`)).json()).toEqual(indicator);

    const updated = await coordinator("PATCH", `/indicators/${indicator.id}`, {
      name: "Broj policajki",
      direction: "up",
      categorySetIds: [entity.id, sex.id],
      targets: [{ periodId: first.id, value: 1500 }],
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      name: "Broj policajki",
      code: "1.1.a",
      baselineValue: 1234,
      meansOfVerification: "Godišnji izvještaj Ministarstva sigurnosti",
      targets: [{ periodId: first.id, value: 1500 }],
    });
    expect(updated.json().categorySets.map((set: { code: string }) => set.code)).toEqual(["entity", "sex"]);
    expect(updated.json().responsibleOrganizations).toHaveLength(2);

    expect((await coordinator("DELETE", `/indicators/${indicator.id}`)).json().isArchived).toBe(true);
    expect((await coordinator("GET", `/indicators?planId=${plan.id}`)).json().total).toBe(0);
    expect((await coordinator("GET", `/indicators?planId=${plan.id}&archived=only`)).json().total).toBe(1);
    expect((await coordinator("GET", `/indicators/${indicator.id}`)).statusCode).toBe(200);
    expect((await coordinator("POST", `/indicators/${indicator.id}/restore`)).json().isArchived).toBe(false);

    const audit = await auditOf(indicator.id);
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update", "archive", "restore"]);
    expect(audit.every((entry) => entry.entityType === "indicator")).toBe(true);
    expect(audit[0]).toMatchObject({
      before: null,
      after: {
        code: "1.1.a",
        categorySetIds: [sex.id, entity.id],
        targets: [{ value: 1400 }, { value: 1600 }],
      },
    });
    expect(audit[1]).toMatchObject({
      before: { name: "Broj žena u policijskim agencijama", targets: [{}, {}] },
      after: { name: "Broj policajki", categorySetIds: [entity.id, sex.id], targets: [{ value: 1500 }] },
    });
    expect(audit[1]?.after).not.toHaveProperty("searchText");
  });

  it("lists by plan, node and unit, searches folded in Latin and Cyrillic, sorts and pages", async () => {
    const { plan, node } = await makeSetting();
    const other = await makeFrameworkNode(db, { planId: plan.id, code: "2.1", position: 1 });
    const make = (code: string, name: string, extra: object = {}) =>
      makeIndicator(db, { planId: plan.id, frameworkNodeId: node.id, code, name, ...extra });
    await make("B.2", "Udio žena u Oružanim snagama", { unit: "percent" });
    await make("A.1", "Broj žena u Vijeću ministara");
    await make("C.3", "Usvojen zakon o ravnopravnosti", { unit: "yes_no", frameworkNodeId: other.id });
    await makeIndicator(db, { planId: (await makePlan(db)).id, code: "A.1", name: "Žene u drugom planu" });
    const list = (query: string) => coordinator("GET", `/indicators?planId=${plan.id}&${query}`);

    expect(codes((await list("sort=code")).json())).toEqual(["A.1", "B.2", "C.3"]);
    expect(codes((await list("sort=name&order=desc")).json())).toEqual(["C.3", "B.2", "A.1"]);
    expect(codes((await list(`frameworkNodeId=${other.id}`)).json())).toEqual(["C.3"]);
    expect(codes((await list("unit=percent")).json())).toEqual(["B.2"]);
    expect(codes((await list("q=zena%20oruzanim")).json())).toEqual(["B.2"]);
    expect(codes((await list(`q=${encodeURIComponent("ЖЕНА вијећу")}`)).json())).toEqual(["A.1"]);
    expect(codes((await list("q=c.3")).json())).toEqual(["C.3"]);
    expect((await coordinator("GET", "/indicators?q=zene%20drugom")).json().total).toBe(1);
    const paged = (await list("sort=code&page=2&pageSize=2")).json();
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(codes(paged)).toEqual(["C.3"]);
  });

  it("requires the set “sex” for an indicator that counts people, on create and on update", async () => {
    const { plan, node } = await makeSetting();
    const base = {
      planId: plan.id,
      frameworkNodeId: node.id,
      code: "P.1",
      name: "Obučene osobe",
      unit: "number",
    };
    const noSex = await coordinator("POST", "/indicators", {
      ...base,
      countsPeople: true,
      categorySetIds: [entity.id],
    });
    expect(noSex.statusCode).toBe(400);
    expect(noSex.json().details).toEqual([
      { path: "categorySetIds", message: expect.stringContaining("sex"), reason: "sex_set_required" },
    ]);
    const impostor = await makeCategorySet(db, {
      code: "spol",
      categories: [{ code: "female", name: "Žene" }],
    });
    const fake = await coordinator("POST", "/indicators", {
      ...base,
      countsPeople: true,
      categorySetIds: [impostor.id],
    });
    expect(fake.json().details[0].path).toBe("categorySetIds");

    const plain = await coordinator("POST", "/indicators", { ...base, categorySetIds: [entity.id] });
    expect(plain.statusCode).toBe(201);
    const id = plain.json().id;
    const turnOn = await coordinator("PATCH", `/indicators/${id}`, { countsPeople: true });
    expect(turnOn.statusCode).toBe(400);
    expect(turnOn.json().details[0].path).toBe("categorySetIds");
    const withSex = await coordinator("PATCH", `/indicators/${id}`, {
      countsPeople: true,
      categorySetIds: [sex.id],
    });
    expect(withSex.statusCode).toBe(200);
    const dropSex = await coordinator("PATCH", `/indicators/${id}`, { categorySetIds: [entity.id] });
    expect(dropSex.statusCode).toBe(400);
    expect(dropSex.json().details[0].path).toBe("categorySetIds");
    expect((await coordinator("GET", `/indicators/${id}`)).json()).toMatchObject({
      countsPeople: true,
      categorySets: [{ code: "sex" }],
    });
  });

  it("refuses a duplicate code in a plan with 409, allows it in another plan, and keeps a measured node", async () => {
    const { plan, node } = await makeSetting();
    await makeIndicator(db, { planId: plan.id, frameworkNodeId: node.id, code: "X.1" });
    const payload = { planId: plan.id, frameworkNodeId: node.id, code: "x.1", name: "Opet", unit: "number" };
    const duplicate = await coordinator("POST", "/indicators", payload);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe("CONFLICT");
    const second = await coordinator("POST", "/indicators", { ...payload, code: "X.2" });
    expect((await coordinator("PATCH", `/indicators/${second.json().id}`, { code: "X.1" })).statusCode).toBe(
      409,
    );

    const elsewhere = await makeSetting();
    const same = await coordinator("POST", "/indicators", {
      ...payload,
      planId: elsewhere.plan.id,
      frameworkNodeId: elsewhere.node.id,
    });
    expect(same.statusCode).toBe(201);

    const removal = await coordinator("DELETE", `/plans/${plan.id}/nodes/${node.id}`);
    expect(removal.statusCode).toBe(409);
    expect((await coordinator("GET", `/plans/${plan.id}/nodes`)).json().nodes).toHaveLength(1);
  });

  describe("access", () => {
    const readers: Role[] = ["representative", "partner", "trainer", "viewer"];

    it.each(readers)("lets a %s read indicators but not write them", async (role) => {
      const organization = await makeOrganization(db);
      const api = request((await makeSignedInUser(db, role, { organizationId: organization.id })).cookie);
      const { plan, node } = await makeSetting();
      const indicator = await makeIndicator(db, {
        planId: plan.id,
        frameworkNodeId: node.id,
        name: "Čitljiv",
      });
      expect((await api("GET", `/indicators?planId=${plan.id}`)).json().total).toBe(1);
      expect((await api("GET", `/indicators/${indicator.id}`)).statusCode).toBe(200);
      const payload = { planId: plan.id, frameworkNodeId: node.id, code: "N", name: "Novi", unit: "number" };
      expect((await api("POST", "/indicators", payload)).statusCode).toBe(403);
      expect((await api("PATCH", `/indicators/${indicator.id}`, { name: "Promijenjen" })).statusCode).toBe(
        403,
      );
      expect((await api("DELETE", `/indicators/${indicator.id}`)).statusCode).toBe(403);
      expect((await api("POST", `/indicators/${indicator.id}/restore`)).statusCode).toBe(403);
      expect((await api("GET", `/indicators/${missingId}`)).statusCode).toBe(404);
      expect((await api("PATCH", `/indicators/${missingId}`, { name: "x" })).statusCode).toBe(404);
      expect((await api("GET", `/indicators/${indicator.id}`)).json()).toMatchObject({
        name: "Čitljiv",
        isArchived: false,
      });
    });

    it("lets an administrator write and answers 401 without a session", async () => {
      const api = request((await makeSignedInUser(db, "administrator")).cookie);
      const { plan, node } = await makeSetting();
      const payload = { planId: plan.id, frameworkNodeId: node.id, code: "A", name: "Upravni", unit: "text" };
      const created = await api("POST", "/indicators", payload);
      expect(created.statusCode).toBe(201);
      expect(
        (await api("PATCH", `/indicators/${created.json().id}`, { rationale: "Zašto" })).statusCode,
      ).toBe(200);
      expect((await api("DELETE", `/indicators/${created.json().id}`)).statusCode).toBe(200);
      expect((await api("DELETE", `/indicators/${missingId}`)).statusCode).toBe(404);
      expect((await app.inject({ url: "/api/indicators" })).statusCode).toBe(401);
    });
  });
});
