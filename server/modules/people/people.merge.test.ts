/**
 * Merging two records of one person, on a real database through the HTTP API: what moves, which
 * values survive, the alias left behind, the audit trail, the kept figures, and every refusal.
 */
import { eq, inArray, or } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  attendanceDays,
  boardAgendaItems,
  boardAttendances,
  boardMemberships,
  certificates,
  evaluations,
  moduleTestScores,
  participations,
  people,
  users,
} from "../../db/schema.js";
import { makeBoard, makeBoardMeeting } from "../../test/activity-factories.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";
import { keptFiguresDifferences } from "../../test/kept-figures.js";
import { makeMergeWorld } from "../../test/merge-world.js";

const now = new Date("2013-03-08T09:00:00Z");
const { app, db } = await createTestApp({ clock: () => now });
const admin = await makeSignedInUser(db, "administrator");
const coordinator = await makeSignedInUser(db, "coordinator");

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const merge = (cookie: string, survivorId: string, payload: object) =>
  app.inject({ method: "POST", url: `/api/people/${survivorId}/merge`, headers: { cookie }, payload });

/** How many rows of each table point at the person. */
async function rowsOf(personId: string) {
  const count = async (rows: Promise<unknown[]>) => (await rows).length;
  return {
    participations: await count(
      db.select().from(participations).where(eq(participations.personId, personId)),
    ),
    attendanceDays: await count(
      db.select().from(attendanceDays).where(eq(attendanceDays.personId, personId)),
    ),
    moduleTestScores: await count(
      db.select().from(moduleTestScores).where(eq(moduleTestScores.personId, personId)),
    ),
    evaluations: await count(db.select().from(evaluations).where(eq(evaluations.personId, personId))),
    certificates: await count(db.select().from(certificates).where(eq(certificates.personId, personId))),
    boardMemberships: await count(
      db.select().from(boardMemberships).where(eq(boardMemberships.personId, personId)),
    ),
    boardAttendances: await count(
      db
        .select()
        .from(boardAttendances)
        .where(or(eq(boardAttendances.personId, personId), eq(boardAttendances.deputyPersonId, personId))),
    ),
    agendaItems: await count(
      db.select().from(boardAgendaItems).where(eq(boardAgendaItems.presenterPersonId, personId)),
    ),
    users: await count(db.select().from(users).where(eq(users.personId, personId))),
  };
}

