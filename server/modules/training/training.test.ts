import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { AttendanceSheet, ModuleScoreSheet, TrainingSetup } from "../../../common/schemas/training.js";
import { auditLog, participations } from "../../db/schema.js";
import {
  makeBoard,
  makeBoardMeeting,
  makeCurriculum,
  makeModuleScore,
  setUpTraining,
} from "../../test/activity-factories.js";
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
const put = (cookie: string, url: string, payload: object) =>
  app.inject({ method: "PUT", url, headers: { cookie }, payload });

const auditOf = (entityType: string, entityId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);

/** A three-day workshop of a new organisation with two participants of it and a trainer. */
async function makeTraining() {
  const organization = await makeOrganization(db, { sector: "police" });
  const event = await makeEvent(db, {
    organizerIds: [organization.id],
    kind: "training_of_trainers",
    startsOn: "2013-03-04",
    endsOn: "2013-03-06",
  });
  const amra = await makePerson(db, { organizationId: organization.id, familyName: "Alić" });
  const boris = await makePerson(db, { organizationId: organization.id, familyName: "Babić", sex: "male" });
  const trainer = await makePerson(db, { organizationId: organization.id, familyName: "Zukić" });
  await makeParticipation(db, { eventId: event.id, personId: amra.id, attended: false });
  await makeParticipation(db, { eventId: event.id, personId: boris.id, attended: true });
  await makeParticipation(db, { eventId: event.id, personId: trainer.id, role: "trainer" });
  return { organization, event, amra, boris, trainer };
}

const attendedOf = async (eventId: string, personId: string) => {
  const [row] = await db
    .select({ id: participations.id, attended: participations.attended })
    .from(participations)
    .where(and(eq(participations.eventId, eventId), eq(participations.personId, personId)));
  return row;
};

describe("training setup", () => {
  it("sets the curricula and rules of a training, audited, and refuses other kinds of event", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const { event } = await makeTraining();
    const curriculum = await makeCurriculum(db, { title: "Rodna ravnopravnost u policiji" });
    const archived = await makeCurriculum(db, { archivedAt: new Date() });

    const empty = await get(cookie, `/api/events/${event.id}/training`);
    expect(empty.json<TrainingSetup>()).toMatchObject({
      curriculumIds: [],
      rules: { minAttendanceShare: 1, passMark: null, issuesCertificates: true },
    });

    const saved = await put(cookie, `/api/events/${event.id}/training`, {
      curriculumIds: [curriculum.id],
      rules: { minAttendanceShare: 0.8, passMark: 0.7 },
    });
    expect(saved.statusCode).toBe(200);
    const setup = saved.json<TrainingSetup>();
    expect(setup).toMatchObject({
      curriculumIds: [curriculum.id],
      rules: { minAttendanceShare: 0.8, passMark: 0.7, issuesCertificates: true },
    });
    expect(setup.curricula[0]?.modules.map((m) => m.title)).toEqual(curriculum.modules.map((m) => m.title));

    const withArchived = await put(cookie, `/api/events/${event.id}/training`, {
      curriculumIds: [curriculum.id, archived.id],
      rules: {},
    });
    expect(withArchived.statusCode).toBe(400);
    expect(withArchived.json()).toMatchObject({ details: [{ path: "curriculumIds.1" }] });
    const unknown = await put(cookie, `/api/events/${event.id}/training`, {
      curriculumIds: ["00000000-0000-4000-8000-000000000000"],
      rules: {},
    });
    expect(unknown.statusCode).toBe(400);
    const badShare = await put(cookie, `/api/events/${event.id}/training`, {
      curriculumIds: [],
      rules: { passMark: 1.5 },
    });
    expect(badShare.statusCode).toBe(400);

    const entries = await auditOf("training", event.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ after: { curriculumIds: [curriculum.id] } });

    const meeting = await makeBoardMeeting(db, { boardId: (await makeBoard(db)).id });
    expect((await get(cookie, `/api/events/${meeting.id}/training`)).statusCode).toBe(400);
    const onMeeting = await put(cookie, `/api/events/${meeting.id}/training`, {
      curriculumIds: [],
      rules: {},
    });
    expect(onMeeting.statusCode).toBe(400);
  });

  it("refuses removing a curriculum whose modules have scores in the training", async () => {
    const { cookie } = await makeSignedInUser(db, "administrator");
    const { event, amra } = await makeTraining();
    const curriculum = await makeCurriculum(db);
    await setUpTraining(db, event.id, { curriculumIds: [curriculum.id] });
    const moduleId = curriculum.modules[0]?.id as string;
    await makeModuleScore(db, { eventId: event.id, personId: amra.id, moduleId });
    const removed = await put(cookie, `/api/events/${event.id}/training`, { curriculumIds: [], rules: {} });
    expect(removed.statusCode).toBe(409);
  });
});

