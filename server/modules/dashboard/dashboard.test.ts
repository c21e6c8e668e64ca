import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeOrganization,
  makeOutputTarget,
  makeParticipation,
  makePerson,
  makeProject,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

const dashboard = (cookie: string, query = "") =>
  app.inject({ url: `/api/dashboard${query}`, headers: { cookie } });

/**
 * A project with known answers: targets of 10 workshops and 6 board meetings; two workshops held, one
 * cancelled, one archived; Amra attends both held workshops, Dario one; Ena registered but absent.
 */
async function makeProjectWithResults() {
  const project = await makeProject(db, {
    title: "Implementacija UNSCR 1325",
    code: "ZZ-1325",
    startsOn: "2012-01-01",
  });
  await makeOutputTarget(db, {
    projectId: project.id,
    eventKind: "workshop",
    targetCount: 10,
    label: "Lokalne radionice",
  });
  await makeOutputTarget(db, {
    projectId: project.id,
    eventKind: "board_meeting",
    targetCount: 6,
    label: "Sjednice",
  });

  const ngo = await makeOrganization(db, { level: "state", sector: "civil_society" });
  const police = await makeOrganization(db, { level: "canton", sector: "police" });
  const municipality = await makeOrganization(db, { level: "municipality", sector: "local_government" });
  const absentOnes = await makeOrganization(db, { level: "entity", sector: "defence" });
  const cancelledOrganizer = await makeOrganization(db, { level: "international", sector: "media" });

  const first = await makeEvent(db, { organizerIds: [ngo.id], projectId: project.id, status: "held" });
  const second = await makeEvent(db, {
    organizerIds: [ngo.id, municipality.id],
    projectId: project.id,
    status: "held",
  });
  const cancelled = await makeEvent(db, {
    organizerIds: [cancelledOrganizer.id],
    projectId: project.id,
    status: "cancelled",
  });
  const archived = await makeEvent(db, {
    organizerIds: [cancelledOrganizer.id],
    projectId: project.id,
    status: "held",
    archivedAt: new Date(),
  });
  await makeEvent(db, {
    organizerIds: [ngo.id],
    projectId: project.id,
    status: "planned",
    kind: "board_meeting",
  });
  await makeEvent(db, { organizerIds: [cancelledOrganizer.id], status: "held" });

  const amra = await makePerson(db, { sex: "female", organizationId: police.id });
  const dario = await makePerson(db, { sex: "male", organizationId: municipality.id });
  const ena = await makePerson(db, { sex: "female", organizationId: absentOnes.id });
  const citizen = await makePerson(db, { sex: "female" });
  await makeParticipation(db, { eventId: first.id, personId: amra.id });
  await makeParticipation(db, { eventId: second.id, personId: amra.id });
  await makeParticipation(db, { eventId: second.id, personId: dario.id, role: "trainer" });
  await makeParticipation(db, { eventId: second.id, personId: citizen.id });
  await makeParticipation(db, { eventId: first.id, personId: ena.id, attended: false });
  await makeParticipation(db, { eventId: cancelled.id, personId: ena.id });
  await makeParticipation(db, { eventId: archived.id, personId: ena.id });
  return project;
}

describe("dashboard", () => {
  it("answers with no project and zero counts when there is no project yet", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const response = await dashboard(cookie);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      project: null,
      projects: [],
      outputs: [],
      participations: { female: 0, male: 0, total: 0 },
      uniquePeople: { female: 0, male: 0, total: 0 },
      organizationsReached: { total: 0, byLevel: [], bySector: [] },
    });
  });

  it("counts outputs held, attendances, distinct people and organisations reached", async () => {
    const project = await makeProjectWithResults();
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const response = await dashboard(cookie, `?projectId=${project.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.project).toEqual({ id: project.id, title: "Implementacija UNSCR 1325", code: "ZZ-1325" });
    expect(body.outputs).toEqual([
      { eventKind: "board_meeting", label: "Sjednice", targetCount: 6, held: 0 },
      { eventKind: "workshop", label: "Lokalne radionice", targetCount: 10, held: 2 },
    ]);
    expect(body.participations).toEqual({ female: 3, male: 1, total: 4 });
    expect(body.uniquePeople).toEqual({ female: 2, male: 1, total: 3 });
    expect(body.organizationsReached).toEqual({
      total: 3,
      byLevel: [
        { level: "state", count: 1 },
        { level: "canton", count: 1 },
        { level: "municipality", count: 1 },
      ],
      bySector: [
        { sector: "police", count: 1 },
        { sector: "local_government", count: 1 },
        { sector: "civil_society", count: 1 },
      ],
    });
  });

  it("shows the most recent project unless asked, lists projects not archived, and serves every role", async () => {
    const older = await makeProject(db, {
      title: "Starija faza",
      startsOn: "2010-01-01",
      endsOn: "2010-12-31",
    });
    const newest = await makeProject(db, {
      title: "Nova faza",
      startsOn: "2014-01-01",
      endsOn: "2014-12-31",
    });
    const archived = await makeProject(db, {
      startsOn: "2016-01-01",
      endsOn: "2016-12-31",
      archivedAt: new Date(),
    });
    const organization = await makeOrganization(db);
    const roles = [
      await makeSignedInUser(db, "administrator"),
      await makeSignedInUser(db, "representative", { organizationId: organization.id }),
      await makeSignedInUser(db, "partner", { organizationId: organization.id }),
      await makeSignedInUser(db, "trainer"),
      await makeSignedInUser(db, "viewer"),
    ];
    for (const { cookie } of roles) {
      const response = await dashboard(cookie);
      expect(response.statusCode).toBe(200);
      expect(response.json().project.id).toBe(newest.id);
    }
    const { cookie } = roles[0] as { cookie: string };
    const projectIds = (await dashboard(cookie)).json().projects.map((p: { id: string }) => p.id);
    expect(projectIds[0]).toBe(newest.id);
    expect(projectIds).toContain(older.id);
    expect(projectIds).not.toContain(archived.id);
    expect(projectIds.indexOf(newest.id)).toBeLessThan(projectIds.indexOf(older.id));

    expect((await dashboard(cookie, `?projectId=${older.id}`)).json().project.title).toBe("Starija faza");
    expect((await dashboard(cookie, `?projectId=${randomUUID()}`)).statusCode).toBe(404);
    const invalid = await dashboard(cookie, "?projectId=latest");
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().details[0].path).toBe("projectId");
    expect((await app.inject({ url: "/api/dashboard" })).statusCode).toBe(401);
  });
});
