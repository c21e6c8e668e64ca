import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Participation } from "../../../common/schemas/events.js";
import { insertRowsReturning } from "../../db/bulk.js";
import type { DbOrTx } from "../../db/client.js";
import { organizations, participations, people } from "../../db/schema.js";
import { sortable, toNumber } from "../../db/sql.js";

const selectBase = (db: DbOrTx) =>
  db
    .select({
      id: participations.id,
      eventId: participations.eventId,
      personId: participations.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      sex: people.sex,
      organizationName: organizations.name,
      role: participations.role,
      attended: participations.attended,
      preTestScore: participations.preTestScore,
      postTestScore: participations.postTestScore,
      testMaxScore: participations.testMaxScore,
    })
    .from(participations)
    .innerJoin(people, eq(people.id, participations.personId))
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

const toParticipation = (row: Row): Participation => ({
  id: row.id,
  eventId: row.eventId,
  personId: row.personId,
  person: {
    givenName: row.givenName,
    familyName: row.familyName,
    sex: row.sex as Participation["person"]["sex"],
    organizationName: row.organizationName,
  },
  role: row.role as Participation["role"],
  attended: row.attended,
  preTestScore: toNumber(row.preTestScore),
  postTestScore: toNumber(row.postTestScore),
  testMaxScore: toNumber(row.testMaxScore),
});

/** The participants of one event, by family and given name (Bosnian collation). */
export async function selectParticipations(db: DbOrTx, eventId: string): Promise<Participation[]> {
  const rows = await selectBase(db)
    .where(eq(participations.eventId, eventId))
    .orderBy(sortable(people.familyName), sortable(people.givenName), participations.id);
  return rows.map(toParticipation);
}

export async function selectParticipation(db: DbOrTx, id: string): Promise<Participation | undefined> {
  const [row] = await selectBase(db).where(eq(participations.id, id));
  return row ? toParticipation(row) : undefined;
}

export async function participationExists(db: DbOrTx, eventId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: participations.id })
    .from(participations)
    .where(and(eq(participations.eventId, eventId), eq(participations.personId, personId)));
  return row !== undefined;
}

export type ParticipationTableRow = typeof participations.$inferSelect;

/** The participation of the person in the event, locked until the transaction ends; undefined when none. */
export async function lockParticipationOfPerson(
  tx: DbOrTx,
  eventId: string,
  personId: string,
): Promise<ParticipationTableRow | undefined> {
  const [row] = await tx
    .select()
    .from(participations)
    .where(and(eq(participations.eventId, eventId), eq(participations.personId, personId)))
    .for("update");
  return row;
}

/** Sets whether the participant attended; returns the row as it is after the change. */
export async function updateParticipationAttended(
  tx: DbOrTx,
  id: string,
  attended: boolean,
): Promise<ParticipationTableRow | undefined> {
  const [after] = await tx
    .update(participations)
    .set({ attended, updatedAt: sql`now()` })
    .where(eq(participations.id, id))
    .returning();
  return after;
}

export type ParticipationRowValues = Omit<
  typeof participations.$inferInsert,
  "id" | "createdAt" | "updatedAt"
>;

export async function insertParticipationRow(
  tx: DbOrTx,
  values: ParticipationRowValues,
): Promise<ParticipationTableRow> {
  const [row] = await tx.insert(participations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/**
 * Many participations at once (an attendance import): one statement per 5,000 (the ids chosen
 * here), then the rows as stored, in the order given.
 */
export const insertParticipationRows = (tx: DbOrTx, values: readonly ParticipationRowValues[]) =>
  insertRowsReturning(
    tx,
    participations,
    values.map((value) => ({ ...value, id: randomUUID() })),
  );

/** The participation, if it belongs to the event, locked until the transaction ends. */
export async function lockParticipation(
  tx: DbOrTx,
  eventId: string,
  id: string,
): Promise<ParticipationTableRow | undefined> {
  const [row] = await tx
    .select()
    .from(participations)
    .where(and(eq(participations.id, id), eq(participations.eventId, eventId)))
    .for("update");
  return row;
}

export async function updateParticipationRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<ParticipationRowValues>,
): Promise<ParticipationTableRow | undefined> {
  const [row] = await tx
    .update(participations)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(participations.id, id))
    .returning();
  return row;
}

/** Deletes the participation if it belongs to the event; returns the deleted row. */
export async function deleteParticipationRow(
  tx: DbOrTx,
  eventId: string,
  id: string,
): Promise<ParticipationTableRow | undefined> {
  const [row] = await tx
    .delete(participations)
    .where(and(eq(participations.id, id), eq(participations.eventId, eventId)))
    .returning();
  return row;
}
