import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

type Named = { id: string; givenName: string; familyName: string };

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const send = (cookie: string, method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

/**
 * Two organisations' people and events, all with one family name so that a search finds exactly them:
 * `own` is the organisation of the signed-in representative or partner.
 */
async function makeRegistry(familyName: string) {
  const own = await makeOrganization(db);
  const other = await makeOrganization(db);
  const third = await makeOrganization(db);
  const person = (organizationId: string, extra: Parameters<typeof makePerson>[1] = {}) =>
    makePerson(db, { organizationId, familyName, email: "contact@example.org", birthYear: 1980, ...extra });
  const ownMember = await person(own.id);
  const otherMember = await person(other.id);
  const registeredByOwn = await person(other.id, { registeredByOrganizationId: own.id });
  const ownEvent = await makeEvent(db, { organizerIds: [own.id] });
  const ownEventGuest = await person(third.id);
  await makeParticipation(db, { eventId: ownEvent.id, personId: ownEventGuest.id });
  const visitedEvent = await makeEvent(db, { organizerIds: [other.id] });
  await makeParticipation(db, { eventId: visitedEvent.id, personId: ownMember.id });
  const visitedEventGuest = await person(third.id);
  await makeParticipation(db, { eventId: visitedEvent.id, personId: visitedEventGuest.id });
  const unrelatedEvent = await makeEvent(db, { organizerIds: [other.id] });
  const stranger = await person(third.id);
  await makeParticipation(db, { eventId: unrelatedEvent.id, personId: stranger.id });
  const trainer = await person(third.id, { sex: "male" });
  await makeParticipation(db, { eventId: ownEvent.id, personId: trainer.id, role: "trainer" });
  return {
    own,
    other,
    third,
    ownMember,
    otherMember,
    registeredByOwn,
    ownEventGuest,
    visitedEventGuest,
    stranger,
    trainer,
  };
}

const listIds = async (cookie: string, q: string) => {
  const response = await get(cookie, `/api/people?q=${q}&pageSize=200`);
  expect(response.statusCode).toBe(200);
  return new Set(response.json().items.map((p: Named) => p.id));
};

describe("people", () => {
  it("registers, finds in any script, edits, archives and restores people with an audit trail", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const organization = await makeOrganization(db, { name: "Udruženje Vive Žene" });
    const created = await send(cookie, "POST", "/api/people", {
      givenName: "Dženana",
      familyName: "Hadžić",
      sex: "female",
      organizationId: organization.id,
      position: "Savjetnica",
      email: "dzenana@example.org",
      birthYear: 1979,
      hasConsented: true,
      consentedOn: "2012-05-15",
    });
    expect(created.statusCode).toBe(201);
    const person = created.json();
    expect(person).toMatchObject({
      givenName: "Dženana",
      familyName: "Hadžić",
      organizationName: "Udruženje Vive Žene",
      isArchived: false,
      isDecisionMaker: false,
      personal: {
        email: "dzenana@example.org",
        birthYear: 1979,
        hasConsented: true,
        consentedOn: "2012-05-15",
      },
    });
    const cyrillic = await send(cookie, "POST", "/api/people", {
      givenName: "Јелена",
      familyName: "Петровић",
      sex: "female",
    });
    expect(cyrillic.statusCode).toBe(201);

    const folded = await get(cookie, "/api/people?q=dzenana%20hadzic");
    expect(folded.json().items.map((p: Named) => p.id)).toEqual([person.id]);
    const latinForCyrillic = await get(cookie, "/api/people?q=jelena");
    expect(latinForCyrillic.json().items.map((p: Named) => p.familyName)).toEqual(["Петровић"]);
    const cyrillicForLatin = await get(cookie, `/api/people?q=${encodeURIComponent("Хаџић")}`);
    expect(cyrillicForLatin.json().total).toBe(1);

    const fetched = await get(cookie, `/api/people/${person.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json().personal.email).toBe("dzenana@example.org");

    const updated = await send(cookie, "PATCH", `/api/people/${person.id}`, {
      familyName: "Hadžić-Mujić",
      isDecisionMaker: true,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      familyName: "Hadžić-Mujić",
      givenName: "Dženana",
      isDecisionMaker: true,
      personal: { email: "dzenana@example.org" },
    });
    expect((await get(cookie, "/api/people?q=mujic")).json().total).toBe(1);

    const archived = await send(cookie, "DELETE", `/api/people/${person.id}`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().isArchived).toBe(true);
    expect((await get(cookie, "/api/people?q=dzenana")).json().total).toBe(0);
    expect((await get(cookie, "/api/people?q=dzenana&archived=only")).json().total).toBe(1);
    expect((await get(cookie, "/api/people?q=dzenana&archived=include")).json().total).toBe(1);
    const restored = await send(cookie, "POST", `/api/people/${person.id}/restore`);
    expect(restored.json().isArchived).toBe(false);

    const admin = await makeSignedInUser(db, "administrator");
    const audit = await get(admin.cookie, `/api/audit?entityType=person&entityId=${person.id}&order=asc`);
    const entries = audit.json().items;
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      "create",
      "update",
      "archive",
      "restore",
    ]);
    expect(entries[1].before.familyName).toBe("Hadžić");
    expect(entries[1].after.familyName).toBe("Hadžić-Mujić");
    expect(entries[0].after.searchText).toBeUndefined();
    expect(entries[2].after.archivedAt).not.toBeNull();
  });

  it("answers bad input with field errors and missing people with 404", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const response = await send(cookie, "POST", "/api/people", {
      givenName: "  ",
      familyName: "Hodžić",
      sex: "unknown",
      email: "not-an-address",
      birthYear: 1850,
      nickname: "x",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("VALIDATION");
    const paths = response.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["givenName", "sex", "email", "birthYear", "nickname"]));

    const unknownOrganization = await send(cookie, "POST", "/api/people", {
      givenName: "Amra",
      familyName: "Hodžić",
      sex: "female",
      organizationId: randomUUID(),
    });
    expect(unknownOrganization.statusCode).toBe(400);
    expect(unknownOrganization.json().details).toEqual([
      expect.objectContaining({ path: "organizationId", reason: "no_such_organization" }),
    ]);

    const person = await makePerson(db);
    const badPatch = await send(cookie, "PATCH", `/api/people/${person.id}`, { familyName: "" });
    expect(badPatch.statusCode).toBe(400);
    expect(badPatch.json().details.map((d: { path: string }) => d.path)).toEqual(["familyName"]);

    expect((await get(cookie, "/api/people/not-a-uuid")).statusCode).toBe(400);
    const missing = randomUUID();
    expect((await get(cookie, `/api/people/${missing}`)).statusCode).toBe(404);
    expect((await send(cookie, "PATCH", `/api/people/${missing}`, { rank: "x" })).statusCode).toBe(404);
    expect((await send(cookie, "DELETE", `/api/people/${missing}`)).statusCode).toBe(404);
  });

  it("lets a representative read its people and the participants of events it organised or attended", async () => {
    const world = await makeRegistry("Mujkić");
    const { cookie } = await makeSignedInUser(db, "representative", { organizationId: world.own.id });
    const ids = await listIds(cookie, "mujkic");
    expect(ids).toEqual(
      new Set([
        world.ownMember.id,
        world.registeredByOwn.id,
        world.ownEventGuest.id,
        world.visitedEventGuest.id,
        world.trainer.id,
      ]),
    );
    for (const readable of [world.ownEventGuest, world.visitedEventGuest]) {
      const response = await get(cookie, `/api/people/${readable.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.json().personal).toBeNull();
    }
    const own = await get(cookie, `/api/people/${world.ownMember.id}`);
    expect(own.json().personal).toMatchObject({ email: "contact@example.org", birthYear: 1980 });
    expect((await get(cookie, `/api/people/${world.otherMember.id}`)).statusCode).toBe(404);
    expect((await get(cookie, `/api/people/${world.stranger.id}`)).statusCode).toBe(404);

    const patch = (id: string) => send(cookie, "PATCH", `/api/people/${id}`, { position: "Inspektorica" });
    expect((await patch(world.ownMember.id)).statusCode).toBe(200);
    expect((await patch(world.registeredByOwn.id)).statusCode).toBe(200);
    expect((await patch(world.visitedEventGuest.id)).statusCode).toBe(404);
    expect((await patch(world.otherMember.id)).statusCode).toBe(404);
    expect((await send(cookie, "DELETE", `/api/people/${world.ownEventGuest.id}`)).statusCode).toBe(404);
  });

  it("lists a person reachable through several routes once, with the total counting them once", async () => {
    const familyName = `Visestruki${randomUUID().slice(0, 8)}`;
    const own = await makeOrganization(db);
    const other = await makeOrganization(db);
    const { cookie } = await makeSignedInUser(db, "representative", { organizationId: own.id });
    // Own member, registered by own, organised-event participant and attended-event participant at once.
    const everywhere = await makePerson(db, {
      organizationId: own.id,
      registeredByOrganizationId: own.id,
      familyName,
    });
    const organised = await makeEvent(db, { organizerIds: [own.id] });
    const organisedToo = await makeEvent(db, { organizerIds: [own.id, other.id] });
    const visited = await makeEvent(db, { organizerIds: [other.id] });
    const guest = await makePerson(db, { organizationId: other.id, familyName });
    for (const event of [organised, organisedToo, visited]) {
      await makeParticipation(db, { eventId: event.id, personId: everywhere.id });
      await makeParticipation(db, { eventId: event.id, personId: guest.id });
    }
    const response = await get(cookie, `/api/people?q=${familyName}&pageSize=1`);
    expect(response.json()).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    const second = await get(cookie, `/api/people?q=${familyName}&pageSize=1&page=2`);
    const ids = [...response.json().items, ...second.json().items].map((p: Named) => p.id);
    expect(ids.sort()).toEqual([everywhere.id, guest.id].sort());
  });

  it("lets a partner read its people and its own events' participants, and register people", async () => {
    const world = await makeRegistry("Begović");
    const { cookie } = await makeSignedInUser(db, "partner", { organizationId: world.own.id });
    const ids = await listIds(cookie, "begovic");
    expect(ids).toEqual(
      new Set([world.ownMember.id, world.registeredByOwn.id, world.ownEventGuest.id, world.trainer.id]),
    );
    expect((await get(cookie, `/api/people/${world.visitedEventGuest.id}`)).statusCode).toBe(404);
    expect((await get(cookie, `/api/people/${world.otherMember.id}`)).statusCode).toBe(404);
    expect((await get(cookie, `/api/people/${randomUUID()}`)).statusCode).toBe(404);

    const registered = await get(cookie, `/api/people/${world.registeredByOwn.id}`);
    expect(registered.statusCode).toBe(200);
    expect(registered.json().personal).toBeNull();

    const created = await send(cookie, "POST", "/api/people", {
      givenName: "Selma",
      familyName: "Begović",
      sex: "female",
      organizationId: world.other.id,
      phone: "+387 61 000 000",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().personal).toBeNull();
    const editOwnRegistration = await send(cookie, "PATCH", `/api/people/${created.json().id}`, {
      rank: "Narednica",
    });
    expect(editOwnRegistration.statusCode).toBe(200);
    expect(editOwnRegistration.json().rank).toBe("Narednica");
    // A person is moved only into the partner's own organisation (or out of any); elsewhere is staff-only.
    const moved = await send(cookie, "PATCH", `/api/people/${created.json().id}`, {
      organizationId: world.third.id,
    });
    expect(moved.statusCode).toBe(403);
    expect(moved.json()).toMatchObject({
      code: "FORBIDDEN",
      reason: "cannot_move_person",
      details: [{ path: "organizationId", reason: "cannot_move_person" }],
    });
    const intoOwn = await send(cookie, "PATCH", `/api/people/${created.json().id}`, {
      organizationId: world.own.id,
    });
    expect(intoOwn.json().organizationId).toBe(world.own.id);
    const coordinator = await makeSignedInUser(db, "coordinator");
    const byStaff = await send(coordinator.cookie, "PATCH", `/api/people/${created.json().id}`, {
      organizationId: world.third.id,
    });
    expect(byStaff.json().organizationId).toBe(world.third.id);

    expect((await send(cookie, "DELETE", `/api/people/${world.ownMember.id}`)).statusCode).toBe(200);
    expect((await send(cookie, "DELETE", `/api/people/${world.otherMember.id}`)).statusCode).toBe(404);
    expect((await send(cookie, "POST", `/api/people/${world.ownEventGuest.id}/restore`)).statusCode).toBe(
      404,
    );
  });

  it("lets a trainer read the participants of the events they train and change no one", async () => {
    const world = await makeRegistry("Kovačević");
    const { cookie } = await makeSignedInUser(db, "trainer", { personId: world.trainer.id });
    const ids = await listIds(cookie, "kovacevic");
    expect(ids).toEqual(new Set([world.ownEventGuest.id, world.trainer.id]));
    expect((await get(cookie, `/api/people/${world.ownEventGuest.id}`)).json().personal).toBeNull();
    expect((await get(cookie, `/api/people/${world.stranger.id}`)).statusCode).toBe(404);
    expect(
      (await send(cookie, "PATCH", `/api/people/${world.ownEventGuest.id}`, { rank: "x" })).statusCode,
    ).toBe(403);
    const create = await send(cookie, "POST", "/api/people", {
      givenName: "A",
      familyName: "B",
      sex: "male",
    });
    expect(create.statusCode).toBe(403);
  });

  it("shows viewers no people at all and lets them change nothing", async () => {
    const person = await makePerson(db);
    const { cookie } = await makeSignedInUser(db, "viewer");
    expect((await get(cookie, "/api/people")).statusCode).toBe(403);
    expect((await get(cookie, `/api/people/${person.id}`)).statusCode).toBe(403);
    expect((await get(cookie, `/api/people/${person.id}`)).json().code).toBe("FORBIDDEN");
    const create = await send(cookie, "POST", "/api/people", {
      givenName: "A",
      familyName: "B",
      sex: "male",
    });
    expect(create.statusCode).toBe(403);
    expect((await send(cookie, "PATCH", `/api/people/${person.id}`, { rank: "x" })).statusCode).toBe(403);
    expect((await send(cookie, "DELETE", `/api/people/${person.id}`)).statusCode).toBe(403);
  });

  it("shows personal data to staff and to the person's own organisation only", async () => {
    const organization = await makeOrganization(db);
    const person = await makePerson(db, {
      organizationId: organization.id,
      email: "a@example.org",
      phone: "033 000 000",
      hasConsented: true,
    });
    const coordinator = await makeSignedInUser(db, "coordinator");
    expect((await get(coordinator.cookie, `/api/people/${person.id}`)).json().personal).toMatchObject({
      email: "a@example.org",
      phone: "033 000 000",
      hasConsented: true,
    });
    const colleague = await makeSignedInUser(db, "partner", { organizationId: organization.id });
    const listed = await get(colleague.cookie, `/api/people?organizationId=${organization.id}`);
    expect(listed.json().items[0].personal.email).toBe("a@example.org");
    const other = await makeOrganization(db);
    const outsider = await makeSignedInUser(db, "representative", { organizationId: other.id });
    const registeredByOutsider = await makePerson(db, {
      organizationId: organization.id,
      registeredByOrganizationId: other.id,
      email: "b@example.org",
    });
    const seen = await get(outsider.cookie, `/api/people/${registeredByOutsider.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().personal).toBeNull();
  });
});
