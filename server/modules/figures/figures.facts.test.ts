/**
 * The figures engine's facts are kept by triggers (migration 0014). Whatever happens to the raw rows
 * (participations, events, their framework links, people, indicators, periods), the maintained
 * totals must equal the same totals computed from scratch.
 */
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DbOrTx } from "../../db/client.js";
import {
  eventFrameworkNodes,
  events,
  indicators,
  participations,
  people,
  reportingPeriods,
} from "../../db/schema.js";
import { changeEvent, changeParticipation, inRolledBackTransaction } from "../../test/changes.js";
import { createTestDatabase } from "../../test/db.js";
import {
  makeEvent,
  makeFrameworkNode,
  makeIndicator,
  makeParticipation,
  makePeriod,
  makePerson,
  makePlan,
} from "../../test/factories.js";
import type { PeriodTotals } from "./figures.queries.js";
import { totalsAndFromScratch } from "./figures.service.js";

const { db } = await createTestDatabase();

const ordered = (rows: PeriodTotals[]) =>
  [...rows].sort((a, b) =>
    `${a.indicatorId}${a.periodId}${a.sex}`.localeCompare(`${b.indicatorId}${b.periodId}${b.sex}`),
  );

async function expectKeptToEqualFresh(tx: DbOrTx, indicatorIds: string[]) {
  const { kept, fresh } = await totalsAndFromScratch(tx, indicatorIds);
  expect(ordered(kept)).toEqual(ordered(fresh));
}

const sources = [
  {
    eventKinds: ["workshop", "seminar"],
    roles: ["participant"],
    attendedOnly: true,
    measure: "unique_people",
  },
  {
    eventKinds: ["workshop"],
    roles: ["participant", "trainer"],
    attendedOnly: false,
    measure: "participations",
  },
  {
    eventKinds: ["workshop", "seminar", "training_of_trainers"],
    roles: ["participant"],
    attendedOnly: true,
    measure: "events_held",
  },
] as const;

/** A plan with two levels of nodes, three periods, three activity-fed indicators, 4 events and 6 people. */
async function makeWorld() {
  const plan = await makePlan(db, { startsOn: "2012-01-01", endsOn: "2014-12-31" });
  const root = await makeFrameworkNode(db, { planId: plan.id, code: "1" });
  const child = await makeFrameworkNode(db, { planId: plan.id, code: "1.1", parentId: root.id, depth: 1 });
  const other = await makeFrameworkNode(db, { planId: plan.id, code: "2" });
  const nodes = [root, child, other];
  const periods = [
    await makePeriod(db, { planId: plan.id, name: "2012", startsOn: "2012-01-01", endsOn: "2012-12-31" }),
    await makePeriod(db, { planId: plan.id, name: "2013", startsOn: "2013-01-01", endsOn: "2013-12-31" }),
    await makePeriod(db, { planId: plan.id, name: "2014", startsOn: "2014-01-01", endsOn: "2014-12-31" }),
  ];
  const worldIndicators = [];
  for (const [index, source] of sources.entries()) {
    worldIndicators.push(
      await makeIndicator(db, {
        planId: plan.id,
        frameworkNodeId: index === 2 ? other.id : root.id,
        countsPeople: source.measure !== "events_held",
        isCumulative: index === 0,
        activitySource: { ...source, eventKinds: [...source.eventKinds], roles: [...source.roles] },
      }),
    );
  }
  const dates = ["2012-05-15", "2012-11-02", "2013-03-10", "2014-06-01"];
  const worldEvents = [];
  for (const [index, startsOn] of dates.entries()) {
    const event = await makeEvent(db, {
      organizerIds: [],
      kind: index === 1 ? "seminar" : "workshop",
      startsOn,
      endsOn: startsOn,
    });
    await db
      .insert(eventFrameworkNodes)
      .values({ eventId: event.id, frameworkNodeId: nodes[index % 3]?.id as string });
    worldEvents.push(event);
  }
  const worldPeople = [];
  for (let i = 0; i < 6; i++)
    worldPeople.push(await makePerson(db, { sex: i % 2 === 0 ? "female" : "male" }));
  for (const [i, person] of worldPeople.entries()) {
    await makeParticipation(db, { eventId: worldEvents[i % 4]?.id as string, personId: person.id });
    await makeParticipation(db, { eventId: worldEvents[(i + 2) % 4]?.id as string, personId: person.id });
  }
  return { plan, nodes, periods, indicators: worldIndicators, events: worldEvents, people: worldPeople };
}

const world = await makeWorld();
const indicatorIds = world.indicators.map((indicator) => indicator.id);