describe("attendance per day", () => {
  it("records attendance on the event's days and keeps attended in step", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const { event, amra, boris } = await makeTraining();
    const url = `/api/events/${event.id}/attendance-days`;

    const sheet = (await get(cookie, url)).json<AttendanceSheet>();
    expect(sheet.days).toEqual(["2013-03-04", "2013-03-05", "2013-03-06"]);
    expect(sheet.participants.map((p) => p.familyName)).toEqual(["Alić", "Babić", "Zukić"]);
    expect(sheet.entries).toEqual([]);

    const saved = await put(cookie, url, {
      entries: [
        { personId: amra.id, day: "2013-03-04", present: false },
        { personId: amra.id, day: "2013-03-05", present: true },
        { personId: boris.id, day: "2013-03-04", present: false },
        { personId: boris.id, day: "2013-03-06", present: false },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<AttendanceSheet>().entries).toHaveLength(4);
    expect((await attendedOf(event.id, amra.id))?.attended).toBe(true);
    expect((await attendedOf(event.id, boris.id))?.attended).toBe(false);

    // Boris's participation changed with the days, audited as a change of the participation.
    const borisParticipation = await attendedOf(event.id, boris.id);
    const participationEntries = await auditOf("participation", borisParticipation?.id as string);
    expect(participationEntries).toEqual([
      expect.objectContaining({ action: "update", after: expect.objectContaining({ attended: false }) }),
    ]);
    const attendanceEntries = await auditOf("attendance", event.id);
    expect(attendanceEntries).toHaveLength(1);
    expect(attendanceEntries[0]?.after).toMatchObject({ entries: expect.any(Array) });

    const outside = await put(cookie, url, {
      entries: [{ personId: amra.id, day: "2013-03-07", present: true }],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ details: [{ path: "entries.0.day" }] });
    const before = await put(cookie, url, {
      entries: [{ personId: amra.id, day: "2013-03-03", present: true }],
    });
    expect(before.statusCode).toBe(400);

    const stranger = await makePerson(db);
    const notParticipant = await put(cookie, url, {
      entries: [{ personId: stranger.id, day: "2013-03-04", present: true }],
    });
    expect(notParticipant.statusCode).toBe(400);
    expect(notParticipant.json()).toMatchObject({ details: [{ path: "entries.0.personId" }] });

    const twice = await put(cookie, url, {
      entries: [
        { personId: amra.id, day: "2013-03-04", present: true },
        { personId: amra.id, day: "2013-03-04", present: false },
      ],
    });
    expect(twice.statusCode).toBe(400);
    const badDate = await put(cookie, url, {
      entries: [{ personId: amra.id, day: "2013-02-30", present: true }],
    });
    expect(badDate.statusCode).toBe(400);

    // The refused writes changed nothing.
    expect((await get(cookie, url)).json<AttendanceSheet>().entries).toHaveLength(4);
  });
  it("leaves out the days of someone no longer taking part", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const { event, amra, boris } = await makeTraining();
    const url = `/api/events/${event.id}/attendance-days`;
    await put(cookie, url, {
      entries: [
        { personId: amra.id, day: "2013-03-04", present: true },
        { personId: boris.id, day: "2013-03-04", present: true },
      ],
    });
    await db
      .delete(participations)
      .where(and(eq(participations.eventId, event.id), eq(participations.personId, boris.id)));
    const sheet = (await get(cookie, url)).json<AttendanceSheet>();
    expect(sheet.entries.map((e) => e.personId)).toEqual([amra.id]);
  });
});

