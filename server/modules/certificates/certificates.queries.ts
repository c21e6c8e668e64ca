import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Certificate } from "../../../common/schemas/certificates.js";
import type { ParticipationRole } from "../../../common/schemas/enums.js";
import type { DbOrTx } from "../../db/client.js";
import { lockById } from "../../db/rows.js";
import {
  attendanceDays,
  certificates,
  eventOrganizers,
  events,
  jurisdictions,
  organizations,
  participations,
  people,
  trainingRules,
  users,
} from "../../db/schema.js";
import { sortable, toNumber } from "../../db/sql.js";
import { type CertificateRule, defaultRule } from "./eligibility.js";

/** A training with its place, organisers and certificate rules (the default rule without a row). */
export async function selectTraining(db: DbOrTx, eventId: string) {
  const [row] = await db
    .select({
      id: events.id,
      title: events.title,
      kind: events.kind,
      status: events.status,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
      placeLatin: jurisdictions.nameLatin,
      placeCyrillic: jurisdictions.nameCyrillic,
      minAttendanceShare: trainingRules.minAttendanceShare,
      passMark: trainingRules.passMark,
      issuesCertificates: trainingRules.issuesCertificates,
    })
    .from(events)
    .innerJoin(jurisdictions, eq(jurisdictions.id, events.jurisdictionId))
    .leftJoin(trainingRules, eq(trainingRules.eventId, events.id))
    .where(eq(events.id, eventId));
  if (!row) return undefined;
  const organizers = await db
    .select({ name: organizations.name })
    .from(eventOrganizers)
    .innerJoin(organizations, eq(organizations.id, eventOrganizers.organizationId))
    .where(eq(eventOrganizers.eventId, eventId))
    .orderBy(asc(sortable(organizations.name)));
  const hasRules = row.minAttendanceShare !== null;
  const rule: CertificateRule = hasRules
    ? {
        minAttendanceShare: Number(row.minAttendanceShare),
        passMark: toNumber(row.passMark),
        issuesCertificates: row.issuesCertificates ?? true,
      }
    : defaultRule;
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    place: { latin: row.placeLatin, cyrillic: row.placeCyrillic },
    organizers: organizers.map((o) => o.name),
    rule,
    hasRules,
  };
}
export type Training = NonNullable<Awaited<ReturnType<typeof selectTraining>>>;

const certificateColumns = {
  id: certificates.id,
  number: certificates.number,
  eventId: certificates.eventId,
  personId: certificates.personId,
  givenName: people.givenName,
  familyName: people.familyName,
  issuedAt: certificates.issuedAt,
  revokedAt: certificates.revokedAt,
  revokedReason: certificates.revokedReason,
};

/** The certificate columns as selected; all null when a left join found none. */
interface CertificateRow {
  id: string | null;
  number: string | null;
  eventId: string | null;
  personId: string | null;
  givenName: string | null;
  familyName: string | null;
  issuedAt: Date | null;
  revokedAt: Date | null;
  revokedReason: string | null;
}

/** A certificate row as the API shows it. */
function toCertificate(row: CertificateRow): Certificate {
  return {
    id: row.id as string,
    number: row.number as string,
    eventId: row.eventId as string,
    personId: row.personId as string,
    givenName: row.givenName as string,
    familyName: row.familyName as string,
    issuedAt: (row.issuedAt as Date).toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedReason: row.revokedReason,
  };
}

/** Everyone taking part in the training, with their attendance days, test and certificate. */
export async function selectCandidates(db: DbOrTx, eventId: string) {
  const inDates = sql`${attendanceDays.day} between ${events.startsOn} and ${events.endsOn}`;
  const rows = await db
    .select({
      personId: participations.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      role: participations.role,
      attended: participations.attended,
      postTestScore: participations.postTestScore,
      testMaxScore: participations.testMaxScore,
      daysRecorded:
        sql<number>`(select count(*) from ${attendanceDays} where ${attendanceDays.eventId} = ${participations.eventId} and ${attendanceDays.personId} = ${participations.personId} and ${inDates})`.mapWith(
          Number,
        ),
      daysPresent:
        sql<number>`(select count(*) from ${attendanceDays} where ${attendanceDays.eventId} = ${participations.eventId} and ${attendanceDays.personId} = ${participations.personId} and ${attendanceDays.present} and ${inDates})`.mapWith(
          Number,
        ),
      certificate: certificateColumns,
    })
    .from(participations)
    .innerJoin(events, eq(events.id, participations.eventId))
    .innerJoin(people, eq(people.id, participations.personId))
    .leftJoin(
      certificates,
      and(
        eq(certificates.eventId, participations.eventId),
        eq(certificates.personId, participations.personId),
      ),
    )
    .where(eq(participations.eventId, eventId))
    .orderBy(asc(sortable(people.familyName)), asc(sortable(people.givenName)), participations.personId);
  return rows.map((row) => ({
    personId: row.personId,
    givenName: row.givenName,
    familyName: row.familyName,
    record: {
      role: row.role as ParticipationRole,
      attended: row.attended,
      daysPresent: row.daysRecorded === 0 ? null : row.daysPresent,
      postTestScore: toNumber(row.postTestScore),
      testMaxScore: toNumber(row.testMaxScore),
    },
    certificate: row.certificate.id === null ? null : toCertificate(row.certificate),
  }));
}
export type Candidate = Awaited<ReturnType<typeof selectCandidates>>[number];