const eventIndex = fc.integer({ min: 0, max: 3 });
const personIndex = fc.integer({ min: 0, max: 5 });
const nodeIndex = fc.integer({ min: 0, max: 2 });
const operation = fc.oneof(
  fc.record({ kind: fc.constant("add"), eventIndex, personIndex, attended: fc.boolean() }),
  fc.record({ kind: fc.constant("remove"), eventIndex, personIndex }),
  fc.record({ kind: fc.constant("toggleAttended"), eventIndex, personIndex }),
  fc.record({
    kind: fc.constant("setRole"),
    eventIndex,
    personIndex,
    role: fc.constantFrom("participant", "trainer"),
  }),
  fc.record({
    kind: fc.constant("setStatus"),
    eventIndex,
    status: fc.constantFrom("held", "cancelled", "planned"),
  }),
  fc.record({ kind: fc.constant("setArchived"), eventIndex, isArchived: fc.boolean() }),
  fc.record({
    kind: fc.constant("setKind"),
    eventIndex,
    eventKind: fc.constantFrom("workshop", "seminar", "public_presentation"),
  }),
  fc.record({
    kind: fc.constant("moveDate"),
    eventIndex,
    startsOn: fc.constantFrom("2012-02-01", "2013-09-09", "2014-12-31", "2015-03-01"),
  }),
  fc.record({ kind: fc.constant("link"), eventIndex, nodeIndex }),
  fc.record({ kind: fc.constant("unlink"), eventIndex, nodeIndex }),
  fc.record({ kind: fc.constant("setSex"), personIndex, sex: fc.constantFrom("female", "male") }),
  fc.record({
    kind: fc.constant("moveIndicator"),
    indicatorIndex: fc.integer({ min: 0, max: 2 }),
    nodeIndex,
  }),
  fc.record({ kind: fc.constant("movePeriod"), endsOn: fc.constantFrom("2012-12-31", "2012-06-30") }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(tx: DbOrTx, op: Operation) {
  const eventId = "eventIndex" in op ? (world.events[op.eventIndex]?.id as string) : "";
  const personId = "personIndex" in op ? (world.people[op.personIndex]?.id as string) : "";
  const nodeId = "nodeIndex" in op ? (world.nodes[op.nodeIndex]?.id as string) : "";
  const _row = sql`${participations.eventId} = ${eventId} and ${participations.personId} = ${personId}`;
  switch (op.kind) {
    case "add":
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
    case "setKind":
      await tx.update(events).set({ kind: op.eventKind }).where(eq(events.id, eventId));
      return;
    case "moveDate":
      await tx
        .update(events)
        .set({ startsOn: op.startsOn, endsOn: op.startsOn })
        .where(eq(events.id, eventId));
      return;
    case "link":
      await tx.insert(eventFrameworkNodes).values({ eventId, frameworkNodeId: nodeId }).onConflictDoNothing();
      return;
    case "unlink":
      await tx
        .delete(eventFrameworkNodes)
        .where(
          sql`${eventFrameworkNodes.eventId} = ${eventId} and ${eventFrameworkNodes.frameworkNodeId} = ${nodeId}`,
        );
      return;
    case "setSex":
      await tx.update(people).set({ sex: op.sex }).where(eq(people.id, personId));
      return;
    case "moveIndicator":
      await tx
        .update(indicators)
        .set({ frameworkNodeId: nodeId })
        .where(eq(indicators.id, world.indicators[op.indicatorIndex]?.id as string));
      return;
    case "movePeriod":
      await tx
        .update(reportingPeriods)
        .set({ endsOn: op.endsOn })
        .where(eq(reportingPeriods.id, world.periods[0]?.id as string));
      return;
  }
}

describe("the figures engine's maintained facts", () => {
  it("start equal to a count from scratch", async () => {
    await expectKeptToEqualFresh(db, indicatorIds);
    const { kept } = await totalsAndFromScratch(db, indicatorIds);
    expect(kept.length).toBeGreaterThan(0);
  });

  it("equal a count from scratch after any sequence of changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        await inRolledBackTransaction(db, async (tx) => {
          for (const op of operations) await apply(tx, op);
          await expectKeptToEqualFresh(tx, indicatorIds);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("follow a deleted event, a deleted indicator and a changed activity source", async () => {
    await inRolledBackTransaction(db, async (tx) => {
      await tx.delete(events).where(eq(events.id, world.events[0]?.id as string));
      await expectKeptToEqualFresh(tx, indicatorIds);
      await tx
        .update(indicators)
        .set({ activitySource: { ...sources[0], eventKinds: ["seminar"], roles: ["participant"] } })
        .where(eq(indicators.id, indicatorIds[0] as string));
      await expectKeptToEqualFresh(tx, indicatorIds);
      await tx.delete(indicators).where(eq(indicators.id, indicatorIds[1] as string));
      await expectKeptToEqualFresh(tx, indicatorIds);
    });
  });
});
