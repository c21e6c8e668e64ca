import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { people } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

type Listed = { id: string; personId: string; person: { familyName: string } };

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const send = (cookie: string, method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const participationsOf = (eventId: string) => `/api/events/${eventId}/participations`;

/** An event organised by `own`, one organised by `other` where a person of `own` took part, and one unrelated. */
async function makeEvents() {
  const own = await makeOrganization(db);
  const other = await makeOrganization(db);
  const ownEvent = await makeEvent(db, { organizerIds: [own.id] });
  const guest = await makePerson(db, { organizationId: other.id });
  const ownGuest = await makeParticipation(db, { eventId: ownEvent.id, personId: guest.id });
  const visitedEvent = await makeEvent(db, { organizerIds: [other.id] });
  const member = await makePerson(db, { organizationId: own.id });
  const visit = await makeParticipation(db, { eventId: visitedEvent.id, personId: member.id });
  const unrelatedEvent = await makeEvent(db, { organizerIds: [other.id] });
  const stranger = await makePerson(db, { organizationId: other.id });
  const unrelated = await makeParticipation(db, { eventId: unrelatedEvent.id, personId: stranger.id });
  return {
    own,
    other,
    ownEvent,
    ownGuest,
    guest,
    visitedEvent,
    visit,
    member,
    unrelatedEvent,
    unrelated,
    stranger,
  };
}

describe("participations", () => {
  it("adds, lists, scores and removes participants with an audit trail", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const organizer = await makeOrganization(db);
    const event = await makeEvent(db, { organizerIds: [organizer.id] });
    const zukic = await makePerson(db, { familyName: "Žukić", sex: "male" });
    const cengic = await makePerson(db, { familyName: "Čengić" });
    const cosic = await makePerson(db, { familyName: "Cosić" });
    for (const person of [zukic, cengic, cosic]) {
      const added = await send(cookie, "POST", participationsOf(event.id), { personId: person.id });
      expect(added.statusCode).toBe(201);
    }
    const listed = await get(cookie, participationsOf(event.id));
    expect(listed.json().items.map((p: Listed) => p.person.familyName)).toEqual(["Cosić", "Čengić", "Žukić"]);
    expect(listed.json().items[0]).toMatchObject({ role: "participant", attended: true, preTestScore: null });
    expect((await get(cookie, `/api/events/${event.id}`)).json().attendance).toEqual({
      female: 2,
      male: 1,
      total: 3,
    });

    const participation = listed.json().items[2];
    const scored = await send(cookie, "PATCH", `${participationsOf(event.id)}/${participation.id}`, {
      role: "speaker",
      preTestScore: 4,
      postTestScore: 8.5,
      testMaxScore: 10,
    });
    expect(scored.statusCode).toBe(200);
    expect(scored.json()).toMatchObject({
      role: "speaker",
      preTestScore: 4,
      postTestScore: 8.5,
      testMaxScore: 10,
    });
    const absent = await send(cookie, "PATCH", `${participationsOf(event.id)}/${participation.id}`, {
      attended: false,
    });
    expect(absent.json()).toMatchObject({ attended: false, role: "speaker", postTestScore: 8.5 });
    expect((await get(cookie, `/api/events/${event.id}`)).json().attendance).toEqual({
      female: 2,
      male: 0,
      total: 2,
    });

    const removed = await send(cookie, "DELETE", `${participationsOf(event.id)}/${participation.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await get(cookie, participationsOf(event.id))).json().items).toHaveLength(2);
    const again = await send(cookie, "DELETE", `${participationsOf(event.id)}/${participation.id}`);
    expect(again.statusCode).toBe(404);

    const admin = await makeSignedInUser(db, "administrator");
    const audit = await get(
      admin.cookie,
      `/api/audit?entityType=participation&entityId=${participation.id}&order=asc`,
    );
    const entries = audit.json().items;
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      "create",
      "update",
      "update",
      "delete",
    ]);
    expect(entries[1].before.role).toBe("participant");
    expect(entries[1].after.role).toBe("speaker");
    expect(entries[3].before.personId).toBe(zukic.id);
    expect(entries[3].after).toBeNull();
  });

  it("registers a new person with the participation, on behalf of the actor's organisation", async () => {
    const own = await makeOrganization(db);
    const police = await makeOrganization(db, { sector: "police" });
    const event = await makeEvent(db, { organizerIds: [own.id] });
    const { cookie } = await makeSignedInUser(db, "partner", { organizationId: own.id });
    const added = await send(cookie, "POST", participationsOf(event.id), {
      newPerson: { givenName: "Mirsada", familyName: "Šabić", sex: "female", organizationId: police.id },
      role: "participant",
      attended: true,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().person).toMatchObject({ givenName: "Mirsada", familyName: "Šabić", sex: "female" });
    const [stored] = await db.select().from(people).where(eq(people.id, added.json().personId));
    expect(stored).toMatchObject({ registeredByOrganizationId: own.id, organizationId: police.id });
    expect(stored?.searchText).toBe("mirsada sabic");
    const editable = await send(cookie, "PATCH", `/api/people/${added.json().personId}`, {
      rank: "Inspektorica",
    });
    expect(editable.statusCode).toBe(200);

    const admin = await makeSignedInUser(db, "administrator");
    const audit = await get(
      admin.cookie,
      `/api/audit?entityType=person&entityId=${added.json().personId}&order=asc`,
    );
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(["create", "update"]);
    const participationAudit = await get(
      admin.cookie,
      `/api/audit?entityType=participation&entityId=${added.json().id}`,
    );
    expect(participationAudit.json().items[0]).toMatchObject({
      action: "create",
      after: { eventId: event.id },
    });
  });

  it("refuses a person twice, bad scores and bad new people, and writes nothing then", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const organizer = await makeOrganization(db);
    const event = await makeEvent(db, { organizerIds: [organizer.id] });
    const person = await makePerson(db);
    expect((await send(cookie, "POST", participationsOf(event.id), { personId: person.id })).statusCode).toBe(
      201,
    );
    const twice = await send(cookie, "POST", participationsOf(event.id), {
      personId: person.id,
      role: "speaker",
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: "CONFLICT", reason: "already_participates" });

    const neither = await send(cookie, "POST", participationsOf(event.id), { role: "participant" });
    expect(neither.json().details.map((d: { path: string }) => d.path)).toEqual(["personId"]);
    const badNewPerson = await send(cookie, "POST", participationsOf(event.id), {
      newPerson: { givenName: "", familyName: "Ibrić", sex: "female" },
    });
    expect(badNewPerson.statusCode).toBe(400);
    expect(badNewPerson.json().details.map((d: { path: string }) => d.path)).toEqual(["newPerson.givenName"]);
    const unknownOrganization = await send(cookie, "POST", participationsOf(event.id), {
      newPerson: { givenName: "Lejla", familyName: "Ibrić", sex: "female", organizationId: randomUUID() },
    });
    expect(unknownOrganization.json().details).toEqual([
      expect.objectContaining({ path: "newPerson.organizationId", reason: "no_such_organization" }),
    ]);
    const unknownPerson = await send(cookie, "POST", participationsOf(event.id), { personId: randomUUID() });
    expect(unknownPerson.json().details[0]).toMatchObject({ path: "personId", reason: "no_such_person" });
    const archived = await makePerson(db, { archivedAt: new Date() });
    const archivedPerson = await send(cookie, "POST", participationsOf(event.id), { personId: archived.id });
    expect(archivedPerson.json().details[0]).toMatchObject({ path: "personId", reason: "person_archived" });

    const scoreWithoutMax = await send(cookie, "POST", participationsOf(event.id), {
      newPerson: { givenName: "Lejla", familyName: "Ibrić", sex: "female" },
      preTestScore: 5,
    });
    expect(scoreWithoutMax.json().details[0].path).toBe("testMaxScore");
    expect(await db.select().from(people).where(eq(people.familyName, "Ibrić"))).toEqual([]);

    const [participation] = (await get(cookie, participationsOf(event.id))).json().items;
    const url = `${participationsOf(event.id)}/${participation.id}`;
    expect((await send(cookie, "PATCH", url, { preTestScore: 6, testMaxScore: 10 })).statusCode).toBe(200);
    const maxBelowScore = await send(cookie, "PATCH", url, { testMaxScore: 5 });
    expect(maxBelowScore.statusCode).toBe(400);
    expect(maxBelowScore.json().details[0].path).toBe("testMaxScore");
    expect((await get(cookie, participationsOf(event.id))).json().items[0].testMaxScore).toBe(10);
    expect((await send(cookie, "PATCH", url, { colour: "red" })).statusCode).toBe(400);

    const otherEvent = await makeEvent(db, { organizerIds: [organizer.id] });
    expect(
      (await send(cookie, "PATCH", `${participationsOf(otherEvent.id)}/${participation.id}`, {})).statusCode,
    ).toBe(404);
    expect((await get(cookie, participationsOf(randomUUID()))).statusCode).toBe(404);
    expect((await send(cookie, "DELETE", `${participationsOf(event.id)}/${randomUUID()}`)).statusCode).toBe(
      404,
    );
  });

  it("lets a partner manage the participants of its own events only", async () => {
    const world = await makeEvents();
    const { cookie } = await makeSignedInUser(db, "partner", { organizationId: world.own.id });
    const own = participationsOf(world.ownEvent.id);
    expect((await get(cookie, own)).json().items.map((p: Listed) => p.id)).toEqual([world.ownGuest.id]);
    expect((await send(cookie, "PATCH", `${own}/${world.ownGuest.id}`, { attended: false })).statusCode).toBe(
      200,
    );
    expect((await send(cookie, "POST", own, { personId: world.member.id })).statusCode).toBe(201);
    const hidden = await send(cookie, "POST", own, { personId: world.stranger.id });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().details[0].path).toBe("personId");
    expect((await send(cookie, "DELETE", `${own}/${world.ownGuest.id}`)).statusCode).toBe(204);

    const visited = participationsOf(world.visitedEvent.id);
    expect((await get(cookie, visited)).statusCode).toBe(404);
    expect(
      (await send(cookie, "PATCH", `${visited}/${world.visit.id}`, { attended: false })).statusCode,
    ).toBe(404);
    expect((await send(cookie, "DELETE", `${visited}/${world.visit.id}`)).statusCode).toBe(404);
    const newPerson = { givenName: "Azra", familyName: "Nemanić", sex: "female" };
    expect((await send(cookie, "POST", visited, { newPerson })).statusCode).toBe(404);
    expect(await db.select().from(people).where(eq(people.familyName, "Nemanić"))).toEqual([]);
  });

  it("lets a representative read participants of events it organised or attended, and write its own", async () => {
    const world = await makeEvents();
    const { cookie } = await makeSignedInUser(db, "representative", { organizationId: world.own.id });
    expect((await get(cookie, participationsOf(world.ownEvent.id))).statusCode).toBe(200);
    const visited = participationsOf(world.visitedEvent.id);
    expect((await get(cookie, visited)).json().items.map((p: Listed) => p.personId)).toEqual([
      world.member.id,
    ]);
    expect((await get(cookie, participationsOf(world.unrelatedEvent.id))).statusCode).toBe(404);

    expect((await send(cookie, "POST", visited, { personId: world.guest.id })).statusCode).toBe(404);
    expect(
      (await send(cookie, "PATCH", `${visited}/${world.visit.id}`, { attended: false })).statusCode,
    ).toBe(404);
    expect((await send(cookie, "DELETE", `${visited}/${world.visit.id}`)).statusCode).toBe(404);
    const added = await send(cookie, "POST", participationsOf(world.ownEvent.id), {
      personId: world.member.id,
    });
    expect(added.statusCode).toBe(201);
  });

  it("lets a trainer record attendance and scores of the events they train, and nothing more", async () => {
    const world = await makeEvents();
    const trainerPerson = await makePerson(db, { sex: "male" });
    await makeParticipation(db, { eventId: world.ownEvent.id, personId: trainerPerson.id, role: "trainer" });
    const { cookie } = await makeSignedInUser(db, "trainer", { personId: trainerPerson.id });
    const trained = participationsOf(world.ownEvent.id);
    expect((await get(cookie, trained)).json().items).toHaveLength(2);
    const recorded = await send(cookie, "PATCH", `${trained}/${world.ownGuest.id}`, {
      attended: false,
      preTestScore: 3,
      postTestScore: 9,
      testMaxScore: 10,
    });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json()).toMatchObject({ attended: false, postTestScore: 9 });
    expect(
      (await send(cookie, "PATCH", `${trained}/${world.ownGuest.id}`, { role: "trainer" })).statusCode,
    ).toBe(403);
    expect((await send(cookie, "POST", trained, { personId: world.member.id })).statusCode).toBe(403);
    expect((await send(cookie, "DELETE", `${trained}/${world.ownGuest.id}`)).statusCode).toBe(403);

    const unrelated = participationsOf(world.unrelatedEvent.id);
    expect((await get(cookie, unrelated)).statusCode).toBe(404);
    expect(
      (await send(cookie, "PATCH", `${unrelated}/${world.unrelated.id}`, { attended: false })).statusCode,
    ).toBe(404);
  });

  it("shows viewers attendance counts but never the participants", async () => {
    const world = await makeEvents();
    const { cookie } = await makeSignedInUser(db, "viewer");
    expect((await get(cookie, `/api/events/${world.ownEvent.id}`)).json().attendance.total).toBe(1);
    const listed = await get(cookie, participationsOf(world.ownEvent.id));
    expect(listed.statusCode).toBe(403);
    expect(listed.json().code).toBe("FORBIDDEN");
    expect(
      (await send(cookie, "POST", participationsOf(world.ownEvent.id), { personId: world.member.id }))
        .statusCode,
    ).toBe(403);
    const url = `${participationsOf(world.ownEvent.id)}/${world.ownGuest.id}`;
    expect((await send(cookie, "PATCH", url, { attended: false })).statusCode).toBe(403);
    expect((await send(cookie, "DELETE", url)).statusCode).toBe(403);
  });
});
