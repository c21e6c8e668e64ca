import { and, eq } from "drizzle-orm";
import type { Participation } from "../../../common/schemas/events.js";
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
