import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventKind, ParticipationRole } from "../schemas/enums.js";
import {
  type CascadeEvent,
  type CascadeInput,
  type CascadeParticipation,
  type CascadePerson,
  type TotCascade,
  traceCascade,
  traceCascades,
} from "./cascade.js";
import { CapacityInputError } from "./errors.js";

function event(
  id: string,
  kind: EventKind,
  startsOn: string,
  municipalityId: string | null = null,
): CascadeEvent {
  return { id, kind, startsOn, municipalityId };
}

function took(eventId: string, personId: string, role: ParticipationRole = "participant", attended = true) {
  return { eventId, personId, role, attended } satisfies CascadeParticipation;
}

function only(input: CascadeInput, totId = "tot"): TotCascade {
  const cascade = traceCascade(input, totId);
  if (!cascade) throw new Error(`no cascade for ${totId}`);
  return cascade;
}

const people: CascadePerson[] = [
  { id: "p1", sex: "female", sector: "police", level: "canton" },
  { id: "p2", sex: "female", sector: "civil_society", level: null },
  { id: "p3", sex: "male", sector: null, level: "municipality" },
];

describe("traceCascade", () => {
  // One TOT → trainers a and b → three workshops in two municipalities.
  const simple: CascadeInput = {
    events: [
      event("tot", "training_of_trainers", "2024-01-10", "sarajevo"),
      event("w1", "workshop", "2024-01-20", "mostar"),
      event("w2", "workshop", "2024-02-01", "tuzla"),
      event("w3", "workshop", "2024-02-05T09:00:00Z", "mostar"),
    ],
    participations: [
      took("tot", "a"),
      took("tot", "b"),
      took("tot", "c"),
      took("tot", "lead", "trainer"),
      took("w1", "a", "trainer"),
      took("w1", "p1"),
      took("w1", "p2"),
      took("w1", "o1", "observer"),
      took("w1", "absent", "participant", false),
      took("w2", "a", "co_trainer"),
      took("w2", "p2"),
      took("w2", "p3"),
      took("w3", "b", "trainer"),
      took("w3", "p4"),
      took("w3", "p1"),
    ],
    people,
  };

  it("follows 1 TOT → 2 trainers → 3 workshops", () => {
    const cascade = only(simple);
    expect(cascade.trainersProduced).toEqual(["a", "b"]);
    expect(cascade.sessions).toEqual(["w1", "w2", "w3"]);
    expect(cascade.reached).toEqual(["p1", "p2", "p3", "p4"]);
    expect(cascade.depth).toBe(1);
    expect(cascade.trainers).toEqual([
      { personId: "a", generation: 1, since: "2024-01-10", sessions: ["w1", "w2"], reached: 3 },
      { personId: "b", generation: 1, since: "2024-01-10", sessions: ["w3"], reached: 2 },
    ]);
  });

  it("splits the people reached by sex, sector and level once each, unknown last", () => {
    const cascade = only(simple);
    expect(cascade.reachedBySex).toEqual([
      { key: "female", people: 2 },
      { key: "male", people: 1 },
      { key: null, people: 1 },
    ]);
    expect(cascade.reachedBySector).toEqual([
      { key: "police", people: 1 },
      { key: "civil_society", people: 1 },
      { key: null, people: 2 },
    ]);
    expect(cascade.reachedByLevel).toEqual([
      { key: "canton", people: 1 },
      { key: "municipality", people: 1 },
      { key: null, people: 2 },
    ]);
  });

  it("counts a person reached in two municipalities in each, but once in the total", () => {
    // p2 attended w1 in Mostar and w2 in Tuzla; p1 attended w1 and w3, both in Mostar.
    expect(only(simple).reachedByMunicipality).toEqual([
      { key: "mostar", people: 3 },
      { key: "tuzla", people: 2 },
    ]);
  });

  it("builds the diagram: TOT → trainer → session, weighted by people reached", () => {
    const { nodes, links } = only(simple).graph;
    expect(nodes.map((n) => [n.id, n.kind, n.refId, n.generation])).toEqual([
      ["tot:tot", "tot", "tot", 0],
      ["trainer:a", "trainer", "a", 1],
      ["session:w1", "session", "w1", 1],
      ["session:w2", "session", "w2", 1],
      ["trainer:b", "trainer", "b", 1],
      ["session:w3", "session", "w3", 1],
    ]);
    expect(links).toEqual([
      { source: "tot:tot", target: "trainer:a", weight: 3 },
      { source: "trainer:a", target: "session:w1", weight: 2 },
      { source: "trainer:a", target: "session:w2", weight: 2 },
      { source: "tot:tot", target: "trainer:b", weight: 2 },
      { source: "trainer:b", target: "session:w3", weight: 2 },
    ]);
  });

  it("counts a session two produced trainers co-deliver once, and a person trained twice once", () => {
    const cascade = only({
      events: [
        event("tot", "training_of_trainers", "2024-01-10"),
        event("w1", "workshop", "2024-01-20"),
        event("w2", "seminar", "2024-01-25"),
      ],
      participations: [
        took("tot", "a"),
        took("tot", "b"),
        took("w1", "a", "trainer"),
        took("w1", "b", "co_trainer"),
        took("w1", "p1"),
        took("w1", "a", "participant"),
        took("w2", "a", "trainer"),
        took("w2", "p1"),
        took("w2", "b"),
      ],
      people,
    });
    expect(cascade.trainersProduced).toEqual(["a", "b"]);
    expect(cascade.sessions).toEqual(["w1", "w2"]);
    // b sat in w2 as a participant, but is a produced trainer: not reached.
    expect(cascade.reached).toEqual(["p1"]);
    expect(cascade.trainers.map((t) => [t.personId, t.sessions, t.reached])).toEqual([
      ["a", ["w1", "w2"], 1],
      ["b", ["w1"], 1],
    ]);
  });

  it("goes two levels deep when people reached later train others", () => {
    const cascade = only({
      events: [
        event("tot", "training_of_trainers", "2024-01-10"),
        event("w0", "workshop", "2024-01-05"),
        event("w1", "workshop", "2024-01-20"),
        event("w2", "workshop", "2024-02-01"),
        event("w3", "workshop", "2024-02-01"),
      ],
      participations: [
        took("tot", "a"),
        took("w1", "a", "trainer"),
        took("w1", "b"),
        took("w1", "c"),
        took("w1", "e"),
        // c trained before being reached: not a second-generation trainer.
        took("w0", "c", "trainer"),
        took("w0", "x"),
        took("w2", "b", "trainer"),
        took("w2", "d"),
        took("w2", "f"),
        // e was reached on 20 January and co-trains on 1 February: second generation too.
        took("w3", "e", "co_trainer"),
        took("w3", "f"),
      ],
      people,
    });
    expect(cascade.depth).toBe(2);
    expect(cascade.reached).toEqual(["b", "c", "e"]);
    expect(cascade.generations).toEqual([
      { generation: 1, trainers: ["a"], sessions: ["w1"], reached: ["b", "c", "e"] },
      { generation: 2, trainers: ["b", "e"], sessions: ["w2", "w3"], reached: ["d", "f"] },
    ]);
    expect(cascade.trainers.map((t) => [t.personId, t.generation, t.since, t.reached])).toEqual([
      ["a", 1, "2024-01-10", 3],
      ["b", 2, "2024-01-20", 2],
      ["e", 2, "2024-01-20", 1],
    ]);
    expect(cascade.graph.links).toContainEqual({ source: "session:w1", target: "trainer:b", weight: 2 });
    expect(cascade.graph.links).toContainEqual({ source: "trainer:e", target: "session:w3", weight: 1 });
  });

  it("goes three levels deep along a chain, and stops at a generation that reaches nobody", () => {
    const chain = (extra: CascadeParticipation[]) =>
      only({
        events: [
          event("tot", "training_of_trainers", "2024-01-01"),
          event("w1", "workshop", "2024-02-01"),
          event("w2", "workshop", "2024-03-01"),
          event("w3", "workshop", "2024-04-01"),
        ],
        participations: [
          took("tot", "a"),
          took("w1", "a", "trainer"),
          took("w1", "b"),
          took("w2", "b", "trainer"),
          took("w2", "c"),
          took("w3", "c", "trainer"),
          ...extra,
        ],
        people,
      });
    const empty = chain([]);
    expect(empty.generations.map((g) => g.trainers)).toEqual([["a"], ["b"], ["c"]]);
    expect(empty.depth).toBe(2);
    expect(chain([took("w3", "d")]).depth).toBe(3);
  });

  it("terminates on a cycle: A trains B, later B trains A", () => {
    const cascade = only({
      events: [
        event("tot", "training_of_trainers", "2024-01-10"),
        event("w1", "workshop", "2024-01-20"),
        event("w2", "workshop", "2024-02-01"),
        event("w3", "workshop", "2024-03-01"),
      ],
      participations: [
        took("tot", "a"),
        took("w1", "a", "trainer"),
        took("w1", "b"),
        took("w2", "b", "trainer"),
        took("w2", "a"),
        took("w3", "a", "trainer"),
        took("w3", "b"),
      ],
      people,
    });
    expect(cascade.generations).toEqual([
      { generation: 1, trainers: ["a"], sessions: ["w1", "w3"], reached: ["b"] },
      { generation: 2, trainers: ["b"], sessions: ["w2"], reached: ["a"] },
    ]);
    expect(cascade.depth).toBe(2);
    expect(cascade.trainers.map((t) => t.personId)).toEqual(["a", "b"]);
  });

  it("terminates when two trainers train each other on the same day", () => {
    const cascade = only({
      events: [
        event("tot", "training_of_trainers", "2024-01-10"),
        event("w1", "workshop", "2024-01-20"),
        event("w2", "workshop", "2024-01-20"),
      ],
      participations: [
        took("tot", "a"),
        took("w1", "a", "trainer"),
        took("w1", "b"),
        took("w2", "b", "trainer"),
        took("w2", "a"),
      ],
      people,
    });
    // b was reached on 20 January and trained on that same day, not later: no second generation.
    expect(cascade.generations).toEqual([
      { generation: 1, trainers: ["a"], sessions: ["w1"], reached: ["b"] },
    ]);
    expect(cascade.depth).toBe(1);
  });

  it("ignores sessions before or on the day of the TOT", () => {
    const input = (after: boolean): CascadeInput => ({
      events: [
        event("tot", "training_of_trainers", "2024-01-10"),
        event("before", "workshop", "2024-01-05"),
        event("same", "workshop", "2024-01-10"),
        event("after", "workshop", "2024-01-11"),
      ],
      participations: [
        took("tot", "a"),
        took("before", "a", "trainer"),
        took("before", "p1"),
        took("same", "a", "trainer"),
        took("same", "p2"),
        ...(after ? [took("after", "a", "trainer"), took("after", "p3")] : []),
      ],
      people,
    });
    const none = only(input(false));
    expect(none).toMatchObject({
      trainersProduced: [],
      sessions: [],
      reached: [],
      depth: 0,
      generations: [],
    });
    expect(none.graph).toEqual({
      nodes: [{ id: "tot:tot", kind: "tot", refId: "tot", generation: 0 }],
      links: [],
    });
    const later = only(input(true));
    expect(later).toMatchObject({ trainersProduced: ["a"], sessions: ["after"], reached: ["p3"], depth: 1 });
  });

  it("does not link a trainer who did not attend the TOT as a participant", () => {
    const cascade = only({
      events: [event("tot", "training_of_trainers", "2024-01-10"), event("w1", "workshop", "2024-01-20")],
      participations: [
        took("tot", "absent", "participant", false),
        took("tot", "observer", "observer"),
        took("tot", "lead", "trainer"),
        took("w1", "absent", "trainer"),
        took("w1", "observer", "co_trainer"),
        took("w1", "lead", "trainer"),
        took("w1", "outsider", "trainer"),
        took("w1", "p1"),
      ],
      people,
    });
    expect(cascade).toMatchObject({ trainersProduced: [], sessions: [], reached: [], depth: 0 });
  });

  it("does not count a session a trainer missed, nor participants who missed it", () => {
    const cascade = only({
      events: [
        event("tot", "training_of_trainers", "2024-01-10"),
        event("w1", "workshop", "2024-01-20"),
        event("w2", "workshop", "2024-01-21"),
      ],
      participations: [
        took("tot", "a"),
        took("w1", "a", "trainer", false),
        took("w1", "p1"),
        took("w2", "a", "trainer"),
        took("w2", "p2", "participant", false),
        took("w2", "p3"),
      ],
      people,
    });
    expect(cascade).toMatchObject({ sessions: ["w2"], reached: ["p3"] });
  });

  it("lists every TOT by date, returns null for an event that is no TOT, and rejects a bad date", () => {
    const input: CascadeInput = {
      events: [
        event("late", "training_of_trainers", "2024-05-01"),
        event("early", "training_of_trainers", "2024-01-01"),
        event("w1", "workshop", "2024-02-01"),
      ],
      participations: [took("early", "a"), took("late", "a"), took("w1", "a", "trainer"), took("w1", "p1")],
      people,
    };
    expect(traceCascades(input).map((c) => [c.totId, c.trainersProduced])).toEqual([
      ["early", ["a"]],
      ["late", []],
    ]);
    expect(traceCascade(input, "w1")).toBeNull();
    expect(traceCascade(input, "missing")).toBeNull();
    let caught: unknown;
    try {
      traceCascades({ ...input, events: [...input.events, event("bad", "workshop", "1 March 2024")] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CapacityInputError);
    expect(caught).toMatchObject({ code: "invalid_date", path: "events.3.startsOn" });
  });
});

const personIds = ["p0", "p1", "p2", "p3", "p4", "p5", "p6"];
const arbEvents = fc
  .array(
    fc.record({
      kind: fc.constantFrom<EventKind>("training_of_trainers", "workshop", "seminar"),
      day: fc.integer({ min: 1, max: 6 }),
      municipalityId: fc.constantFrom<string | null>("m1", "m2", null),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((list) =>
    list.map(({ kind, day, municipalityId }, i) => event(`e${i}`, kind, `2024-01-0${day}`, municipalityId)),
  );
const arbParticipations = fc.array(
  fc.record({
    eventId: fc.constantFrom("e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7"),
    personId: fc.constantFrom(...personIds),
    role: fc.constantFrom<ParticipationRole>(
      "participant",
      "participant",
      "trainer",
      "co_trainer",
      "observer",
    ),
    attended: fc.constantFrom(true, true, true, true, true, false),
  }),
  { maxLength: 40 },
);
const arbPeople = fc.subarray(personIds).chain((ids) =>
  fc.tuple(
    ...ids.map((id) =>
      fc.record({
        id: fc.constant(id),
        sex: fc.constantFrom("female" as const, "male" as const),
        sector: fc.constantFrom("police" as const, "media" as const, null),
        level: fc.constantFrom("state" as const, null),
      }),
    ),
  ),
);
const arbInput: fc.Arbitrary<CascadeInput> = fc.record({
  events: arbEvents,
  participations: arbParticipations,
  people: arbPeople,
});

/** Generation 1 straight from the rule, as a reference. */
function referenceFirstGeneration(input: CascadeInput, tot: CascadeEvent) {
  const day = (id: string) => input.events.find((e) => e.id === id)?.startsOn ?? "";
  const attended = input.participations.filter((p) => p.attended && day(p.eventId) !== "");
  const trains = (p: CascadeParticipation) => p.role === "trainer" || p.role === "co_trainer";
  const produced = new Set(
    attended
      .filter((p) => p.eventId === tot.id && p.role === "participant")
      .map((p) => p.personId)
      .filter((id) => attended.some((q) => q.personId === id && trains(q) && day(q.eventId) > tot.startsOn)),
  );
  const sessions = new Set(
    attended
      .filter((q) => produced.has(q.personId) && trains(q) && day(q.eventId) > tot.startsOn)
      .map((q) => q.eventId),
  );
  const reached = new Set(
    attended
      .filter((q) => sessions.has(q.eventId) && q.role === "participant" && !produced.has(q.personId))
      .filter((q) => !attended.some((r) => r.eventId === q.eventId && r.personId === q.personId && trains(r)))
      .map((q) => q.personId),
  );
  return { produced: [...produced].sort(), reached: [...reached].sort() };
}

describe("traceCascades properties", () => {
  it("agrees with the rule for generation 1 and keeps the counts consistent", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        for (const cascade of traceCascades(input)) {
          const tot = input.events.find((e) => e.id === cascade.totId) as CascadeEvent;
          const reference = referenceFirstGeneration(input, tot);
          expect(cascade.trainersProduced).toEqual(reference.produced);
          expect(cascade.reached).toEqual(reference.reached);
          const firstGeneration = cascade.trainers.filter((t) => t.generation === 1);
          const reach = firstGeneration.map((t) => t.reached);
          expect(cascade.reached.length).toBeLessThanOrEqual(reach.reduce((s, r) => s + r, 0));
          expect(cascade.reached.length).toBeGreaterThanOrEqual(Math.max(0, ...reach));
          for (const id of cascade.trainersProduced) expect(cascade.reached).not.toContain(id);
          const total = (groups: { people: number }[]) => groups.reduce((s, g) => s + g.people, 0);
          expect(total(cascade.reachedBySex)).toBe(cascade.reached.length);
          expect(total(cascade.reachedBySector)).toBe(cascade.reached.length);
          expect(total(cascade.reachedByLevel)).toBe(cascade.reached.length);
          expect(total(cascade.reachedByMunicipality)).toBeGreaterThanOrEqual(cascade.reached.length);
          const allTrainers = cascade.generations.flatMap((g) => g.trainers);
          expect(new Set(allTrainers).size).toBe(allTrainers.length);
          expect(cascade.depth).toBeLessThanOrEqual(cascade.generations.length);
          expect(cascade.depth).toBeLessThanOrEqual(personIds.length);
        }
      }),
    );
  });

  it("changes nothing when an unrelated workshop is added", () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 1, max: 6 }), (input, day) => {
        const extended: CascadeInput = {
          events: [...input.events, event("unrelated", "workshop", `2024-01-0${day}`, "m1")],
          participations: [
            ...input.participations,
            took("unrelated", "stranger-trainer", "trainer"),
            took("unrelated", "stranger"),
          ],
          people: [...input.people, { id: "stranger", sex: "female", sector: null, level: null }],
        };
        expect(traceCascades(extended)).toEqual(traceCascades(input));
      }),
    );
  });

  it("does not depend on the order of the events and participations", () => {
    fc.assert(
      fc.property(
        arbInput.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.record({
              events: fc.shuffledSubarray([...input.events], { minLength: input.events.length }),
              participations: fc.shuffledSubarray([...input.participations], {
                minLength: input.participations.length,
              }),
              people: fc.shuffledSubarray([...input.people], { minLength: input.people.length }),
            }),
          ),
        ),
        ([input, shuffled]) => {
          expect(traceCascades(shuffled)).toEqual(traceCascades(input));
        },
      ),
    );
  });
});