/** One certificate with the name of its holder. */
export async function selectCertificate(db: DbOrTx, id: string): Promise<Certificate | undefined> {
  const [row] = await db
    .select(certificateColumns)
    .from(certificates)
    .innerJoin(people, eq(people.id, certificates.personId))
    .where(eq(certificates.id, id));
  return row && toCertificate(row);
}

/** The issued certificates of an event, revoked ones included, in the order of the holders' names. */
export async function selectEventCertificates(db: DbOrTx, eventId: string): Promise<Certificate[]> {
  const rows = await db
    .select(certificateColumns)
    .from(certificates)
    .innerJoin(people, eq(people.id, certificates.personId))
    .where(eq(certificates.eventId, eventId))
    .orderBy(asc(sortable(people.familyName)), asc(sortable(people.givenName)), certificates.id);
  return rows.map(toCertificate);
}

/** A certificate by its number, with the holder's name and the training. */
export async function selectByNumber(db: DbOrTx, number: string) {
  const [row] = await db
    .select({
      givenName: people.givenName,
      familyName: people.familyName,
      eventTitle: events.title,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
      revokedAt: certificates.revokedAt,
    })
    .from(certificates)
    .innerJoin(people, eq(people.id, certificates.personId))
    .innerJoin(events, eq(events.id, certificates.eventId))
    .where(eq(certificates.number, number));
  return row;
}

/** Inserts a certificate unless its number or its (event, person) is taken; the new id, or undefined. */
export async function insertCertificate(
  db: DbOrTx,
  values: { number: string; eventId: string; personId: string; issuedBy: string | null; issuedAt?: Date },
): Promise<string | undefined> {
  const [row] = await db
    .insert(certificates)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: certificates.id });
  return row?.id;
}

/** Whether the person already holds a certificate of the event (revoked or not). */
export async function hasCertificate(db: DbOrTx, eventId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: certificates.id })
    .from(certificates)
    .where(and(eq(certificates.eventId, eventId), eq(certificates.personId, personId)));
  return row !== undefined;
}

/** Whether the event exists; `lock` holds its row until the transaction ends. */
export async function eventExists(db: DbOrTx, eventId: string, lock = false): Promise<boolean> {
  const query = db.select({ id: events.id }).from(events).where(eq(events.id, eventId));
  const [event] = lock ? await query.for("update") : await query;
  return Boolean(event);
}

export type CertificateTableRow = typeof certificates.$inferSelect;

/** The certificate, locked until the transaction ends; undefined when missing. */
export const lockCertificate = (tx: DbOrTx, id: string) => lockById(tx, certificates, id);

/** Revokes the certificate at `at` with the reason; returns the row as it is after the change. */
export async function revokeCertificateRow(
  tx: DbOrTx,
  id: string,
  at: Date,
  reason: string,
): Promise<CertificateTableRow | undefined> {
  const [after] = await tx
    .update(certificates)
    .set({ revokedAt: at, revokedReason: reason })
    .where(eq(certificates.id, id))
    .returning();
  return after;
}

/**
 * What the mail of newly issued certificates needs: each holder's address (people with one, whose
 * record is not archived) and the language of the account linked to the holder, if any.
 */
export async function selectCertificateMails(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  const linkedLocale = db
    .select({ locale: users.locale })
    .from(users)
    .where(and(eq(users.personId, people.id), eq(users.isActive, true)))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return db
    .select({
      number: certificates.number,
      givenName: people.givenName,
      familyName: people.familyName,
      email: people.email,
      locale: sql<string | null>`(${linkedLocale})`,
      title: events.title,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
    })
    .from(certificates)
    .innerJoin(people, eq(people.id, certificates.personId))
    .innerJoin(events, eq(events.id, certificates.eventId))
    .where(
      and(
        inArray(certificates.id, ids),
        isNull(certificates.revokedAt),
        isNull(people.archivedAt),
        sql`nullif(trim(${people.email}), '') is not null`,
      ),
    )
    .orderBy(asc(certificates.number));
}
