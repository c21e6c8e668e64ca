import { describe, expect, it } from "vitest";
import type { Role } from "../../../common/schemas/enums.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeFrameworkNode,
  makeOrganization,
  makePlan,
  makeProject,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

const missingId = "00000000-0000-4000-8000-000000000000";

const request =
  (cookie: string) => (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const coordinator = request((await makeSignedInUser(db, "coordinator")).cookie);

const titles = (body: { items: { title: string }[] }) => body.items.map((project) => project.title);

const validProject = {
  title: "Implementacija UNSCR 1325: integracija rodno osjetljivih politika u sektor sigurnosti BiH",
  code: "ZZ-1325-2012",
  startsOn: "2012-01-01",
  endsOn: "2012-12-31",
};

async function auditOf(entityId: string) {
  const admin = await makeSignedInUser(db, "administrator");
  const response = await request(admin.cookie)("GET", `/audit?entityId=${entityId}&order=asc`);
  return response.json().items as { action: string; entityType: string; before: unknown; after: unknown }[];
}

describe("projects", () => {
  it("creates with its sets, finds by folded search, replaces sets on update, archives and restores with an audit trail", async () => {
    const donor = await makeOrganization(db, { name: "UN Women", level: "international" });
    const zeneZenama = await makeOrganization(db, { name: "Žene Ženama", sector: "civil_society" });
    const agency = await makeOrganization(db, { name: "Agencija za ravnopravnost spolova BiH" });
    const plan = await makePlan(db);
    const node = await makeFrameworkNode(db, { planId: plan.id });

    const created = await coordinator("POST", "/projects", {
      ...validProject,
      donorOrganizationId: donor.id,
      implementerIds: [zeneZenama.id, agency.id, zeneZenama.id],
      budgetAmount: 45000.5,
      currency: "BAM",
      outputTargets: [
        { eventKind: "workshop", targetCount: 10, label: "Lokalne radionice" },
        { eventKind: "board_meeting", targetCount: 6, label: "Sjednice Koordinacionog odbora" },
      ],
      frameworkNodeIds: [node.id],
    });
    expect(created.statusCode).toBe(201);
    const project = created.json();
    expect(project).toMatchObject({
      ...validProject,
      donorOrganizationId: donor.id,
      donorName: "UN Women",
      implementers: [
        { id: agency.id, name: "Agencija za ravnopravnost spolova BiH" },
        { id: zeneZenama.id, name: "Žene Ženama" },
      ],
      budgetAmount: 45000.5,
      currency: "BAM",
      description: null,
      outputTargets: [
        { eventKind: "board_meeting", targetCount: 6, label: "Sjednice Koordinacionog odbora", held: 0 },
        { eventKind: "workshop", targetCount: 10, label: "Lokalne radionice", held: 0 },
      ],
      frameworkNodeIds: [node.id],
      isArchived: false,
    });
    expect((await coordinator("GET", `/projects/${project.id}`)).json()).toEqual(project);

    const latin = await coordinator("GET", "/projects?q=implementacija%20unscr%201325");
    expect(titles(latin.json())).toEqual([validProject.title]);
    const cyrillic = await coordinator("GET", `/projects?q=${encodeURIComponent("ИМПЛЕМЕНТАЦИЈА сектор")}`);
    expect(titles(cyrillic.json())).toEqual([validProject.title]);
    expect((await coordinator("GET", "/projects?q=zz%201325")).json().total).toBe(1);

    const replaced = await coordinator("PATCH", `/projects/${project.id}`, {
      implementerIds: [agency.id],
      outputTargets: [{ eventKind: "seminar", targetCount: 2, label: "Seminari" }],
      budgetAmount: null,
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toMatchObject({
      implementers: [{ id: agency.id, name: "Agencija za ravnopravnost spolova BiH" }],
      outputTargets: [{ eventKind: "seminar", targetCount: 2, label: "Seminari", held: 0 }],
      frameworkNodeIds: [node.id],
      budgetAmount: null,
      currency: "BAM",
    });
    const retitled = await coordinator("PATCH", `/projects/${project.id}`, {
      title: "Projekat Žene Ženama 2012",
    });
    expect(retitled.json()).toMatchObject({
      title: "Projekat Žene Ženama 2012",
      implementers: [{ id: agency.id }],
      outputTargets: [{ eventKind: "seminar" }],
    });
    expect((await coordinator("GET", "/projects?q=zene%20zenama")).json().total).toBe(1);
    expect((await coordinator("GET", "/projects?q=implementacija")).json().total).toBe(0);

    const archived = await coordinator("DELETE", `/projects/${project.id}`);
    expect(archived.json().isArchived).toBe(true);
    expect((await coordinator("GET", "/projects?q=zz%201325")).json().total).toBe(0);
    expect((await coordinator("GET", "/projects?q=zz%201325&archived=only")).json().total).toBe(1);
    const readArchived = await coordinator("GET", `/projects/${project.id}`);
    expect(readArchived.statusCode).toBe(200);
    expect(readArchived.json().isArchived).toBe(true);
    const restored = await coordinator("POST", `/projects/${project.id}/restore`);
    expect(restored.json().isArchived).toBe(false);

    const audit = await auditOf(project.id);
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update", "update", "archive", "restore"]);
    expect(audit.every((entry) => entry.entityType === "project")).toBe(true);
    expect(audit[0]).toMatchObject({
      before: null,
      after: {
        code: "ZZ-1325-2012",
        frameworkNodeIds: [node.id],
        implementerIds: [agency.id, zeneZenama.id],
      },
    });
    expect(audit[1]).toMatchObject({
      before: {
        implementerIds: [agency.id, zeneZenama.id],
        outputTargets: [{ eventKind: "board_meeting" }, { eventKind: "workshop" }],
        budgetAmount: "45000.50",
      },
      after: {
        implementerIds: [agency.id],
        outputTargets: [{ eventKind: "seminar", targetCount: 2, label: "Seminari" }],
        frameworkNodeIds: [node.id],
        budgetAmount: null,
      },
    });
    expect(audit[3]).toMatchObject({
      before: { archivedAt: null },
      after: { archivedAt: expect.any(String) },
    });
  });

  it("counts the events held per output target, leaving out planned, cancelled and archived events", async () => {
    const organizer = await makeOrganization(db, { sector: "civil_society" });
    const created = await coordinator("POST", "/projects", {
      ...validProject,
      code: "HELD-1",
      outputTargets: [
        { eventKind: "board_meeting", targetCount: 6, label: "Sjednice" },
        { eventKind: "workshop", targetCount: 10, label: "Radionice" },
        { eventKind: "seminar", targetCount: 2, label: "Seminari" },
      ],
    });
    const project = created.json();
    const other = (
      await coordinator("POST", "/projects", {
        ...validProject,
        title: "Drugi projekat",
        code: "HELD-2",
        outputTargets: [{ eventKind: "workshop", targetCount: 4, label: "Radionice" }],
      })
    ).json();
    const event = (values: object) => makeEvent(db, { organizerIds: [organizer.id], ...values });
    await event({ projectId: project.id, kind: "board_meeting", status: "held" });
    await event({ projectId: project.id, kind: "board_meeting", status: "held" });
    await event({ projectId: project.id, kind: "board_meeting", status: "planned" });
    await event({ projectId: project.id, kind: "board_meeting", status: "cancelled" });
    await event({ projectId: project.id, kind: "board_meeting", status: "held", archivedAt: new Date() });
    for (let i = 0; i < 3; i++) await event({ projectId: project.id, kind: "workshop", status: "held" });
    await event({ projectId: project.id, kind: "media_appearance", status: "held" });
    await event({ projectId: other.id, kind: "workshop", status: "held" });
    await event({ projectId: null, kind: "seminar", status: "held" });

    const heldOf = (body: { outputTargets: { eventKind: string; held: number }[] }) =>
      Object.fromEntries(body.outputTargets.map((target) => [target.eventKind, target.held]));
    const expected = { board_meeting: 2, workshop: 3, seminar: 0 };
    expect(heldOf((await coordinator("GET", `/projects/${project.id}`)).json())).toEqual(expected);
    const listed = (await coordinator("GET", "/projects?q=held&sort=code")).json();
    expect(listed.items.map(heldOf)).toEqual([expected, { workshop: 1 }]);
  });

  it("sorts by code, by title with Bosnian collation and by start date, pages, and keeps each project's sets apart", async () => {
    const api = request((await makeSignedInUser(db, "viewer")).cookie);
    const first = await makeOrganization(db, { name: "Fondacija Lara" });
    const second = await makeOrganization(db, { name: "Udružene žene" });
    const specs = [
      { title: "Sortiranje Žabljak", code: "S-3", startsOn: "2011-03-01" },
      { title: "Sortiranje Čelinac", code: "S-1", startsOn: "2013-01-01" },
      { title: "Sortiranje Cazin", code: "S-4", startsOn: "2009-06-01" },
      { title: "Sortiranje Šamac", code: "S-2", startsOn: "2012-01-01" },
    ];
    const made = [];
    for (const spec of specs) {
      made.push(await makeProject(db, { ...spec, endsOn: "2014-12-31" }));
    }
    await coordinator("PATCH", `/projects/${made[0]?.id}`, { implementerIds: [first.id] });
    await coordinator("PATCH", `/projects/${made[1]?.id}`, { implementerIds: [second.id, first.id] });

    const byTitle = (await api("GET", "/projects?q=sortiranje&sort=title")).json();
    expect(titles(byTitle)).toEqual([
      "Sortiranje Cazin",
      "Sortiranje Čelinac",
      "Sortiranje Šamac",
      "Sortiranje Žabljak",
    ]);
    const byCode = (await api("GET", "/projects?q=sortiranje&sort=code&order=desc")).json();
    expect(byCode.items.map((project: { code: string }) => project.code)).toEqual([
      "S-4",
      "S-3",
      "S-2",
      "S-1",
    ]);
    const byStart = (await api("GET", "/projects?q=sortiranje&sort=startsOn")).json();
    expect(titles(byStart)).toEqual([
      "Sortiranje Cazin",
      "Sortiranje Žabljak",
      "Sortiranje Šamac",
      "Sortiranje Čelinac",
    ]);
    const page = (await api("GET", "/projects?q=sortiranje&sort=code&page=2&pageSize=3")).json();
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(titles(page)).toEqual(["Sortiranje Cazin"]);

    const implementersByTitle = Object.fromEntries(
      byTitle.items.map((project: { title: string; implementers: { name: string }[] }) => [
        project.title,
        project.implementers.map((implementer) => implementer.name),
      ]),
    );
    expect(implementersByTitle).toEqual({
      "Sortiranje Cazin": [],
      "Sortiranje Čelinac": ["Fondacija Lara", "Udružene žene"],
      "Sortiranje Šamac": [],
      "Sortiranje Žabljak": ["Fondacija Lara"],
    });
  });

  it("answers bad input with 400 and the path of the field", async () => {
    const pathsOf = (response: Awaited<ReturnType<typeof coordinator>>) => {
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe("VALIDATION");
      return response.json().details.map((detail: { path: string }) => detail.path);
    };
    const post = (payload: object) => coordinator("POST", "/projects", { ...validProject, ...payload });
    const countAll = async () => (await coordinator("GET", "/projects?archived=include")).json().total;
    const countBefore = await countAll();

    expect(pathsOf(await post({ code: "V-1", startsOn: "2013-01-01" }))).toEqual(["endsOn"]);
    expect(pathsOf(await post({ code: "V-2", colour: "red", currency: "bam", budgetAmount: -1 }))).toEqual(
      expect.arrayContaining(["colour", "currency", "budgetAmount"]),
    );
    const badCurrency = await post({ code: "V-2", currency: "bam" });
    expect(badCurrency.json().details).toEqual([
      expect.objectContaining({ path: "currency", reason: "not_a_currency_code" }),
    ]);
    const twice = await post({
      code: "V-3",
      outputTargets: [
        { eventKind: "seminar", targetCount: 2, label: "Seminari" },
        { eventKind: "seminar", targetCount: -1, label: "Opet" },
      ],
    });
    expect(pathsOf(twice)).toEqual(expect.arrayContaining(["outputTargets", "outputTargets.1.targetCount"]));
    expect(pathsOf(await post({ code: "V-4", implementerIds: ["not-a-uuid"] }))).toEqual([
      "implementerIds.0",
    ]);
    expect(await countAll()).toBe(countBefore);

    const project = await makeProject(db, { startsOn: "2012-01-01", endsOn: "2012-12-31" });
    const patch = (payload: object) => coordinator("PATCH", `/projects/${project.id}`, payload);
    expect(pathsOf(await patch({ endsOn: "2011-12-31" }))).toEqual(["endsOn"]);
    expect(pathsOf(await patch({ startsOn: "2013-01-01" }))).toEqual(["startsOn"]);
    expect((await coordinator("GET", `/projects/${project.id}`)).json()).toMatchObject({
      startsOn: "2012-01-01",
      endsOn: "2012-12-31",
    });
  });

  it("refuses a duplicate project code, in any letter case, with 409", async () => {
    await makeProject(db, { code: "UNW-BIH-01" });
    const duplicate = await coordinator("POST", "/projects", { ...validProject, code: "unw-bih-01" });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe("CONFLICT");
    const other = await makeProject(db, { code: "UNW-BIH-02" });
    const renamed = await coordinator("PATCH", `/projects/${other.id}`, { code: "UNW-BIH-01" });
    expect(renamed.statusCode).toBe(409);
    expect((await coordinator("GET", `/projects/${other.id}`)).json().code).toBe("UNW-BIH-02");
  });

  describe("access", () => {
    const readers: Role[] = ["representative", "partner", "trainer", "viewer"];

    it.each(readers)("lets a %s read projects but not write them", async (role) => {
      const organization = await makeOrganization(db);
      const api = request((await makeSignedInUser(db, role, { organizationId: organization.id })).cookie);
      const project = await makeProject(db);

      expect((await api("GET", "/projects")).statusCode).toBe(200);
      expect((await api("GET", `/projects/${project.id}`)).statusCode).toBe(200);
      expect((await api("GET", `/projects/${missingId}`)).statusCode).toBe(404);
      expect((await api("POST", "/projects", { ...validProject, code: `R-${role}` })).statusCode).toBe(403);
      expect((await api("PATCH", `/projects/${project.id}`, { title: "Promijenjeno" })).statusCode).toBe(403);
      expect((await api("DELETE", `/projects/${project.id}`)).statusCode).toBe(403);
      expect((await api("POST", `/projects/${project.id}/restore`)).statusCode).toBe(403);
      expect((await api("GET", `/projects/${project.id}`)).json()).toMatchObject({
        title: project.title,
        isArchived: false,
      });
    });

    it("lets an administrator and a coordinator write, answers 404 for a missing project and 401 without a session", async () => {
      for (const role of ["administrator", "coordinator"] as const) {
        const api = request((await makeSignedInUser(db, role)).cookie);
        const created = await api("POST", "/projects", { ...validProject, code: `W-${role}` });
        expect(created.statusCode).toBe(201);
        const id = created.json().id;
        expect((await api("PATCH", `/projects/${id}`, { currency: "EUR" })).statusCode).toBe(200);
        expect((await api("DELETE", `/projects/${id}`)).statusCode).toBe(200);
        expect((await api("POST", `/projects/${id}/restore`)).statusCode).toBe(200);
        expect((await api("GET", `/projects/${missingId}`)).statusCode).toBe(404);
        expect((await api("PATCH", `/projects/${missingId}`, { currency: "EUR" })).statusCode).toBe(404);
        expect((await api("DELETE", `/projects/${missingId}`)).statusCode).toBe(404);
        expect((await api("POST", `/projects/${missingId}/restore`)).statusCode).toBe(404);
      }
      expect((await app.inject({ url: "/api/projects" })).statusCode).toBe(401);
    });
  });
});
