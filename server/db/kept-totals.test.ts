/**
 * The kept totals of migration 0030 — each event's attendance by sex, and the totals of the
 * unfiltered people and events lists — equal a count from scratch after any sequence of changes,
 * after the maintenance job folds them, and when two writers add to the same event at once.
 */
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { changeEvent, changeParticipation, inRolledBackTransaction } from "../test/changes.js";
import { createTestDatabase } from "../test/db.js";
import { makeEvent, makeOrganization, makeParticipation, makePerson } from "../test/factories.js";
import type { DbOrTx } from "./client.js";
import { keptListTotal } from "./list-totals.js";
import { events, participations, people } from "./schema.js";

const { db, url } = await createTestDatabase();

const organization = await makeOrganization(db);
const world = {
  events: await Promise.all(
    Array.from({ length: 3 }, () => makeEvent(db, { organizerIds: [organization.id] })),
  ),
  people: await Promise.all(
    Array.from({ length: 4 }, (_, i) =>
      makePerson(db, { sex: i % 2 === 0 ? "female" : "male", organizationId: organization.id }),
    ),
  ),
};
for (const event of world.events) {
  for (const person of world.people.slice(0, 2)) {
    await makeParticipation(db, { eventId: event.id, personId: person.id, attended: true });
  }
}

/** Every event's attendance as kept and as counted from the raw rows (events with none left out). */
async function attendance(tx: DbOrTx) {
  const rows = async (query: ReturnType<typeof sql>) =>
    (await tx.execute<{ event_id: string; female: number; male: number }>(query)).rows
      .map((row) => `${row.event_id} ${row.female} ${row.male}`)
      .sort();
  return {
    kept: await rows(sql`select event_id, female, male from event_attendance where female + male > 0`),
    fresh: await rows(sql`
      select pa.event_id, (count(*) filter (where pe.sex = 'female'))::int as female,
        (count(*) filter (where pe.sex = 'male'))::int as male
      from participations pa join people pe on pe.id = pa.person_id
      where pa.attended group by pa.event_id`),
  };
}

async function listTotals(tx: DbOrTx) {
  const counted = async (table: "people" | "events") =>
    Number(
      (
        await tx.execute<{ n: string }>(
          sql`select count(*) as n from ${sql.identifier(table)} where archived_at is null`,
        )
      ).rows[0]?.n,
    );
  return {
    kept: { people: await keptListTotal(tx, "people"), events: await keptListTotal(tx, "events") },
    fresh: { people: await counted("people"), events: await counted("events") },
  };
}

async function expectKeptToEqualFresh(tx: DbOrTx) {
  const events = await attendance(tx);
  expect(events.kept).toEqual(events.fresh);
  const totals = await listTotals(tx);
  expect(totals.kept).toEqual(totals.fresh);
}

