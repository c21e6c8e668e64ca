/**
 * The SQL of merging two records of one person: lock both, find the events both take part in, move
 * every row that points at the merged record to the survivor, and keep the merged record as an
 * alias of the survivor.
 */
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";
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
import type { PersonRow } from "./people.queries.js";

/** Both people locked `for update`, in id order (two merges of the same pair wait for each other). */
export async function lockPeoplePair(tx: DbOrTx, ids: [string, string]): Promise<Map<string, PersonRow>> {
  const rows = await tx
    .select()
    .from(people)
    .where(inArray(people.id, ids))
    .orderBy(asc(people.id))
    .for("update");
  return new Map(rows.map((row) => [row.id, row]));
}

export interface SharedEvent {
  id: string;
  title: string;
  startsOn: string;
}

/**
 * The events both people take part in: a participation, attendance days, module scores, an
 * evaluation, a certificate, or a board meeting's attendance (as member or deputy). Each of these
 * is one row per person and event, so moving the merged person's rows there would make two rows
 * of one person — or a deputy standing in for themselves.
 */
export async function selectSharedEvents(
  tx: DbOrTx,
  firstId: string,
  secondId: string,
): Promise<SharedEvent[]> {
  const result = await tx.execute<{ id: string; title: string; starts_on: string }>(sql`
    with taking_part (person_id, event_id) as (
      select person_id, event_id from participations where person_id in (${firstId}, ${secondId})
      union select person_id, event_id from attendance_days where person_id in (${firstId}, ${secondId})
      union select person_id, event_id from module_test_scores where person_id in (${firstId}, ${secondId})
      union select person_id, event_id from evaluations where person_id in (${firstId}, ${secondId})
      union select person_id, event_id from certificates where person_id in (${firstId}, ${secondId})
      union select person_id, event_id from board_attendances where person_id in (${firstId}, ${secondId})
      union select deputy_person_id, event_id from board_attendances
        where deputy_person_id in (${firstId}, ${secondId})
    )
    select e.id, e.title, e.starts_on
    from events e
    where e.id in (select event_id from taking_part where person_id = ${firstId})
      and e.id in (select event_id from taking_part where person_id = ${secondId})
    order by e.starts_on, e.title collate "bs-x-icu", e.id`);
  return result.rows.map((row) => ({ id: row.id, title: row.title, startsOn: String(row.starts_on) }));
}

/**
 * Points every row of the merged person at the survivor, in one transaction with the rest of the
 * merge. Participations are updated in place: the triggers of the kept figures (rollups, coverage,
 * indicator facts, attendance by sex, cascades) compare each row's event and person before and
 * after, and recount both people. Call only when no event is shared (`selectSharedEvents`).
 */
export async function moveReferences(tx: DbOrTx, fromId: string, toId: string): Promise<void> {
  const moved = { personId: toId };
  const touched = { personId: toId, updatedAt: sql`now()` };
  await tx.update(participations).set(touched).where(eq(participations.personId, fromId));
  await tx.update(attendanceDays).set(moved).where(eq(attendanceDays.personId, fromId));
  await tx.update(moduleTestScores).set(touched).where(eq(moduleTestScores.personId, fromId));
  await tx.update(evaluations).set(moved).where(eq(evaluations.personId, fromId));
  await tx.update(certificates).set(moved).where(eq(certificates.personId, fromId));
  await tx.update(boardMemberships).set(touched).where(eq(boardMemberships.personId, fromId));
  await tx.update(boardAttendances).set(moved).where(eq(boardAttendances.personId, fromId));
  await tx
    .update(boardAttendances)
    .set({ deputyPersonId: toId })
    .where(eq(boardAttendances.deputyPersonId, fromId));
  await tx
    .update(boardAgendaItems)
    .set({ presenterPersonId: toId })
    .where(eq(boardAgendaItems.presenterPersonId, fromId));
  await tx.update(users).set(touched).where(eq(users.personId, fromId));
}

/** The merged person archived (at `now`, the service's clock) as an alias of the survivor. */
export async function markPersonMerged(
  tx: DbOrTx,
  id: string,
  survivorId: string,
  now: Date,
): Promise<PersonRow | undefined> {
  const [row] = await tx
    .update(people)
    .set({ archivedAt: now, mergedIntoId: survivorId, updatedAt: sql`now()` })
    .where(eq(people.id, id))
    .returning();
  return row;
}
