import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { CurriculumDetail } from "../../../common/schemas/training.js";
import { auditLog } from "../../db/schema.js";
import { makeCurriculum, makeModuleScore, setUpTraining } from "../../test/activity-factories.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const send = (cookie: string, method: "POST" | "PATCH" | "PUT" | "DELETE", url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

const auditOf = (entityType: string, entityId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);

describe("curricula", () => {
  it("creates, lists by search, changes and archives a curriculum, audited", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const created = await send(cookie, "POST", "/api/curricula", {
      title: "Žene u policiji",
      description: "Osnovna obuka",
      modules: [
        { title: "Rezolucija 1325", durationMinutes: 90 },
        { title: "Rodno osjetljivo postupanje", description: "Slučajevi iz prakse" },
      ],
    });
    expect(created.statusCode).toBe(201);
    const curriculum = created.json<CurriculumDetail>();
    expect(curriculum).toMatchObject({ title: "Žene u policiji", moduleCount: 2, isArchived: false });
    expect(curriculum.modules.map((m) => [m.position, m.title, m.durationMinutes])).toEqual([
      [0, "Rezolucija 1325", 90],
      [1, "Rodno osjetljivo postupanje", null],
    ]);

    const { cookie: viewer } = await makeSignedInUser(db, "viewer");
    const listed = await get(viewer, "/api/curricula?q=zene policiji&sort=title");
    expect(listed.statusCode).toBe(200);
    expect(listed.json<{ items: { id: string; moduleCount: number }[] }>().items).toEqual([
      expect.objectContaining({ id: curriculum.id, moduleCount: 2 }),
    ]);

    const patched = await send(cookie, "PATCH", `/api/curricula/${curriculum.id}`, { description: null });
    expect(patched.json<CurriculumDetail>()).toMatchObject({ description: null, moduleCount: 2 });
    const archived = await send(cookie, "DELETE", `/api/curricula/${curriculum.id}`);
    expect(archived.json<CurriculumDetail>().isArchived).toBe(true);
    const afterArchive = await get(viewer, "/api/curricula?q=zene policiji");
    expect(afterArchive.json<{ total: number }>().total).toBe(0);
    const archivedList = await get(viewer, "/api/curricula?q=zene policiji&archived=only");
    expect(archivedList.json<{ total: number }>().total).toBe(1);

    const entries = await auditOf("curriculum", curriculum.id);
    expect(entries.map((e) => e.action)).toEqual(["create", "update", "archive"]);
  });

  it("refuses a second curriculum of the same title and writes by other roles", async () => {
    const { cookie } = await makeSignedInUser(db, "administrator");
    await makeCurriculum(db, { title: "Rodna analiza budžeta" });
    const duplicate = await send(cookie, "POST", "/api/curricula", { title: "rodna analiza budžeta" });
    expect(duplicate.statusCode).toBe(409);
    const organization = await makeOrganization(db);
    const { cookie: partner } = await makeSignedInUser(db, "partner", { organizationId: organization.id });
    const byPartner = await send(partner, "POST", "/api/curricula", { title: "Medijacija" });
    expect(byPartner.statusCode).toBe(403);
  });

  it("keeps module ids when the modules are replaced, and refuses removing a scored module", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const curriculum = await makeCurriculum(db, {
      modules: [{ title: "Prvi modul" }, { title: "Drugi modul" }, { title: "Treći modul" }],
    });
    const [first, second, third] = curriculum.modules;
    if (!first || !second || !third) throw new Error("modules missing");

    // A training scored the second module.
    const organization = await makeOrganization(db);
    const event = await makeEvent(db, { organizerIds: [organization.id] });
    const person = await makePerson(db, { organizationId: organization.id });
    await makeParticipation(db, { eventId: event.id, personId: person.id });
    await setUpTraining(db, event.id, { curriculumIds: [curriculum.id] });
    await makeModuleScore(db, { eventId: event.id, personId: person.id, moduleId: second.id });

    const replaced = await send(cookie, "PUT", `/api/curricula/${curriculum.id}`, {
      title: curriculum.title,
      modules: [
        { id: second.id, title: "Drugi modul, dopunjen", durationMinutes: 45 },
        { title: "Novi modul" },
        { id: first.id, title: "Prvi modul" },
      ],
    });
    expect(replaced.statusCode).toBe(200);
    const modules = replaced.json<CurriculumDetail>().modules;
    expect(modules.map((m) => m.title)).toEqual(["Drugi modul, dopunjen", "Novi modul", "Prvi modul"]);
    expect(modules[0]?.id).toBe(second.id);
    expect(modules[2]?.id).toBe(first.id);
    expect(modules[1]?.id).not.toBe(third.id);
    expect(modules.map((m) => m.position)).toEqual([0, 1, 2]);

    const scoredRemoved = await send(cookie, "PUT", `/api/curricula/${curriculum.id}`, {
      title: curriculum.title,
      modules: [{ id: first.id, title: "Prvi modul" }],
    });
    expect(scoredRemoved.statusCode).toBe(409);
    const unknownModule = await send(cookie, "PUT", `/api/curricula/${curriculum.id}`, {
      title: curriculum.title,
      modules: [{ id: third.id, title: "Uklonjeni modul" }],
    });
    expect(unknownModule.statusCode).toBe(400);
    expect(unknownModule.json()).toMatchObject({ details: [{ path: "modules.0.id" }] });
    const twice = await send(cookie, "PUT", `/api/curricula/${curriculum.id}`, {
      title: curriculum.title,
      modules: [
        { id: first.id, title: "Prvi" },
        { id: first.id, title: "Prvi opet" },
      ],
    });
    expect(twice.statusCode).toBe(400);

    const after = (await get(cookie, `/api/curricula/${curriculum.id}`)).json<CurriculumDetail>();
    expect(after.modules.map((m) => m.id)).toEqual(modules.map((m) => m.id));
    const entries = await auditOf("curriculum", curriculum.id);
    expect(entries.map((e) => e.action)).toEqual(["update"]);
  });

  it("answers 404 for an unknown curriculum", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const missing = "00000000-0000-4000-8000-000000000000";
    expect((await get(cookie, `/api/curricula/${missing}`)).statusCode).toBe(404);
    expect((await send(cookie, "PUT", `/api/curricula/${missing}`, { title: "X" })).statusCode).toBe(404);
  });
});
