/**
 * Kept cascade traces (decision 011): whatever happens to participations, events and people, the
 * reach read from the kept traces (and from the counts kept under a memo key) equals the reach of
 * cascades traced from scratch, and the cascade page traced from the kept events equals the
 * cascade traced from every event the TOT may reach.
 */
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { traceCascade, traceCascades } from "../../../common/capacity/cascade.js";
import type { SexCounts } from "../../../common/schemas/common.js";
import type { DbOrTx } from "../../db/client.js";
import { events, people } from "../../db/schema.js";
import { changeEvent, changeParticipation, inRolledBackTransaction } from "../../test/changes.js";
import { createTestDatabase } from "../../test/db.js";
import { makeEvent, makeParticipation, makePerson } from "../../test/factories.js";
import { loadCascadeEvents, loadCascades } from "./cascade.queries.js";
import { cascadeReachOfGroups, type ReachGroup, traceStaleCascades } from "./cascade.traces.js";
import { selectStaleTotIds, selectTraceEventIds } from "./cascade.traces.queries.js";

const { db } = await createTestDatabase();

/** Two TOTs, five sessions over 2012–2013 and eight people; a trains d, who trains in turn. */
async function makeWorld() {
  const cast = [];
  for (let i = 0; i < 8; i++) cast.push(await makePerson(db, { sex: i % 2 === 0 ? "female" : "male" }));
  const [a, b, c, d, e, f, g, h] = cast.map((person) => person.id) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const event = async (kind: "training_of_trainers" | "workshop" | "seminar", startsOn: string) =>
    makeEvent(db, { organizerIds: [], kind, startsOn, endsOn: startsOn, status: "held" });
  const plan = [
    { kind: "training_of_trainers", on: "2012-01-10", trainers: [], participants: [a, b, c] },
    { kind: "workshop", on: "2012-03-01", trainers: [a], participants: [d, e] },
    { kind: "workshop", on: "2012-06-01", trainers: [b], participants: [e, f] },
    { kind: "seminar", on: "2012-09-01", trainers: [e], participants: [g] },
    { kind: "workshop", on: "2013-02-01", trainers: [d], participants: [g, h] },
    { kind: "workshop", on: "2013-05-01", trainers: [a], participants: [h, c] },
    { kind: "training_of_trainers", on: "2013-01-05", trainers: [], participants: [d, g] },
  ] as const;
  const worldEvents = [];
  for (const row of plan) {
    const made = await event(row.kind, row.on);
    worldEvents.push(made);
    for (const personId of row.trainers)
      await makeParticipation(db, { eventId: made.id, personId, role: "trainer" });
    for (const personId of row.participants) await makeParticipation(db, { eventId: made.id, personId });
  }
  return { people: cast, events: worldEvents, tots: [worldEvents[0]?.id, worldEvents[6]?.id] as string[] };
}

const world = await makeWorld();
const spans = [
  { from: "2012-01-01", to: "2012-12-31" },
  { from: "2013-01-01", to: "2013-12-31" },
  { from: "2012-01-01", to: "2013-12-31" },
];

/** The reach counted from cascades traced from scratch, without any kept trace. */
async function reachFromScratch(
  tx: DbOrTx,
  group: ReachGroup,
  generations: "first" | "all",
): Promise<SexCounts[]> {
  const loaded = await loadCascades(tx, { ids: [...group.totIds] });
  const sexOf = new Map(loaded.input.people.map((person) => [person.id, person.sex]));
  const reachedOn: { personId: string; day: string }[] = [];
  for (const cascade of traceCascades(loaded.input, group.totIds)) {
    for (const generation of generations === "all" ? cascade.generations : cascade.generations.slice(0, 1)) {
      const reached = new Set(generation.reached);
      for (const sessionId of generation.sessions) {
        const day = loaded.events.get(sessionId)?.startsOn.slice(0, 10) ?? "";
        for (const { eventId, personId, role } of loaded.input.participations) {
          if (eventId === sessionId && role === "participant" && reached.has(personId))
            reachedOn.push({ personId, day });
        }
      }
    }
  }
  return group.periods.map(({ from, to }) => {
    const unique = new Set(
      reachedOn.filter(({ day }) => day >= from && day <= to).map((row) => row.personId),
    );
    const female = [...unique].filter((id) => sexOf.get(id) === "female").length;
    return { female, male: unique.size - female, total: unique.size };
  });
}

