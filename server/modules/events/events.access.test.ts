/** Who may read and change which events: partners, co-organisers, representatives, trainers, viewers. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.js";
import { eventRequests, eventInput as makeEventInput } from "../../test/events.js";
import {
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();
type Listed = { id: string; title: string; abilities: { update: boolean } };

const { get, send } = eventRequests(app);
const eventInput = (organizerIds: string[], extra: Record<string, unknown> = {}) =>
  makeEventInput(db, organizerIds, extra);

describe("access to events", () => {
  it("lets a partner see and edit only the events its organisation organises", async () => {
    const own = await makeOrganization(db);
    const other = await makeOrganization(db);
    const ownEvent = await makeEvent(db, { organizerIds: [own.id, other.id] });
    const otherEvent = await makeEvent(db, { organizerIds: [other.id] });
    const { cookie } = await makeSignedInUser(db, "partner", { organizationId: own.id });

    const listed = await get(cookie, "/api/events?pageSize=200");
    expect(listed.json().total).toBe(1);
    expect(listed.json().items).toMatchObject([{ id: ownEvent.id, abilities: { update: true } }]);
    expect((await get(cookie, `/api/events?organizationId=${other.id}`)).json().total).toBe(1);
    expect((await get(cookie, `/api/events/${ownEvent.id}`)).json().abilities.update).toBe(true);
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
    expect(withOwn.json().abilities.update).toBe(true);
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
    const byId = new Map(listed.json().items.map((e: Listed) => [e.id, e.abilities.update]));
    expect(byId.get(ownEvent.id)).toBe(true);
    expect(byId.get(otherEvent.id)).toBe(false);
    expect((await get(cookie, `/api/events/${otherEvent.id}`)).json().abilities.update).toBe(false);
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
    expect(listed.json().items.every((e: Listed) => !e.abilities.update)).toBe(true);
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
    expect(listed.json().items).toMatchObject([{ id: event.id, abilities: { update: false } }]);
    expect((await get(cookie, `/api/events/${event.id}`)).json().abilities.update).toBe(false);
    expect((await send(cookie, "POST", "/api/events", await eventInput([organizer.id]))).statusCode).toBe(
      403,
    );
    expect((await send(cookie, "PATCH", `/api/events/${event.id}`, { title: "x" })).statusCode).toBe(403);
    expect((await send(cookie, "DELETE", `/api/events/${event.id}`)).statusCode).toBe(403);
    expect((await send(cookie, "POST", `/api/events/${event.id}/restore`)).statusCode).toBe(403);
  });
});
