/**
 * Coverage per municipality is kept by triggers (migration 0018). Whatever happens to events,
 * participations and people, the kept totals must equal the same figures counted from the raw rows.
 */
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DbOrTx } from "../../db/client.js";
import { events, people } from "../../db/schema.js";
import { changeEvent, changeParticipation, inRolledBackTransaction } from "../../test/changes.js";
import { createTestDatabase } from "../../test/db.js";
import {
  findMunicipality,
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";
import {
  selectInvolvedOrganizations,
  selectOrganisersHere,
  selectPlacesOf,
} from "./coverage.municipality.queries.js";
import { countFiguresByMunicipality, selectFiguresByMunicipality } from "./coverage.queries.js";

const { db } = await createTestDatabase();
const { actor } = await makeSignedInUser(db, "coordinator");

/** Three places: two municipalities and Brčko District itself (counted for the municipality beneath it). */
const places = [
  (await findMunicipality(db, "Bihać")).id,
  (await findMunicipality(db, "Višegrad")).id,
  (await findMunicipality(db, "Brčko distrikt BiH")).id,
];

const worldEvents: { id: string }[] = [];
for (const [index, jurisdictionId] of places.entries()) {
  worldEvents.push(
    await makeEvent(db, { organizerIds: [], jurisdictionId, status: index === 1 ? "planned" : "held" }),
  );
}
worldEvents.push(await makeEvent(db, { organizerIds: [], jurisdictionId: places[0] as string }));
const worldPeople: { id: string }[] = [];
/** Two organisations the people belong to in turn; every third person belongs to none. */
const worldOrganizations = [(await makeOrganization(db)).id, (await makeOrganization(db)).id];
for (let i = 0; i < 5; i++) {
  worldPeople.push(
    await makePerson(db, {
      sex: i % 2 === 0 ? "female" : "male",
      organizationId: i % 3 === 2 ? null : (worldOrganizations[i % 2] as string),
    }),
  );
}
/** The municipalities counted (Brčko District's is the one beneath it), with the places whose events count for each. */
const units = await Promise.all(
  [
    places[0] as string,
    places[1] as string,
    (await findMunicipality(db, "Brčko distrikt Bosne i Hercegovine")).id,
  ].map(async (id) => ({ id, placeIds: await selectPlacesOf(db, id) })),
);
for (const [i, person] of worldPeople.entries()) {
  await makeParticipation(db, {
    eventId: worldEvents[i % worldEvents.length]?.id as string,
    personId: person.id,
    role: i === 0 ? "trainer" : "participant",
  });
}

async function expectKeptToEqualCounted(tx: DbOrTx) {
  const kept = await selectFiguresByMunicipality(tx, actor, {});
  const counted = await countFiguresByMunicipality(tx, actor, {});
  expect(new Map([...kept].sort())).toEqual(new Map([...counted].sort()));
  // The people of the organisations involved: kept attendees (no filter) against the participations
  // (a filter that excludes nothing).
  for (const unit of units) {
    const everything = { from: "1900-01-01" };
    const keptOrganizations = await selectInvolvedOrganizations(
      tx,
      actor,
      {},
      unit.id,
      unit.placeIds,
      await selectOrganisersHere(tx, actor, {}, unit.placeIds),
      1,
    );
    const countedOrganizations = await selectInvolvedOrganizations(
      tx,
      actor,
      everything,
      unit.id,
      unit.placeIds,
      await selectOrganisersHere(tx, actor, everything, unit.placeIds),
      1,
    );
    expect(keptOrganizations).toEqual(countedOrganizations);
  }
}

const eventIndex = fc.integer({ min: 0, max: worldEvents.length - 1 });
const personIndex = fc.integer({ min: 0, max: worldPeople.length - 1 });
const operation = fc.oneof(
  fc.record({ kind: fc.constant("add"), eventIndex, personIndex, attended: fc.boolean() }),
  fc.record({ kind: fc.constant("remove"), eventIndex, personIndex }),
  fc.record({ kind: fc.constant("toggleAttended"), eventIndex, personIndex }),
  fc.record({
    kind: fc.constant("setRole"),
    eventIndex,
    personIndex,
    role: fc.constantFrom("participant", "trainer", "co_trainer"),
  }),
  fc.record({
    kind: fc.constant("setStatus"),
    eventIndex,
    status: fc.constantFrom("held", "cancelled", "planned"),
  }),
  fc.record({ kind: fc.constant("setArchived"), eventIndex, isArchived: fc.boolean() }),
  fc.record({
    kind: fc.constant("movePlace"),
    eventIndex,
    placeIndex: fc.integer({ min: 0, max: places.length - 1 }),
  }),
  fc.record({ kind: fc.constant("deleteEvent"), eventIndex }),
  fc.record({ kind: fc.constant("setSex"), personIndex, sex: fc.constantFrom("female", "male") }),
  fc.record({
    kind: fc.constant("setOrganization"),
    personIndex,
    organizationIndex: fc.constantFrom(0, 1, null),
  }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(tx: DbOrTx, op: Operation) {
  const eventId = "eventIndex" in op ? (worldEvents[op.eventIndex]?.id as string) : "";
  const personId = "personIndex" in op ? (worldPeople[op.personIndex]?.id as string) : "";
  switch (op.kind) {
    case "add": {
      const [event] = await tx.select({ id: events.id }).from(events).where(eq(events.id, eventId));
      if (event) await changeParticipation(tx, op, eventId, personId);
      return;
    }
    case "remove":
    case "toggleAttended":
      await changeParticipation(tx, op, eventId, personId);
      return;
    case "setRole":
      await changeParticipation(tx, op, eventId, personId);
      return;
    case "setStatus":
    case "setArchived":
      await changeEvent(tx, op, eventId);
      return;
    case "movePlace":
      await tx
        .update(events)
        .set({ jurisdictionId: places[op.placeIndex] as string })
        .where(eq(events.id, eventId));
      return;
    case "deleteEvent":
      await tx.delete(events).where(eq(events.id, eventId));
      return;
    case "setSex":
      await tx.update(people).set({ sex: op.sex }).where(eq(people.id, personId));
      return;
    case "setOrganization":
      await tx
        .update(people)
        .set({
          organizationId: op.organizationIndex === null ? null : worldOrganizations[op.organizationIndex],
        })
        .where(eq(people.id, personId));
      return;
  }
}

describe("coverage kept per municipality", () => {
  it("starts equal to the count from the raw rows, Brčko District counted for its municipality", async () => {
    await expectKeptToEqualCounted(db);
    const kept = await selectFiguresByMunicipality(db, actor, {});
    expect([...kept.values()].reduce((sum, figures) => sum + figures.events, 0)).toBe(3);
  });

  it("equals the count from the raw rows after any sequence of changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        await inRolledBackTransaction(db, async (tx) => {
          for (const op of operations) await apply(tx, op);
          await expectKeptToEqualCounted(tx);
        });
      }),
      { numRuns: 60 },
    );
  });
});
