/**
 * Certificates of trainings: eligibility per participant, issuing (numbered, audited), revoking
 * with a reason (audited), the printed certificates and the public check of a number.
 * Who may do what is `certificatePolicy`: reading follows the training's participants; issuing and
 * revoking follow the training itself.
 */
import { randomBytes } from "node:crypto";
import type {
  Certificate,
  CertificateCandidate,
  CertificateOverview,
  Verification,
} from "../../../common/schemas/certificates.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { AppError, conflict, fieldError, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { localeOf } from "../../i18n/locale.js";
import type { MailDeps } from "../../mail/mailer.js";
import type { PdfDownload } from "../../pdf/reply.js";
import { recordAudit } from "../audit/audit.service.js";
import { eventLinksOf } from "../events/events.service.js";
import { certificatesDocument } from "./certificate-pdf.js";
import { mailIssued } from "./certificates.mail.js";
import { certificatePolicy } from "./certificates.policy.js";
import {
  type Candidate,
  eventExists,
  hasCertificate,
  insertCertificate,
  lockCertificate,
  revokeCertificateRow,
  selectByNumber,
  selectCandidates,
  selectCertificate,
  selectEventCertificates,
  selectTraining,
  type Training,
} from "./certificates.queries.js";
import { attendanceShare, daysOf, ineligibility, postTestShare } from "./eligibility.js";

/** The kinds of event that are trainings and may certify their participants. */
export const trainingKinds = ["training_of_trainers", "seminar", "workshop"] as const;

/** Letters and digits that cannot be mistaken for each other when typed: no 0, O, 1 or I. */
export const numberAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const numberPattern = /^BIH-\d{4}-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/;

/** A new certificate number, e.g. `BIH-2012-7KQ4M2XP`: the training's year and 40 random bits. */
export function newCertificateNumber(year: string): string {
  // 32 letters: each random byte's low five bits pick one without bias.
  const code = [...randomBytes(8)].map((byte) => numberAlphabet[byte & 31]).join("");
  return `BIH-${year}-${code}`;
}

/** A typed number as stored: trimmed, upper case; undefined when it cannot be one. */
export function normalizeNumber(typed: string): string | undefined {
  const number = typed.trim().toUpperCase();
  return numberPattern.test(number) ? number : undefined;
}

/** The training, or 404; a 400 when the event is not a training. */
async function loadTraining(db: DbOrTx, eventId: string): Promise<Training> {
  const training = await selectTraining(db, eventId);
  if (!training) throw notFound("Event");
  if (!(trainingKinds as readonly string[]).includes(training.kind)) {
    throw invalid("", "no_certificates_for_kind");
  }
  return training;
}

/** Readers of the event's participants; the event must exist and be readable, else 404. */
async function authorizeRead(db: DbOrTx, actor: Actor, eventId: string) {
  enforce(certificatePolicy(actor, "read"), "Certificate");
  if (!(await eventExists(db, eventId))) throw notFound("Event");
  const facts = await eventLinksOf(db, eventId);
  enforce(certificatePolicy(actor, "readTraining", facts), "Event");
  enforce(certificatePolicy(actor, "read", facts), "Certificate");
}

/** Those who may issue or revoke the training's certificates; it must exist and be readable, else 404. */
async function authorizeWrite(db: DbOrTx, actor: Actor, eventId: string, action: "issue" | "revoke") {
  enforce(certificatePolicy(actor, action), "Certificate");
  if (!(await eventExists(db, eventId, true))) throw notFound("Event");
  const facts = await eventLinksOf(db, eventId);
  enforce(certificatePolicy(actor, action, facts), "Event");
}

/** A participant with the verdict on their certificate. */
function judge(candidate: Candidate, training: Training): CertificateCandidate {
  const facts = { days: daysOf(training.startsOn, training.endsOn), isHeld: training.status === "held" };
  const reasons = ineligibility(candidate.record, facts, training.rule);
  return {
    personId: candidate.personId,
    givenName: candidate.givenName,
    familyName: candidate.familyName,
    role: candidate.record.role,
    attendanceShare: attendanceShare(candidate.record, facts),
    postTestShare: postTestShare(candidate.record),
    eligible: reasons.length === 0,
    reasons,
    certificate: candidate.certificate,
  };
}

/** Every participant of a training: eligible or why not, and the certificate issued. */
export async function getCertificateOverview(
  db: Db,
  actor: Actor,
  eventId: string,
): Promise<CertificateOverview> {
  await authorizeRead(db, actor, eventId);
  const training = await loadTraining(db, eventId);
  const candidates = await selectCandidates(db, eventId);
  return {
    eventId,
    rules: { ...training.rule, isDefault: !training.hasRules },
    items: candidates.map((candidate) => judge(candidate, training)),
  };
}

/** Inserts one certificate, drawing a new number while the drawn one is taken; the new id or undefined. */
async function issueOne(
  tx: DbOrTx,
  actor: Actor | null,
  training: Training,
  personId: string,
  issuedAt?: Date,
) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const number = newCertificateNumber(training.startsOn.slice(0, 4));
    const id = await insertCertificate(tx, {
      number,
      eventId: training.id,
      personId,
      issuedBy: actor?.userId ?? null,
      ...(issuedAt ? { issuedAt } : {}),
    });
    if (id) return id;
    if (await hasCertificate(tx, training.id, personId)) return undefined;
  }
  throw new AppError("INTERNAL", "No free certificate number was found");
}

