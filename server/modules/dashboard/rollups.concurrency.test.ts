/**
 * Two writers at once: the rollup triggers lock the people and events they recount, so the second
 * writer waits for the first to commit and then counts its rows too (READ COMMITTED).
 */
import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { describe, expect, it } from "vitest";
import type { DbOrTx } from "../../db/client.js";
import * as schema from "../../db/schema.js";
import { events, participations, projectAttendeeRollups } from "../../db/schema.js";
import { createTestDatabase } from "../../test/db.js";
import { makeEvent, makePerson, makeProject } from "../../test/factories.js";

const { db, pool } = await createTestDatabase();

const rollupsOf = (personId: string) =>
  db
    .select({
      projectId: projectAttendeeRollups.projectId,
      personId: projectAttendeeRollups.personId,
      attendances: projectAttendeeRollups.attendances,
    })
    .from(projectAttendeeRollups)
    .where(eq(projectAttendeeRollups.personId, personId));

/**
 * Runs `first` in a transaction left open, then `second` in another one, which must wait on a lock;
 * commits the first, then the second. Answers whether the second waited.
 */
async function race(first: (tx: DbOrTx) => Promise<unknown>, second: (tx: DbOrTx) => Promise<unknown>) {
  const [one, two] = [await pool.connect(), await pool.connect()];
  try {
    const [txOne, txTwo] = [drizzle(one, { schema }), drizzle(two, { schema })];
    const { rows } = await txTwo.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
    await txOne.execute(sql`begin`);
    await first(txOne);
    await txTwo.execute(sql`begin`);
    const pending = second(txTwo).then(() => txTwo.execute(sql`commit`));
    let waits = false;
    for (let attempt = 0; attempt < 100 && !waits; attempt++) {
      const [activity] = await db
        .execute<{ wait: string | null }>(
          sql`select wait_event_type as wait from pg_stat_activity where pid = ${rows[0]?.pid}`,
        )
        .then((result) => result.rows);
      waits = activity?.wait === "Lock";
      if (!waits) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await txOne.execute(sql`commit`);
    await pending;
    return waits;
  } finally {
    one.release(true);
    two.release(true);
  }
}

describe("project attendee rollups with concurrent writers", () => {
  it("count both attendances when two transactions add the same person to two events", async () => {
    const project = await makeProject(db);
    const [first, second] = [
      await makeEvent(db, { organizerIds: [], projectId: project.id, status: "held" }),
      await makeEvent(db, { organizerIds: [], projectId: project.id, status: "held" }),
    ];
    const person = await makePerson(db);
    const waited = await race(
      (tx) => tx.insert(participations).values({ eventId: first.id, personId: person.id }),
      (tx) => tx.insert(participations).values({ eventId: second.id, personId: person.id }),
    );
    expect(waited).toBe(true);
    expect(await rollupsOf(person.id)).toEqual([
      { projectId: project.id, personId: person.id, attendances: 2 },
    ]);
  });

  it("do not count a participation added while its event is being cancelled", async () => {
    const project = await makeProject(db);
    const event = await makeEvent(db, { organizerIds: [], projectId: project.id, status: "held" });
    const person = await makePerson(db);
    const waited = await race(
      (tx) => tx.update(events).set({ status: "cancelled" }).where(eq(events.id, event.id)),
      (tx) => tx.insert(participations).values({ eventId: event.id, personId: person.id }),
    );
    expect(waited).toBe(true);
    expect(await rollupsOf(person.id)).toEqual([]);
  });
});
