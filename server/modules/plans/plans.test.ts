import { describe, expect, it } from "vitest";
import type { Role } from "../../../common/schemas/enums.js";
import { createTestApp } from "../../test/app.js";
import { makeFrameworkNode, makeOrganization, makePlan, makeSignedInUser } from "../../test/factories.js";

const { app, db } = await createTestApp();

const missingId = "00000000-0000-4000-8000-000000000000";

const request =
  (cookie: string) => (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const titles = (body: { items: { title: string }[] }) => body.items.map((plan) => plan.title);

const validPlan = {
  title: "Akcioni plan za implementaciju UNSCR 1325 u BiH 2014–2017",
  shortTitle: "AP 1325 2014",
  startsOn: "2014-01-01",
  endsOn: "2017-12-31",
  tierNames: ["Strateški cilj", "Cilj", "Očekivani rezultat", "Aktivnost"],
};

async function auditOf(entityId: string) {
  const admin = await makeSignedInUser(db, "administrator");
  const response = await request(admin.cookie)("GET", `/audit?entityId=${entityId}&order=asc`);
  return response.json().items as { action: string; entityType: string; before: unknown; after: unknown }[];
}

describe("plans", () => {
  it("creates, finds by folded search in Latin and Cyrillic, updates, archives and restores with an audit trail", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const api = request(cookie);
    const predecessor = await makePlan(db, { title: "Akcioni plan 2010–2013" });
    const created = await api("POST", "/plans", { ...validPlan, predecessorId: predecessor.id });
    expect(created.statusCode).toBe(201);
    const plan = created.json();
    expect(plan).toMatchObject({
      title: validPlan.title,
      predecessorId: predecessor.id,
      predecessorTitle: "Akcioni plan 2010–2013",
      tierNames: validPlan.tierNames,
      status: "draft",
      description: null,
      nodeCount: 0,
      isArchived: false,
    });

    const fetched = await api("GET", `/plans/${plan.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(plan);

    const latin = await api("GET", "/plans?q=akcioni%20plan%201325");
    expect(titles(latin.json())).toEqual([validPlan.title]);
    const folded = await api("GET", `/plans?q=${encodeURIComponent("АКЦИОНИ план 2014")}`);
    expect(titles(folded.json())).toEqual([validPlan.title]);
    const byShortTitle = await api("GET", "/plans?q=ap%201325%202014");
    expect(byShortTitle.json().total).toBe(1);
    const both = await api("GET", `/plans?q=${encodeURIComponent("акциони")}&sort=startsOn`);
    expect(titles(both.json())).toEqual([predecessor.title, validPlan.title]);

    const updated = await api("PATCH", `/plans/${plan.id}`, {
      title: "Akcioni plan 1325 BiH 2018–2022",
      status: "active",
      description: "Treći akcioni plan",
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      title: "Akcioni plan 1325 BiH 2018–2022",
      status: "active",
      description: "Treći akcioni plan",
      shortTitle: validPlan.shortTitle,
      predecessorId: predecessor.id,
    });
    expect((await api("GET", "/plans?q=2018")).json().total).toBe(1);
    expect((await api("GET", "/plans?q=2014%202017")).json().total).toBe(0);

    const archived = await api("DELETE", `/plans/${plan.id}`);
    expect(archived.json().isArchived).toBe(true);
    expect((await api("GET", "/plans?q=2018")).json().total).toBe(0);
    expect(titles((await api("GET", "/plans?q=2018&archived=only")).json())).toEqual([
      "Akcioni plan 1325 BiH 2018–2022",
    ]);
    expect((await api("GET", "/plans?q=akcioni&archived=include")).json().total).toBe(2);
    const readArchived = await api("GET", `/plans/${plan.id}`);
    expect(readArchived.statusCode).toBe(200);
    expect(readArchived.json().isArchived).toBe(true);

    const restored = await api("POST", `/plans/${plan.id}/restore`);
    expect(restored.json().isArchived).toBe(false);
    expect((await api("GET", "/plans?q=2018")).json().total).toBe(1);

    const audit = await auditOf(plan.id);
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update", "archive", "restore"]);
    expect(audit.every((entry) => entry.entityType === "plan")).toBe(true);
    expect(audit[0]).toMatchObject({ before: null, after: { title: validPlan.title } });
    expect(audit[1]).toMatchObject({ before: { status: "draft" }, after: { status: "active" } });
    expect(audit[1]?.after).not.toHaveProperty("searchText");
    expect(audit[2]).toMatchObject({
      before: { archivedAt: null },
      after: { archivedAt: expect.any(String) },
    });
    expect(audit[3]).toMatchObject({
      before: { archivedAt: expect.any(String) },
      after: { archivedAt: null },
    });
  });

  it("sorts by title with Bosnian collation and by start date, pages, filters by status and counts nodes", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const api = request(cookie);
    const specs = [
      { title: "Redoslijed Žepče", startsOn: "2008-01-01", status: "closed" },
      { title: "Redoslijed Čapljina", startsOn: "2012-01-01", status: "active" },
      { title: "Redoslijed Cazin", startsOn: "2006-01-01", status: "active" },
      { title: "Redoslijed Derventa", startsOn: "2010-01-01", status: "draft" },
      { title: "Redoslijed Đakovo", startsOn: "2004-01-01", status: "active" },
    ];
    const made = [];
    for (const spec of specs) made.push(await makePlan(db, { ...spec, endsOn: "2020-12-31" }));
    const withNodes = made[1] as { id: string };
    const root = await makeFrameworkNode(db, { planId: withNodes.id });
    await makeFrameworkNode(db, { planId: withNodes.id, parentId: root.id, depth: 1 });
    await makeFrameworkNode(db, { planId: withNodes.id, position: 1 });

    const byTitle = await api("GET", "/plans?q=redoslijed&sort=title");
    expect(titles(byTitle.json())).toEqual([
      "Redoslijed Cazin",
      "Redoslijed Čapljina",
      "Redoslijed Derventa",
      "Redoslijed Đakovo",
      "Redoslijed Žepče",
    ]);
    const byTitleDesc = await api("GET", "/plans?q=redoslijed&sort=title&order=desc");
    expect(titles(byTitleDesc.json())[0]).toBe("Redoslijed Žepče");
    const byStart = await api("GET", "/plans?q=redoslijed&sort=startsOn&order=desc");
    expect(titles(byStart.json())).toEqual([
      "Redoslijed Čapljina",
      "Redoslijed Derventa",
      "Redoslijed Žepče",
      "Redoslijed Cazin",
      "Redoslijed Đakovo",
    ]);

    const secondPage = await api("GET", "/plans?q=redoslijed&sort=title&page=2&pageSize=2");
    expect(secondPage.json()).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(titles(secondPage.json())).toEqual(["Redoslijed Derventa", "Redoslijed Đakovo"]);
    const pastTheEnd = await api("GET", "/plans?q=redoslijed&page=4&pageSize=2");
    expect(pastTheEnd.json().items).toEqual([]);

    const active = await api("GET", "/plans?q=redoslijed&status=active&sort=title");
    expect(titles(active.json())).toEqual(["Redoslijed Cazin", "Redoslijed Čapljina", "Redoslijed Đakovo"]);

    const counted = byTitle
      .json()
      .items.map((plan: { title: string; nodeCount: number }) => [plan.title, plan.nodeCount]);
    expect(counted).toContainEqual(["Redoslijed Čapljina", 3]);
    expect(counted).toContainEqual(["Redoslijed Cazin", 0]);
    expect((await api("GET", `/plans/${withNodes.id}`)).json().nodeCount).toBe(3);
  });

  it("answers bad input with 400 and the path of the field", async () => {
    const { cookie } = await makeSignedInUser(db, "administrator");
    const api = request(cookie);
    const pathsOf = (body: { code: string; details: { path: string }[] }) => {
      expect(body.code).toBe("VALIDATION");
      return body.details.map((detail) => detail.path);
    };

    const reversed = await api("POST", "/plans", {
      ...validPlan,
      startsOn: "2018-01-01",
      endsOn: "2017-01-01",
    });
    expect(reversed.statusCode).toBe(400);
    expect(pathsOf(reversed.json())).toEqual(["endsOn"]);

    const unknown = await api("POST", "/plans", {
      ...validPlan,
      tierNames: [],
      colour: "red",
      startsOn: "x",
    });
    expect(unknown.statusCode).toBe(400);
    expect(pathsOf(unknown.json())).toEqual(expect.arrayContaining(["colour", "tierNames", "startsOn"]));

    const noPredecessor = await api("POST", "/plans", { ...validPlan, predecessorId: missingId });
    expect(noPredecessor.statusCode).toBe(400);
    expect(pathsOf(noPredecessor.json())).toEqual(["predecessorId"]);

    const first = await makePlan(db, { startsOn: "2010-01-01", endsOn: "2013-12-31" });
    const second = await makePlan(db, { predecessorId: first.id });
    const self = await api("PATCH", `/plans/${first.id}`, { predecessorId: first.id });
    expect(self.statusCode).toBe(400);
    expect(pathsOf(self.json())).toEqual(["predecessorId"]);
    const cycle = await api("PATCH", `/plans/${first.id}`, { predecessorId: second.id });
    expect(cycle.statusCode).toBe(400);
    expect(pathsOf(cycle.json())).toEqual(["predecessorId"]);

    const endBeforeStoredStart = await api("PATCH", `/plans/${first.id}`, { endsOn: "2009-12-31" });
    expect(endBeforeStoredStart.statusCode).toBe(400);
    expect(pathsOf(endBeforeStoredStart.json())).toEqual(["endsOn"]);

    const root = await makeFrameworkNode(db, { planId: first.id });
    await makeFrameworkNode(db, { planId: first.id, parentId: root.id, depth: 1 });
    const tooFewTiers = await api("PATCH", `/plans/${first.id}`, { tierNames: ["Cilj"] });
    expect(tooFewTiers.statusCode).toBe(400);
    expect(pathsOf(tooFewTiers.json())).toEqual(["tierNames"]);
    const enoughTiers = await api("PATCH", `/plans/${first.id}`, { tierNames: ["Cilj", "Aktivnost"] });
    expect(enoughTiers.statusCode).toBe(200);
    expect(enoughTiers.json().tierNames).toEqual(["Cilj", "Aktivnost"]);

    const unchanged = (await api("GET", `/plans/${first.id}`)).json();
    expect(unchanged).toMatchObject({ predecessorId: null, endsOn: "2013-12-31" });
  });

  describe("access", () => {
    const readers: Role[] = ["representative", "partner", "trainer", "viewer"];

    it.each(readers)("lets a %s read plans but not write them", async (role) => {
      const organization = await makeOrganization(db);
      const { cookie } = await makeSignedInUser(db, role, { organizationId: organization.id });
      const api = request(cookie);
      const plan = await makePlan(db);
      await makeFrameworkNode(db, { planId: plan.id });

      expect((await api("GET", "/plans")).statusCode).toBe(200);
      expect((await api("GET", `/plans/${plan.id}`)).statusCode).toBe(200);
      const tree = await api("GET", `/plans/${plan.id}/nodes`);
      expect(tree.statusCode).toBe(200);
      expect(tree.json().nodes).toHaveLength(1);

      expect((await api("POST", "/plans", validPlan)).statusCode).toBe(403);
      expect((await api("PATCH", `/plans/${plan.id}`, { title: "Promijenjeno" })).statusCode).toBe(403);
      expect((await api("DELETE", `/plans/${plan.id}`)).statusCode).toBe(403);
      expect((await api("POST", `/plans/${plan.id}/restore`)).statusCode).toBe(403);
      const after = (await api("GET", `/plans/${plan.id}`)).json();
      expect(after).toMatchObject({ title: plan.title, isArchived: false });
      expect((await api("GET", `/plans/${missingId}`)).statusCode).toBe(404);
    });

    it("lets an administrator and a coordinator write, answers 404 for a missing plan and 401 without a session", async () => {
      for (const role of ["administrator", "coordinator"] as const) {
        const api = request((await makeSignedInUser(db, role)).cookie);
        const created = await api("POST", "/plans", { ...validPlan, title: `Plan of the ${role}` });
        expect(created.statusCode).toBe(201);
        const id = created.json().id;
        expect((await api("PATCH", `/plans/${id}`, { status: "active" })).statusCode).toBe(200);
        expect((await api("DELETE", `/plans/${id}`)).statusCode).toBe(200);
        expect((await api("POST", `/plans/${id}/restore`)).statusCode).toBe(200);
        expect((await api("GET", `/plans/${missingId}`)).statusCode).toBe(404);
        expect((await api("PATCH", `/plans/${missingId}`, { status: "active" })).statusCode).toBe(404);
        expect((await api("DELETE", `/plans/${missingId}`)).statusCode).toBe(404);
        expect((await api("POST", `/plans/${missingId}/restore`)).statusCode).toBe(404);
      }
      const anonymous = await app.inject({ url: "/api/plans" });
      expect(anonymous.statusCode).toBe(401);
    });
  });
});