/** Issues a certificate to each candidate without one, each audited; the ids of those issued. */
async function issueTo(
  tx: DbOrTx,
  actor: Actor | null,
  training: Training,
  chosen: CertificateCandidate[],
  issuedAt?: Date,
) {
  const issued: string[] = [];
  for (const candidate of chosen.filter((c) => c.certificate === null)) {
    const id = await issueOne(tx, actor, training, candidate.personId, issuedAt);
    if (!id) continue;
    issued.push(id);
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "certificate",
      entityId: id,
      after: await selectCertificate(tx, id),
    });
  }
  return issued;
}

/**
 * Issues certificates, dated the training's last day, to every eligible participant of a training
 * who has none, with no user behind it (the default data); callers that act for a user use
 * `issueCertificates`.
 */
export async function issueToEligible(tx: DbOrTx, eventId: string): Promise<number> {
  const training = await loadTraining(tx, eventId);
  const eligible = (await selectCandidates(tx, eventId))
    .map((c) => judge(c, training))
    .filter((c) => c.eligible);
  const lastDay = new Date(`${training.endsOn}T12:00:00Z`);
  return (await issueTo(tx, null, training, eligible, lastDay)).length;
}

/**
 * Issues certificates to the eligible participants who have none yet, or to the people named
 * (each must be an eligible participant: else 400). Each certificate issued is audited, and its
 * holder mailed once the certificates are committed.
 */
export async function issueCertificates(
  db: Db,
  mail: MailDeps,
  actor: Actor,
  eventId: string,
  personIds: string[] | undefined,
): Promise<{ issued: Certificate[] }> {
  enforce(certificatePolicy(actor, "issue"), "Certificate");
  const ids = await db.transaction(async (tx) => {
    await authorizeWrite(tx, actor, eventId, "issue");
    const training = await loadTraining(tx, eventId);
    const judged = (await selectCandidates(tx, eventId)).map((c) => judge(c, training));
    let chosen: CertificateCandidate[];
    if (personIds) {
      chosen = [];
      for (const [i, personId] of [...new Set(personIds)].entries()) {
        const candidate = judged.find((c) => c.personId === personId);
        if (!candidate) throw invalid(`personIds.${i}`, "not_a_participant");
        if (!candidate.eligible) {
          // One detail for each reason the person may not receive a certificate.
          const details = candidate.reasons.map((why) => fieldError(`personIds.${i}`, `ineligible_${why}`));
          throw new AppError("VALIDATION", "The request is not valid", details);
        }
        chosen.push(candidate);
      }
    } else {
      chosen = judged.filter((c) => c.eligible);
    }
    return issueTo(tx, actor, training, chosen);
  });
  await mailIssued(db, mail, ids);
  const issued = await Promise.all(ids.map((id) => selectCertificate(db, id)));
  return { issued: issued.filter((c): c is Certificate => c !== undefined) };
}

/** Revokes a certificate with a reason, audited; its number stays taken and checks as not genuine. */
export async function revokeCertificate(
  db: Db,
  actor: Actor,
  id: string,
  reason: string,
  now: Date,
): Promise<Certificate> {
  enforce(certificatePolicy(actor, "revoke"), "Certificate");
  await db.transaction(async (tx) => {
    const row = await lockCertificate(tx, id);
    if (!row) throw notFound("Certificate");
    await authorizeWrite(tx, actor, row.eventId, "revoke");
    if (row.revokedAt !== null) throw conflict("certificate_already_revoked");
    const after = await revokeCertificateRow(tx, id, now, reason);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "certificate",
      entityId: id,
      before: row,
      after,
      reason,
    });
  });
  const certificate = await selectCertificate(db, id);
  if (!certificate) throw notFound("Certificate");
  return certificate;
}

/** The printed certificate of one participant; a revoked one is not printed (409). */
export async function certificatePdf(db: Db, actor: Actor, id: string, origin: string): Promise<PdfDownload> {
  enforce(certificatePolicy(actor, "read"), "Certificate");
  const certificate = await selectCertificate(db, id);
  if (!certificate) throw notFound("Certificate");
  await authorizeRead(db, actor, certificate.eventId);
  if (certificate.revokedAt !== null) throw conflict("certificate_revoked");
  const training = await loadTraining(db, certificate.eventId);
  const locale = await localeOf(db, actor.userId);
  return {
    fileName: `${certificate.number} ${certificate.givenName} ${certificate.familyName}.pdf`,
    definition: certificatesDocument([certificate], training, locale, origin),
  };
}

/** The printed certificates of a training, one page each, revoked ones left out; 409 when none. */
export async function eventCertificatesPdf(
  db: Db,
  actor: Actor,
  eventId: string,
  origin: string,
): Promise<PdfDownload> {
  await authorizeRead(db, actor, eventId);
  const training = await loadTraining(db, eventId);
  const valid = (await selectEventCertificates(db, eventId)).filter((c) => c.revokedAt === null);
  if (valid.length === 0) throw conflict("no_certificates_issued");
  const locale = await localeOf(db, actor.userId);
  return {
    fileName: `${training.title} ${training.startsOn}.pdf`,
    definition: certificatesDocument(valid, training, locale, origin),
  };
}

/**
 * The public check of a number: the holder's name and the training for an issued certificate that
 * is not revoked; `{ genuine: false }` for anything else, and nothing more.
 */
export async function verifyCertificate(db: Db, typed: string): Promise<Verification> {
  const number = normalizeNumber(typed);
  if (!number) return { genuine: false };
  const row = await selectByNumber(db, number);
  if (!row || row.revokedAt !== null) return { genuine: false };
  return {
    genuine: true,
    name: `${row.givenName} ${row.familyName}`,
    eventTitle: row.eventTitle,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
  };
}
