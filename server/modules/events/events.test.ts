import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { jurisdictions } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { eventRequests, eventInput as makeEventInput } from "../../test/events.js";
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

type Listed = { id: string; title: string; abilities: { update: boolean } };

const { get, send } = eventRequests(app);
const titles = (response: { json(): { items: Listed[] } }) => response.json().items.map((e) => e.title);

const eventInput = (organizerIds: string[], extra: Record<string, unknown> = {}) =>
  makeEventInput(db, organizerIds, extra);

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
      abilities: { update: true },
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

  it("shows a new attendee, a changed sex and an archived event at once: list total and attendance", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const organizer = await makeOrganization(db);
    const event = await makeEvent(db, { organizerIds: [organizer.id] });
    const total = async () => (await get(cookie, "/api/events?pageSize=1")).json().total as number;
    const counted = async () =>
      Number(
        (await db.execute<{ n: string }>(sql`select count(*) as n from events where archived_at is null`))
          .rows[0]?.n,
      );
    const attendance = async () => (await get(cookie, `/api/events/${event.id}`)).json().attendance;
    expect(await total()).toBe(await counted());
    const person = await makePerson(db, { sex: "female" });
    const added = await app.inject({
      method: "POST",
      url: `/api/events/${event.id}/participations`,
      headers: { cookie },
      payload: { personId: person.id, attended: true },
    });
    expect(added.statusCode).toBe(201);
    expect(await attendance()).toEqual({ female: 1, male: 0, total: 1 });
    const changed = await app.inject({
      method: "PATCH",
      url: `/api/people/${person.id}`,
      headers: { cookie },
      payload: { sex: "male" },
    });
    expect(changed.statusCode).toBe(200);
    expect(await attendance()).toEqual({ female: 0, male: 1, total: 1 });
    const archived = await app.inject({
      method: "DELETE",
      url: `/api/events/${event.id}`,
      headers: { cookie },
    });
    expect(archived.statusCode).toBe(200);
    expect(await total()).toBe(await counted());
  });

  it("counts attendance of the rows on a page past the first", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const organizer = await makeOrganization(db);
    const expected: Record<string, { female: number; male: number; total: number }> = {};
    for (let n = 0; n < 5; n += 1) {
      const day = `2020-01-0${n + 1}`;
      const event = await makeEvent(db, { organizerIds: [organizer.id], startsOn: day, endsOn: day });
      for (let k = 0; k < n; k += 1) {
        const person = await makePerson(db, { sex: k % 2 === 0 ? "female" : "male" });
        await makeParticipation(db, { eventId: event.id, personId: person.id });
      }
      const female = Math.ceil(n / 2);
      expected[event.id] = { female, male: n - female, total: n };
    }
    const url = `/api/events?organizationId=${organizer.id}&sort=startsOn&order=asc&pageSize=2`;
    const pages = await Promise.all([1, 2, 3].map((page) => get(cookie, `${url}&page=${page}`)));
    const listed = pages.flatMap((page) => page.json().items as (Listed & { attendance: unknown })[]);
    expect(pages.map((page) => page.json().total)).toEqual([5, 5, 5]);
    expect(listed.map((event) => [event.id, event.attendance])).toEqual(Object.entries(expected));
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
});