describe("module test scores", () => {
  it("records scores of the training's modules and validates them", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const { event, amra, boris } = await makeTraining();
    const curriculum = await makeCurriculum(db);
    const otherCurriculum = await makeCurriculum(db);
    await setUpTraining(db, event.id, { curriculumIds: [curriculum.id] });
    const [first, second] = curriculum.modules;
    if (!first || !second) throw new Error("modules missing");
    const url = `/api/events/${event.id}/module-scores`;
    const score = { personId: amra.id, moduleId: first.id, phase: "pre", score: 4, maxScore: 10 };

    const saved = await put(cookie, url, {
      scores: [
        score,
        { ...score, phase: "post", score: 9 },
        { personId: boris.id, moduleId: second.id, phase: "pre", score: 2.5, maxScore: 5 },
      ],
    });
    expect(saved.statusCode).toBe(200);
    const sheet = saved.json<ModuleScoreSheet>();
    expect(sheet.modules.map((m) => m.id)).toEqual([first.id, second.id]);
    expect(sheet.scores).toHaveLength(3);
    expect(sheet.scores).toContainEqual({ ...score, phase: "post", score: 9 });

    const refused = [
      { scores: [{ ...score, moduleId: otherCurriculum.modules[0]?.id }] },
      { scores: [{ ...score, score: 11 }] },
      { scores: [{ ...score, score: -1 }] },
      { scores: [{ ...score, maxScore: 0 }] },
      { scores: [{ ...score, phase: "middle" }] },
      { scores: [{ ...score, personId: (await makePerson(db)).id }] },
      { scores: [score, { ...score, score: 5 }] },
    ];
    for (const payload of refused) {
      const response = await put(cookie, url, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await get(cookie, url)).json<ModuleScoreSheet>().scores).toHaveLength(3);
    expect((await auditOf("module_test_scores", event.id)).map((e) => e.action)).toEqual(["update"]);
  });
});

describe("who records a training", () => {
  it("lets a trainer of the event record attendance and scores, and no one else's trainer", async () => {
    const { event, amra, trainer } = await makeTraining();
    const curriculum = await makeCurriculum(db);
    await setUpTraining(db, event.id, { curriculumIds: [curriculum.id] });
    const { cookie } = await makeSignedInUser(db, "trainer", { personId: trainer.id });
    const attendance = await put(cookie, `/api/events/${event.id}/attendance-days`, {
      entries: [{ personId: amra.id, day: "2013-03-05", present: true }],
    });
    expect(attendance.statusCode).toBe(200);
    const scores = await put(cookie, `/api/events/${event.id}/module-scores`, {
      scores: [
        { personId: amra.id, moduleId: curriculum.modules[0]?.id, phase: "pre", score: 3, maxScore: 5 },
      ],
    });
    expect(scores.statusCode).toBe(200);
    // A trainer records, but does not set up the training.
    const setup = await put(cookie, `/api/events/${event.id}/training`, { curriculumIds: [], rules: {} });
    expect(setup.statusCode).toBe(403);

    const { trainer: otherTrainer } = await makeTraining();
    const { cookie: stranger } = await makeSignedInUser(db, "trainer", { personId: otherTrainer.id });
    const notTheirs = await put(stranger, `/api/events/${event.id}/attendance-days`, { entries: [] });
    expect(notTheirs.statusCode).toBe(404);
  });

  it("hides another organisation's training from a partner and refuses a viewer", async () => {
    const { event, organization, amra } = await makeTraining();
    const entries = [{ personId: amra.id, day: "2013-03-04", present: true }];
    const otherOrganization = await makeOrganization(db);
    const { cookie: partner } = await makeSignedInUser(db, "partner", {
      organizationId: otherOrganization.id,
    });
    const hidden = await put(partner, `/api/events/${event.id}/attendance-days`, { entries });
    expect(hidden.statusCode).toBe(404);
    const { cookie: ownPartner } = await makeSignedInUser(db, "partner", { organizationId: organization.id });
    const own = await put(ownPartner, `/api/events/${event.id}/attendance-days`, { entries });
    expect(own.statusCode).toBe(200);
    const { cookie: viewer } = await makeSignedInUser(db, "viewer");
    expect((await put(viewer, `/api/events/${event.id}/attendance-days`, { entries })).statusCode).toBe(403);
    expect((await get(viewer, `/api/events/${event.id}/attendance-days`)).statusCode).toBe(403);
    expect((await get(viewer, `/api/events/${event.id}/training`)).statusCode).toBe(200);
  });
});