const eventIndex = fc.integer({ min: 0, max: 2 });
const personIndex = fc.integer({ min: 0, max: 3 });
const operation = fc.oneof(
  fc.record({ kind: fc.constant("add"), eventIndex, personIndex, attended: fc.boolean() }),
  fc.record({ kind: fc.constant("remove"), eventIndex, personIndex }),
  fc.record({ kind: fc.constant("toggleAttended"), eventIndex, personIndex }),
  fc.record({ kind: fc.constant("setSex"), personIndex, sex: fc.constantFrom("female", "male") }),
  fc.record({ kind: fc.constant("archivePerson"), personIndex, isArchived: fc.boolean() }),
  fc.record({ kind: fc.constant("setArchived"), eventIndex, isArchived: fc.boolean() }),
  fc.record({ kind: fc.constant("addPerson"), sex: fc.constantFrom("female", "male") }),
  fc.record({ kind: fc.constant("deleteEvent"), eventIndex }),
  fc.record({ kind: fc.constant("compact") }),
  fc.record({ kind: fc.constant("deletePerson"), personIndex }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** Applies a change; a change to an event or person deleted earlier in the run (in `deleted`) is skipped. */
async function apply(tx: DbOrTx, op: Operation, deleted: Set<string>) {
  const eventId = "eventIndex" in op ? (world.events[op.eventIndex]?.id as string) : "";
  const personId = "personIndex" in op ? (world.people[op.personIndex]?.id as string) : "";
  if (deleted.has(eventId) || deleted.has(personId)) return;
  switch (op.kind) {
    case "add":
    case "remove":
    case "toggleAttended":
      await changeParticipation(tx, op, eventId, personId);
      return;
    case "setSex":
      await tx.update(people).set({ sex: op.sex }).where(eq(people.id, personId));
      return;
    case "archivePerson":
      await tx
        .update(people)
        .set({ archivedAt: op.isArchived ? sql`now()` : null })
        .where(eq(people.id, personId));
      return;
    case "setArchived":
      await changeEvent(tx, op, eventId);
      return;
    case "addPerson":
      await makePerson(tx, { sex: op.sex });
      return;
    case "deleteEvent":
      await tx.delete(events).where(eq(events.id, eventId));
      deleted.add(eventId);
      return;
    case "deletePerson":
      // Deleted with their participations (as a merge of duplicates does); none of their events keeps them.
      await tx.delete(participations).where(eq(participations.personId, personId));
      await tx.delete(people).where(eq(people.id, personId));
      deleted.add(personId);
      return;
    case "compact":
      await tx.execute(sql`select compact_list_totals()`);
      return;
  }
}

describe("kept totals: attendance per event, and the unfiltered lists' totals", () => {
  it("start equal to a count from scratch", async () => {
    await expectKeptToEqualFresh(db);
    expect((await attendance(db)).kept).toHaveLength(3);
    expect((await listTotals(db)).kept.people).toBeGreaterThanOrEqual(4);
  });

  it("equal a count from scratch after any sequence of changes, folded or not", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        await inRolledBackTransaction(db, async (tx) => {
          const deleted = new Set<string>();
          for (const op of operations) await apply(tx, op, deleted);
          await expectKeptToEqualFresh(tx);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("folds a list's rows into one and keeps its total", async () => {
    await inRolledBackTransaction(db, async (tx) => {
      for (let i = 0; i < 3; i++) await makePerson(tx);
      const before = await keptListTotal(tx, "people");
      await tx.execute(sql`select compact_list_totals()`);
      expect(await keptListTotal(tx, "people")).toBe(before);
      const rows = await tx.execute<{ n: string }>(
        sql`select count(*) as n from list_totals where list = 'people'`,
      );
      expect(Number(rows.rows[0]?.n)).toBe(1);
    });
  });

  it("counts both of two writers adding to the same event at once", async () => {
    // Placed at an entity, which no municipality's coverage counts: nothing but the attendance's own
    // lock makes the second writer wait.
    const entity = (
      await db.execute<{ id: string }>(sql`select id from jurisdictions where kind = 'entity' limit 1`)
    ).rows[0];
    const event = await makeEvent(db, {
      organizerIds: [organization.id],
      jurisdictionId: entity?.id as string,
    });
    const [first, second, earlier] = await Promise.all([
      makePerson(db, { sex: "female" }),
      makePerson(db, { sex: "male" }),
      makePerson(db, { sex: "male" }),
    ]);
    // The event's row exists before the two writers: neither of them creates it.
    await makeParticipation(db, { eventId: event.id, personId: earlier?.id as string, attended: true });
    const a = new pg.Client({ connectionString: url });
    const b = new pg.Client({ connectionString: url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      const add = (client: pg.Client, personId: string | undefined) =>
        client.query("insert into participations (event_id, person_id, attended) values ($1, $2, true)", [
          event.id,
          personId,
        ]);
      await a.query("begin");
      await b.query("begin");
      await add(a, first?.id);
      // The second writer's count waits for the first writer's lock on the event's row.
      const waiting = add(b, second?.id).then(() => b.query("commit"));
      await a.query("commit");
      await waiting;
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    const [row] = (
      await db.execute<{ female: number; male: number }>(
        sql`select female, male from event_attendance where event_id = ${event.id}`,
      )
    ).rows;
    expect(row).toEqual({ female: 1, male: 2 });
    await expectKeptToEqualFresh(db);
  });
});
