import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { jurisdictions } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  findMunicipality,
  makeEvent,
  makeFrameworkNode,
  makeOrganization,
  makeParticipation,
  makePerson,
  makePlan,
  makeProject,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

type Listed = { id: string; title: string; canEdit: boolean };

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const send = (cookie: string, method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const titles = (response: { json(): { items: Listed[] } }) => response.json().items.map((e) => e.title);

/** A valid new event organised by `organizerIds`, in Bihać. */
async function eventInput(organizerIds: string[], extra: Record<string, unknown> = {}) {
  const bihac = await findMunicipality(db, "Bihać");
  return {
    title: `Radionica ${randomUUID().slice(0, 8)}`,
    kind: "workshop",
    startsOn: "2012-06-01",
    endsOn: "2012-06-02",
    jurisdictionId: bihac.id,
    organizerIds,
    ...extra,
  };
}

describe("events", () => {
  it("creates, finds, filters, edits, archives and restores events with an audit trail", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const zeneZenama = await makeOrganization(db, { name: "Žene Ženama" });
    const agency = await makeOrganization(db, { name: "Agencija za ravnopravnost spolova BiH" });
    const project = await makeProject(db, { title: "Implementacija UNSCR 1325" });
    const plan = await makePlan(db);
    const node = await makeFrameworkNode(db, { planId: plan.id });
    const visegrad = await findMunicipality(db, "Višegrad");
    const created = await send(cookie, "POST", "/api/events", {
      title: "Lokalna radionica o Rezoluciji 1325",
      kind: "workshop",
      status: "held",
      startsOn: "2012-09-14",
      endsOn: "2012-09-14",
      jurisdictionId: visegrad.id,
      venue: "Dom kulture Višegrad",
      projectId: project.id,
      organizerIds: [zeneZenama.id, agency.id, zeneZenama.id],
      frameworkNodeIds: [node.id],
    });
    expect(created.statusCode).toBe(201);
    const event = created.json();
    expect(event).toMatchObject({
      title: "Lokalna radionica o Rezoluciji 1325",
      jurisdictionName: "Višegrad",
      projectTitle: "Implementacija UNSCR 1325",
      frameworkNodeIds: [node.id],
      attendance: { female: 0, male: 0, total: 0 },
      isArchived: false,
      canEdit: true,
    });
    expect(event.organizers.map((o: { name: string }) => o.name)).toEqual([
      "Agencija za ravnopravnost spolova BiH",
      "Žene Ženama",
    ]);
    await makeEvent(db, {
      organizerIds: [agency.id],
      title: "Sjednica Koordinacionog odbora",
      kind: "board_meeting",
    });

    expect(titles(await get(cookie, "/api/events?q=visegrad%20rezoluciji"))).toEqual([event.title]);
    expect(titles(await get(cookie, `/api/events?organizationId=${zeneZenama.id}`))).toEqual([event.title]);
    expect((await get(cookie, `/api/events?organizationId=${agency.id}`)).json().total).toBe(2);
    expect(titles(await get(cookie, `/api/events?organizationId=${agency.id}&kind=board_meeting`))).toEqual([
      "Sjednica Koordinacionog odbora",
    ]);
    expect(titles(await get(cookie, `/api/events?projectId=${project.id}&status=held`))).toEqual([
      event.title,
    ]);
    expect(titles(await get(cookie, `/api/events?jurisdictionId=${visegrad.id}`))).toEqual([event.title]);
    const inSeptember = `/api/events?organizationId=${agency.id}&from=2012-09-01&to=2012-09-30`;
    expect(titles(await get(cookie, inSeptember))).toEqual([event.title]);
    expect((await get(cookie, `/api/events?organizationId=${agency.id}&from=2012-09-15`)).json().total).toBe(
      0,
    );

    const updated = await send(cookie, "PATCH", `/api/events/${event.id}`, {
      title: "Lokalna radionica u Goraždu",
      organizerIds: [agency.id],
      frameworkNodeIds: [],
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      title: "Lokalna radionica u Goraždu",
      venue: "Dom kulture Višegrad",
      organizers: [{ id: agency.id, name: "Agencija za ravnopravnost spolova BiH" }],
      frameworkNodeIds: [],
    });
    expect((await get(cookie, "/api/events?q=gorazdu")).json().total).toBe(1);
    expect((await get(cookie, "/api/events?q=rezoluciji")).json().total).toBe(0);

    const archived = await send(cookie, "DELETE", `/api/events/${event.id}`);
    expect(archived.json().isArchived).toBe(true);
    expect((await get(cookie, "/api/events?q=gorazdu")).json().total).toBe(0);
    expect((await get(cookie, "/api/events?q=gorazdu&archived=only")).json().total).toBe(1);
    expect((await get(cookie, `/api/events/${event.id}`)).json().isArchived).toBe(true);
    expect((await send(cookie, "POST", `/api/events/${event.id}/restore`)).json().isArchived).toBe(false);

    const admin = await makeSignedInUser(db, "administrator");
    const audit = (
      await get(admin.cookie, `/api/audit?entityType=event&entityId=${event.id}&order=asc`)
    ).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      "create",
      "update",
      "archive",
      "restore",
    ]);
    expect(audit.items[0].after.organizerIds).toHaveLength(2);
    expect(audit.items[1].before).toMatchObject({ title: event.title, frameworkNodeIds: [node.id] });
    expect(audit.items[1].after).toMatchObject({ organizerIds: [agency.id], frameworkNodeIds: [] });
  });

  it("sorts by title with Bosnian collation, by date, and pages with totals", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const organizer = await makeOrganization(db);
    const names: [string, string][] = [
      ["Žepče", "2012-03-01"],
      ["Čapljina", "2012-01-10"],
      ["Zenica", "2012-02-01"],
      ["Šamac", "2012-05-01"],
      ["Cazin", "2012-04-01"],
      ["Ćelić", "2012-06-01"],
      ["Sarajevo", "2012-07-01"],
    ];
    for (const [title, startsOn] of names) {
      await makeEvent(db, { organizerIds: [organizer.id], title, startsOn, endsOn: startsOn });
    }
    const url = `/api/events?organizationId=${organizer.id}`;
    expect(titles(await get(cookie, `${url}&sort=title`))).toEqual([
      "Cazin",
      "Čapljina",
      "Ćelić",
      "Sarajevo",
      "Šamac",
      "Zenica",
      "Žepče",
    ]);
    expect(titles(await get(cookie, `${url}&sort=startsOn&order=desc&pageSize=2`))).toEqual([
      "Sarajevo",
      "Ćelić",
    ]);
    const lastPage = await get(cookie, `${url}&pageSize=3&page=3`);
    expect(lastPage.json()).toMatchObject({ total: 7, page: 3, pageSize: 3 });
    expect(titles(lastPage)).toEqual(["Sarajevo"]);
  });

  it("counts attendance by sex on the event and in the list", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const organizer = await makeOrganization(db);
    const event = await makeEvent(db, { organizerIds: [organizer.id] });
    for (const [sex, attended] of [
      ["female", true],
      ["female", true],
      ["male", true],
      ["female", false],
    ] as const) {
      const person = await makePerson(db, { sex });
      await makeParticipation(db, { eventId: event.id, personId: person.id, attended });
    }
    const expected = { female: 2, male: 1, total: 3 };
    expect((await get(cookie, `/api/events/${event.id}`)).json().attendance).toEqual(expected);
    const listed = await get(cookie, `/api/events?organizationId=${organizer.id}`);
    expect(listed.json().items[0].attendance).toEqual(expected);
  });

  it("answers bad input with field errors", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const organizer = await makeOrganization(db);
    const invalid = await send(cookie, "POST", "/api/events", {
      title: "",
      kind: "party",
      startsOn: "2012-06-02",
      endsOn: "2012-13-01",
      jurisdictionId: "x",
      organizerIds: [],
      colour: "red",
    });
    expect(invalid.statusCode).toBe(400);
    const paths = invalid.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(["title", "kind", "endsOn", "jurisdictionId", "organizerIds", "colour"]),
    );

    const reversed = await send(
      cookie,
      "POST",
      "/api/events",
      await eventInput([organizer.id], { startsOn: "2012-06-02", endsOn: "2012-06-01" }),
    );
    expect(reversed.json().details).toEqual([
      expect.objectContaining({ path: "endsOn", reason: "date_order" }),
    ]);

    const [entity] = await db.select().from(jurisdictions).where(eq(jurisdictions.kind, "entity")).limit(1);
    const notMunicipality = await send(
      cookie,
      "POST",
      "/api/events",
      await eventInput([organizer.id], { jurisdictionId: entity?.id }),
    );
    expect(notMunicipality.statusCode).toBe(400);
    expect(notMunicipality.json().details).toEqual([
      { path: "jurisdictionId", message: "Choose a municipality", reason: "not_a_municipality" },
    ]);
    const unknownPlace = await send(
      cookie,
      "POST",
      "/api/events",
      await eventInput([organizer.id], { jurisdictionId: randomUUID() }),
    );
    expect(unknownPlace.json().details[0].path).toBe("jurisdictionId");

    const unknownOrganizer = await send(cookie, "POST", "/api/events", await eventInput([randomUUID()]));
    expect(unknownOrganizer.json().details[0].path).toBe("organizerIds");
    const unknownProject = await send(
      cookie,
      "POST",
      "/api/events",
      await eventInput([organizer.id], { projectId: randomUUID() }),
    );
    expect(unknownProject.json().details[0].path).toBe("projectId");
    const unknownNode = await send(
      cookie,
      "POST",
      "/api/events",
      await eventInput([organizer.id], { frameworkNodeIds: [randomUUID()] }),
    );
    expect(unknownNode.json().details[0].path).toBe("frameworkNodeIds");

    const event = await makeEvent(db, {
      organizerIds: [organizer.id],
      startsOn: "2012-05-15",
      endsOn: "2012-05-16",
    });
    const endsTooEarly = await send(cookie, "PATCH", `/api/events/${event.id}`, { endsOn: "2012-05-01" });
    expect(endsTooEarly.statusCode).toBe(400);
    expect(endsTooEarly.json().details[0]).toMatchObject({ path: "endsOn", reason: "date_order" });
    expect((await get(cookie, `/api/events/${event.id}`)).json().endsOn).toBe("2012-05-16");

    const missing = randomUUID();
    expect((await get(cookie, `/api/events/${missing}`)).statusCode).toBe(404);
    expect((await send(cookie, "PATCH", `/api/events/${missing}`, { title: "x" })).statusCode).toBe(404);
    expect((await send(cookie, "DELETE", `/api/events/${missing}`)).statusCode).toBe(404);
  });

  it("lets a partner see and edit only the events its organisation organises", async () => {
    const own = await makeOrganization(db);
    const other = await makeOrganization(db);
    const ownEvent = await makeEvent(db, { organizerIds: [own.id, other.id] });
    const otherEvent = await makeEvent(db, { organizerIds: [other.id] });
    const { cookie } = await makeSignedInUser(db, "partner", { organizationId: own.id });

    const listed = await get(cookie, "/api/events?pageSize=200");
    expect(listed.json().total).toBe(1);
    expect(listed.json().items).toMatchObject([{ id: ownEvent.id, canEdit: true }]);
    expect((await get(cookie, `/api/events?organizationId=${other.id}`)).json().total).toBe(1);
    expect((await get(cookie, `/api/events/${ownEvent.id}`)).json().canEdit).toBe(true);
    expect((await get(cookie, `/api/events/${otherEvent.id}`)).statusCode).toBe(404);
    expect((await get(cookie, `/api/events/${randomUUID()}`)).statusCode).toBe(404);

    expect((await send(cookie, "PATCH", `/api/events/${ownEvent.id}`, { status: "held" })).statusCode).toBe(
      200,
    );
    expect((await send(cookie, "PATCH", `/api/events/${otherEvent.id}`, { status: "held" })).statusCode).toBe(
      404,
    );
    expect((await send(cookie, "DELETE", `/api/events/${otherEvent.id}`)).statusCode).toBe(404);
    expect((await send(cookie, "POST", `/api/events/${otherEvent.id}/restore`)).statusCode).toBe(404);

    const withoutOwn = await send(cookie, "POST", "/api/events", await eventInput([other.id]));
    expect(withoutOwn.statusCode).toBe(400);
    expect(withoutOwn.json().details[0].path).toBe("organizerIds");
    const withOwn = await send(cookie, "POST", "/api/events", await eventInput([own.id]));
    expect(withOwn.statusCode).toBe(201);
    expect(withOwn.json().canEdit).toBe(true);
    expect((await send(cookie, "DELETE", `/api/events/${withOwn.json().id}`)).statusCode).toBe(200);
  });

  it("lets only staff or the removed organisation itself remove an organiser of a shared event", async () => {
    const own = await makeOrganization(db);
    const other = await makeOrganization(db);
    const third = await makeOrganization(db);
    const shared = await makeEvent(db, { organizerIds: [own.id, other.id] });
    const partner = await makeSignedInUser(db, "partner", { organizationId: own.id });
    const otherPartner = await makeSignedInUser(db, "partner", { organizationId: other.id });
    const organizersOf = async (id: string) => {
      const admin = await makeSignedInUser(db, "administrator");
      const organizers = (await get(admin.cookie, `/api/events/${id}`)).json().organizers as { id: string }[];
      return organizers.map((organization) => organization.id).sort();
    };

    const removeOther = await send(partner.cookie, "PATCH", `/api/events/${shared.id}`, {
      organizerIds: [own.id],
    });
    expect(removeOther.statusCode).toBe(403);
    expect(removeOther.json()).toMatchObject({
      code: "FORBIDDEN",
      reason: "cannot_remove_organizer",
      details: [{ path: "organizerIds", reason: "cannot_remove_organizer" }],
    });
    const swapOther = await send(partner.cookie, "PATCH", `/api/events/${shared.id}`, {
      organizerIds: [own.id, third.id],
    });
    expect(swapOther.statusCode).toBe(403);
    expect(await organizersOf(shared.id)).toEqual([own.id, other.id].sort());

    // Adding an organisation is fine; the other organisation may withdraw itself.
    const added = await send(partner.cookie, "PATCH", `/api/events/${shared.id}`, {
      organizerIds: [own.id, other.id, third.id],
    });
    expect(added.statusCode).toBe(200);
    const withdrawn = await send(otherPartner.cookie, "PATCH", `/api/events/${shared.id}`, {
      organizerIds: [own.id, third.id],
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(await organizersOf(shared.id)).toEqual([own.id, third.id].sort());
    expect((await get(otherPartner.cookie, `/api/events/${shared.id}`)).statusCode).toBe(404);

    const coordinator = await makeSignedInUser(db, "coordinator");
    const byStaff = await send(coordinator.cookie, "PATCH", `/api/events/${shared.id}`, {
      organizerIds: [third.id],
    });
    expect(byStaff.statusCode).toBe(200);
    expect(await organizersOf(shared.id)).toEqual([third.id]);
  });

  it("lets a representative read every event and edit its own", async () => {
    const own = await makeOrganization(db);
    const other = await makeOrganization(db);
    const ownEvent = await makeEvent(db, { organizerIds: [own.id] });
    const otherEvent = await makeEvent(db, { organizerIds: [other.id] });
    const { cookie } = await makeSignedInUser(db, "representative", { organizationId: own.id });

    const listed = await get(cookie, "/api/events?pageSize=200");
    const byId = new Map(listed.json().items.map((e: Listed) => [e.id, e.canEdit]));
    expect(byId.get(ownEvent.id)).toBe(true);
    expect(byId.get(otherEvent.id)).toBe(false);
    expect((await get(cookie, `/api/events/${otherEvent.id}`)).json().canEdit).toBe(false);
    expect((await send(cookie, "PATCH", `/api/events/${ownEvent.id}`, { venue: "Sala" })).json().venue).toBe(
      "Sala",
    );
    expect((await send(cookie, "PATCH", `/api/events/${otherEvent.id}`, { venue: "Sala" })).statusCode).toBe(
      404,
    );
    expect((await send(cookie, "DELETE", `/api/events/${otherEvent.id}`)).statusCode).toBe(404);
    const withoutOwn = await send(cookie, "POST", "/api/events", await eventInput([other.id]));
    expect(withoutOwn.json().details[0].path).toBe("organizerIds");
    expect((await send(cookie, "POST", "/api/events", await eventInput([own.id, other.id]))).statusCode).toBe(
      201,
    );
  });

  it("lets a trainer read only the events they train, without editing them", async () => {
    const organizer = await makeOrganization(db);
    const trainerPerson = await makePerson(db, { sex: "male" });
    const trained = await makeEvent(db, { organizerIds: [organizer.id], kind: "training_of_trainers" });
    const coTrained = await makeEvent(db, { organizerIds: [organizer.id] });
    const attendedOnly = await makeEvent(db, { organizerIds: [organizer.id] });
    const unrelated = await makeEvent(db, { organizerIds: [organizer.id] });
    await makeParticipation(db, { eventId: trained.id, personId: trainerPerson.id, role: "trainer" });
    await makeParticipation(db, { eventId: coTrained.id, personId: trainerPerson.id, role: "co_trainer" });
    await makeParticipation(db, {
      eventId: attendedOnly.id,
      personId: trainerPerson.id,
      role: "participant",
    });
    const { cookie } = await makeSignedInUser(db, "trainer", { personId: trainerPerson.id });

    const listed = await get(cookie, "/api/events?pageSize=200&sort=startsOn");
    expect(new Set(listed.json().items.map((e: Listed) => e.id))).toEqual(
      new Set([trained.id, coTrained.id]),
    );
    expect(listed.json().items.every((e: Listed) => !e.canEdit)).toBe(true);
    expect((await get(cookie, `/api/events/${trained.id}`)).statusCode).toBe(200);
    expect((await get(cookie, `/api/events/${attendedOnly.id}`)).statusCode).toBe(404);
    expect((await get(cookie, `/api/events/${unrelated.id}`)).statusCode).toBe(404);
    expect((await send(cookie, "PATCH", `/api/events/${trained.id}`, { status: "held" })).statusCode).toBe(
      403,
    );
    expect((await send(cookie, "DELETE", `/api/events/${trained.id}`)).statusCode).toBe(403);
    expect((await send(cookie, "POST", "/api/events", await eventInput([organizer.id]))).statusCode).toBe(
      403,
    );

    const withoutPerson = await makeSignedInUser(db, "trainer");
    expect((await get(withoutPerson.cookie, "/api/events")).json().total).toBe(0);
  });

  it("lets a viewer read events with their attendance and change nothing", async () => {
    const organizer = await makeOrganization(db);
    const event = await makeEvent(db, { organizerIds: [organizer.id] });
    const { cookie } = await makeSignedInUser(db, "viewer");
    const listed = await get(cookie, `/api/events?organizationId=${organizer.id}`);
    expect(listed.json().items).toMatchObject([{ id: event.id, canEdit: false }]);
    expect((await get(cookie, `/api/events/${event.id}`)).json().canEdit).toBe(false);
    expect((await send(cookie, "POST", "/api/events", await eventInput([organizer.id]))).statusCode).toBe(
      403,
    );
    expect((await send(cookie, "PATCH", `/api/events/${event.id}`, { title: "x" })).statusCode).toBe(403);
    expect((await send(cookie, "DELETE", `/api/events/${event.id}`)).statusCode).toBe(403);
    expect((await send(cookie, "POST", `/api/events/${event.id}/restore`)).statusCode).toBe(403);
  });
});