describe("merging two people", () => {
  it("moves everything to the survivor, keeps the chosen values and leaves an archived alias", async () => {
    const world = await makeMergeWorld(db);
    const { survivor, other } = world;
    expect(await keptFiguresDifferences(db, admin.actor, [world.indicator.id])).toEqual([]);
    const moved = await rowsOf(other.id);
    expect(moved).toEqual({
      participations: 2,
      attendanceDays: 2,
      moduleTestScores: 1,
      evaluations: 1,
      certificates: 1,
      boardMemberships: 1,
      boardAttendances: 2,
      agendaItems: 1,
      users: 1,
    });

    const response = await merge(coordinator.cookie, survivor.id, {
      otherId: other.id,
      values: { familyName: "survivor", sex: "other", organizationId: "other", birthYear: "survivor" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: survivor.id,
      givenName: "Dženana",
      familyName: "Hadžić",
      sex: "male",
      organizationId: world.police.id,
      organizationName: world.police.name,
      // Left out and empty on the survivor: the other's values.
      position: "Inspektorica",
      isArchived: false,
      mergedIntoId: null,
      personal: {
        email: "dzenana@example.org",
        phone: "+387 33 000 000",
        birthYear: 1979,
        hasConsented: true,
        consentedOn: "2012-05-15",
      },
      abilities: { update: true, archive: true, merge: true },
    });

    expect(await rowsOf(other.id)).toEqual(Object.fromEntries(Object.keys(moved).map((key) => [key, 0])));
    const kept = await rowsOf(survivor.id);
    expect(kept).toEqual({ ...moved, participations: 3 });
    const [account] = await db.select().from(users).where(eq(users.id, world.account.user.id));
    expect(account?.personId).toBe(survivor.id);

    const alias = await get(admin.cookie, `/api/people/${other.id}`);
    expect(alias.statusCode).toBe(200);
    expect(alias.json()).toMatchObject({
      isArchived: true,
      mergedIntoId: survivor.id,
      abilities: { update: false, archive: false, merge: false },
    });
    const [aliasRow] = await db.select().from(people).where(eq(people.id, other.id));
    expect(aliasRow?.archivedAt?.toISOString()).toBe(now.toISOString());

    // Found in either script, the survivor alone: the alias is never listed, archived or not.
    for (const archived of ["exclude", "include", "only"]) {
      const found = await get(admin.cookie, `/api/people?q=dzenana%20hadzic&archived=${archived}`);
      expect(found.json().items.map((person: { id: string }) => person.id)).toEqual(
        archived === "only" ? [] : [survivor.id],
      );
    }

    // One audit entry for each, naming the other; the alias's history stays readable.
    const audit = async (id: string) =>
      (await get(admin.cookie, `/api/audit?entityType=person&entityId=${id}`)).json().items;
    const [survivorEntry] = await audit(survivor.id);
    expect(survivorEntry).toMatchObject({ action: "update", actorUserId: coordinator.user.id });
    expect(survivorEntry.reason).toContain(other.id);
    expect(survivorEntry.before).toMatchObject({ familyName: "Hadžić", sex: "female", email: null });
    expect(survivorEntry.after).toMatchObject({ sex: "male", email: "dzenana@example.org" });
    const [aliasEntry] = await audit(other.id);
    expect(aliasEntry).toMatchObject({ action: "archive", after: { mergedIntoId: survivor.id } });
    expect(aliasEntry.reason).toContain(survivor.id);

    // Every kept figure equals a count from scratch, with the survivor's new sex and organisation.
    expect(await keptFiguresDifferences(db, admin.actor, [world.indicator.id])).toEqual([]);
  });

  it("leaves an alias unchanged for good: no edit, restore or second merge", async () => {
    const survivor = await makePerson(db);
    const other = await makePerson(db);
    expect((await merge(admin.cookie, survivor.id, { otherId: other.id })).statusCode).toBe(200);
    const send = (method: "PATCH" | "POST", url: string, payload?: object) =>
      app.inject({ method, url, headers: { cookie: admin.cookie }, ...(payload ? { payload } : {}) });
    const edited = await send("PATCH", `/api/people/${other.id}`, { position: "Savjetnica" });
    expect(edited.statusCode).toBe(409);
    expect(edited.json().reason).toBe("person_merged");
    expect((await send("POST", `/api/people/${other.id}/restore`)).json().reason).toBe("person_merged");
    const third = await makePerson(db);
    for (const [into, from] of [
      [third.id, other.id],
      [other.id, third.id],
    ] as const) {
      const again = await merge(admin.cookie, into, { otherId: from });
      expect(again.statusCode).toBe(409);
      expect(again.json().reason).toBe("merge_person_archived");
    }
  });

  it("refuses with 409 and the events when both take part in one event, and changes nothing", async () => {
    const organization = await makeOrganization(db);
    const survivor = await makePerson(db, { organizationId: organization.id });
    const other = await makePerson(db, { organizationId: organization.id, sex: "male" });
    const shared = await makeEvent(db, {
      organizerIds: [organization.id],
      title: "Radionica „Žene u policiji“",
    });
    const alone = await makeEvent(db, { organizerIds: [organization.id] });
    await makeParticipation(db, { eventId: shared.id, personId: survivor.id });
    await makeParticipation(db, { eventId: shared.id, personId: other.id });
    await makeParticipation(db, { eventId: alone.id, personId: other.id });
    const before = await rowsOf(other.id);

    const response = await merge(admin.cookie, survivor.id, { otherId: other.id, values: { sex: "other" } });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: "CONFLICT",
      reason: "merge_double_participation",
      params: { count: 1 },
      details: [
        {
          path: "otherId",
          reason: "merge_shared_event",
          params: { eventId: shared.id, title: "Radionica „Žene u policiji“", startsOn: shared.startsOn },
        },
      ],
    });
    expect(await rowsOf(other.id)).toEqual(before);
    const rows = await db
      .select()
      .from(people)
      .where(inArray(people.id, [survivor.id, other.id]));
    expect(rows.map((row) => [row.archivedAt, row.mergedIntoId])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(rows.find((row) => row.id === survivor.id)?.sex).toBe("female");
  });

  it("refuses when one stands in for the other at a board meeting", async () => {
    const survivor = await makePerson(db);
    const other = await makePerson(db);
    const meeting = await makeBoardMeeting(db, { boardId: (await makeBoard(db)).id });
    await db.insert(boardAttendances).values({
      eventId: meeting.id,
      personId: survivor.id,
      attendance: "represented",
      deputyPersonId: other.id,
    });
    const response = await merge(admin.cookie, survivor.id, { otherId: other.id });
    expect(response.statusCode).toBe(409);
    expect(
      response.json().details.map((detail: { params: { eventId: string } }) => detail.params.eventId),
    ).toEqual([meeting.id]);
  });

  it("answers 403 to all but staff, 400 for a person with themselves, 404 for an unknown survivor", async () => {
    const organization = await makeOrganization(db);
    const survivor = await makePerson(db, { organizationId: organization.id });
    const other = await makePerson(db, { organizationId: organization.id });
    for (const role of ["partner", "representative", "trainer", "viewer"] as const) {
      const { cookie } = await makeSignedInUser(db, role, { organizationId: organization.id });
      expect((await merge(cookie, survivor.id, { otherId: other.id })).statusCode).toBe(403);
      expect((await get(cookie, "/api/people/duplicates")).statusCode).toBe(403);
    }
    const self = await merge(admin.cookie, survivor.id, { otherId: survivor.id });
    expect(self.statusCode).toBe(400);
    expect(self.json().details).toMatchObject([{ path: "otherId", reason: "merge_same_person" }]);
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await merge(admin.cookie, unknown, { otherId: other.id })).statusCode).toBe(404);
    const unknownOther = await merge(admin.cookie, survivor.id, { otherId: unknown });
    expect(unknownOther.statusCode).toBe(400);
    expect(unknownOther.json().details).toMatchObject([{ path: "otherId", reason: "no_such_person" }]);
    const badField = await merge(admin.cookie, survivor.id, {
      otherId: other.id,
      values: { notes: "other" },
    });
    expect(badField.statusCode).toBe(400);
    const [row] = await db.select().from(people).where(eq(people.id, other.id));
    expect(row?.mergedIntoId).toBeNull();
  });
});