async function expectKeptToEqualFresh(tx: DbOrTx) {
  const groups = new Map<string, ReachGroup>([
    ["first", { totIds: [world.tots[0] as string], periods: spans, memoKey: "test:first" }],
    ["both", { totIds: world.tots, periods: spans, memoKey: "test:both" }],
  ]);
  for (const generations of ["first", "all"] as const) {
    const kept = await cascadeReachOfGroups(tx, groups, { generations });
    for (const [key, group] of groups) {
      expect(kept.get(key), `${key}, ${generations}`).toEqual(await reachFromScratch(tx, group, generations));
    }
  }
  // The page's cascade, traced from the kept events only, is the cascade traced from every event.
  for (const totId of world.tots) {
    const fromKept = traceCascade(
      (await loadCascadeEvents(tx, await selectTraceEventIds(tx, totId))).input,
      totId,
    );
    const full = traceCascade((await loadCascades(tx, { ids: [totId] })).input, totId);
    expect(fromKept?.generations ?? []).toEqual(full?.generations ?? []);
    expect(fromKept?.trainers ?? []).toEqual(full?.trainers ?? []);
  }
}

const eventIndex = fc.integer({ min: 0, max: 6 });
const personIndex = fc.integer({ min: 0, max: 7 });
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
  fc.record({ kind: fc.constant("setStatus"), eventIndex, status: fc.constantFrom("held", "cancelled") }),
  fc.record({ kind: fc.constant("setArchived"), eventIndex, isArchived: fc.boolean() }),
  fc.record({
    kind: fc.constant("moveDate"),
    eventIndex,
    startsOn: fc.constantFrom("2011-12-01", "2012-02-01", "2012-07-15", "2013-03-03", "2013-12-31"),
  }),
  fc.record({
    kind: fc.constant("setKind"),
    eventIndex,
    eventKind: fc.constantFrom("workshop", "training_of_trainers"),
  }),
  fc.record({ kind: fc.constant("setSex"), personIndex, sex: fc.constantFrom("female", "male") }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(tx: DbOrTx, op: Operation) {
  const eventId = "eventIndex" in op ? (world.events[op.eventIndex]?.id as string) : "";
  const personId = "personIndex" in op ? (world.people[op.personIndex]?.id as string) : "";
  switch (op.kind) {
    case "add":
    case "remove":
    case "toggleAttended":
    case "setRole":
      await changeParticipation(tx, op, eventId, personId);
      return;
    case "setStatus":
    case "setArchived":
      await changeEvent(tx, op, eventId);
      return;
    case "moveDate":
      await tx
        .update(events)
        .set({ startsOn: op.startsOn, endsOn: op.startsOn })
        .where(eq(events.id, eventId));
      return;
    case "setKind":
      await tx.update(events).set({ kind: op.eventKind }).where(eq(events.id, eventId));
      return;
    case "setSex":
      await tx.update(people).set({ sex: op.sex }).where(eq(people.id, personId));
      return;
  }
}

describe("kept cascade traces", () => {
  it("start equal to cascades traced from scratch, and reach people in both generations", async () => {
    await expectKeptToEqualFresh(db);
    const [reach] = await reachFromScratch(db, { totIds: [world.tots[0] as string], periods: spans }, "all");
    // d, e (by a) and e, f (by b) in 2012, g by e's seminar (generation 2).
    expect(reach).toEqual({ female: 2, male: 2, total: 4 });
  });

  it("stay equal to cascades traced from scratch after any sequence of changes, read between changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 10 }), async (operations) => {
        await inRolledBackTransaction(db, async (tx) => {
          for (const op of operations) {
            await apply(tx, op);
            await expectKeptToEqualFresh(tx);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it("are made current by the tracing job after changes, ahead of any read", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 10 }), async (operations) => {
        await inRolledBackTransaction(db, async (tx) => {
          for (const op of operations) await apply(tx, op);
          const stale = await selectStaleTotIds(tx, 100);
          expect(await traceStaleCascades(tx)).toBe(stale.length);
          expect(await selectStaleTotIds(tx, 100)).toEqual([]);
          await expectKeptToEqualFresh(tx);
        });
      }),
      { numRuns: 20 },
    );
  });

  it("count a person again at once when their sex changes, though the counts are kept", async () => {
    await inRolledBackTransaction(db, async (tx) => {
      const group = new Map([
        ["one", { totIds: [world.tots[0] as string], periods: spans.slice(0, 1), memoKey: "test:sex" }],
      ]);
      expect((await cascadeReachOfGroups(tx, group)).get("one")).toEqual([{ female: 1, male: 2, total: 3 }]);
      // e (reached by a and by b in 2012) is recorded as a man after all.
      await tx
        .update(people)
        .set({ sex: "male" })
        .where(eq(people.id, world.people[4]?.id as string));
      expect((await cascadeReachOfGroups(tx, group)).get("one")).toEqual([{ female: 0, male: 3, total: 3 }]);
    });
  });
});
