/** Changes the property tests of derived tables apply to the raw rows, and the rolled-back transaction they run in. */
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.js";
import { events, participations } from "../db/schema.js";

class RolledBack extends Error {}

/** Runs `work` in a transaction that is always rolled back, so every run starts from the same world. */
export async function inRolledBackTransaction(db: Db, work: (tx: DbOrTx) => Promise<void>) {
  try {
    await db.transaction(async (tx) => {
      await work(tx);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

/** Adds (if missing), removes, flips the attendance of or changes the role in one person's participation in one event. */
export async function changeParticipation(
  tx: DbOrTx,
  change:
    | { kind: "add"; attended: boolean }
    | { kind: "remove" }
    | { kind: "toggleAttended" }
    | { kind: "setRole"; role: string },
  eventId: string,
  personId: string,
) {
  const row = and(eq(participations.eventId, eventId), eq(participations.personId, personId));
  switch (change.kind) {
    case "add":
      await tx
        .insert(participations)
        .values({ eventId, personId, attended: change.attended })
        .onConflictDoNothing();
      return;
    case "remove":
      await tx.delete(participations).where(row);
      return;
    case "toggleAttended":
      await tx
        .update(participations)
        .set({ attended: sql`not ${participations.attended}` as SQL<boolean> })
        .where(row);
      return;
    case "setRole":
      await tx.update(participations).set({ role: change.role }).where(row);
      return;
  }
}

/** Sets an event's status, or archives or restores it (on a fixed day). */
export async function changeEvent(
  tx: DbOrTx,
  change: { kind: "setStatus"; status: string } | { kind: "setArchived"; isArchived: boolean },
  eventId: string,
) {
  const values =
    change.kind === "setStatus"
      ? { status: change.status }
      : { archivedAt: change.isArchived ? new Date("2013-01-01T00:00:00Z") : null };
  await tx.update(events).set(values).where(eq(events.id, eventId));
}
