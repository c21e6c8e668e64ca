/**
 * The world the list-scope check reads: for every scoped list, rows of the reader's own
 * organisation and rows of another organisation, and signed-in readers of every role.
 * See `scope.table.ts` for what is checked on it.
 */
import type { Role } from "../../../common/schemas/enums.js";
import type { Db } from "../../db/client.js";
import { auditLog } from "../../db/schema.js";
import type { FileStore } from "../../files/store.js";
import type { Actor } from "../../http/actor.js";
import { makeActionItem, makeBoard, makeBoardMeeting, makeEvaluation } from "../activity-factories.js";
import {
  findMunicipality,
  linkIndicator,
  makeEvent,
  makeEvidence,
  makeImport,
  makeIndicator,
  makeOrganization,
  makeParticipation,
  makePeriod,
  makePerson,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../factories.js";

export interface Reader {
  actor: Actor;
  cookie: string;
}

export interface ScopeWorld {
  db: Db;
  ownOrganizationId: string;
  otherOrganizationId: string;
  readers: Record<Role, Reader>;
  /** Organised by the own organisation, trained by the signed-in trainer, with people of both. */
  ownEventId: string;
  /** A board meeting organised by the own organisation (trained by the trainer), with action items. */
  ownMeetingId: string;
  /** The period both organisations report for. */
  periodId: string;
  ownSubmissionId: string;
  municipalityId: string;
}

/** Makes the world once: each scoped list holds rows the readers may and may not read. */
export async function makeScopeWorld(db: Db, files: FileStore): Promise<ScopeWorld> {
  const own = (await makeOrganization(db, { sector: "civil_society" })).id;
  const other = (await makeOrganization(db, { sector: "police" })).id;
  const trainerPerson = (await makePerson(db, { organizationId: own })).id;
  const readers = {} as Record<Role, Reader>;
  for (const role of ["administrator", "coordinator", "representative", "partner", "viewer"] as const) {
    const { actor, cookie } = await makeSignedInUser(db, role, { organizationId: own });
    readers[role] = { actor, cookie };
  }
  const trainer = await makeSignedInUser(db, "trainer", { personId: trainerPerson });
  readers.trainer = { actor: trainer.actor, cookie: trainer.cookie };
  const otherUser = (await makeSignedInUser(db, "partner", { organizationId: other })).user.id;
  const municipalityId = (await findMunicipality(db)).id;

  // People: own, another organisation's alone, and another organisation's taking part in events.
  const ownPerson = (await makePerson(db, { organizationId: own })).id;
  const otherPerson = (await makePerson(db, { organizationId: other })).id;
  const otherGuest = (await makePerson(db, { organizationId: other })).id;
  await makePerson(db, { organizationId: other });
  await makePerson(db, { organizationId: null, registeredByOrganizationId: other });
  // A probable duplicate of another organisation's person, in the other script.
  await makePerson(db, { organizationId: other, givenName: "Mirjana", familyName: "Kovačević" });
  await makePerson(db, { organizationId: other, givenName: "Мирјана", familyName: "Ковачевић" });

  // Events: own (trained by the trainer), another organisation's, and another organisation's
  // where the own organisation's people took part; each kind of event appears in every list.
  const ownEventId = await eventWith(db, [own], [trainerPerson, ownPerson, otherGuest], trainerPerson);
  await makeEvaluation(db, { eventId: ownEventId, personId: ownPerson });
  await makeEvaluation(db, { eventId: ownEventId, personId: otherGuest });
  const otherEvent = await eventWith(db, [other], [otherPerson]);
  await makeEvaluation(db, { eventId: otherEvent, personId: otherPerson });
  const attendedEvent = await eventWith(db, [other], [ownPerson, otherPerson]);
  for (const [organizer, trainedBy] of [
    [own, trainerPerson],
    [other, null],
  ] as const) {
    const kind = "training_of_trainers";
    const tot = (await makeEvent(db, { organizerIds: [organizer], kind })).id;
    if (trainedBy) await makeParticipation(db, { eventId: tot, personId: trainedBy, role: "trainer" });
    await makeParticipation(db, { eventId: tot, personId: organizer === own ? ownPerson : otherPerson });
  }
  await makeEvent(db, { organizerIds: [other], status: "planned" });

  // Board meetings and their action items: one of each organisation.
  const board = (await makeBoard(db)).id;
  const ownMeetingId = (await makeBoardMeeting(db, { boardId: board, organizerIds: [own] })).id;
  await makeParticipation(db, { eventId: ownMeetingId, personId: trainerPerson, role: "trainer" });
  await makeActionItem(db, { eventId: ownMeetingId, ownerOrganizationId: own });
  await makeActionItem(db, { eventId: ownMeetingId, ownerOrganizationId: other });
  const otherMeeting = (await makeBoardMeeting(db, { boardId: board, organizerIds: [other] })).id;
  await makeActionItem(db, { eventId: otherMeeting, ownerOrganizationId: other });

  // Submissions: both organisations report for one period; the other's is waiting for review.
  const plan = (await makePlan(db)).id;
  const periodId = (await makePeriod(db, { planId: plan })).id;
  const indicator = (await makeIndicator(db, { planId: plan })).id;
  await linkIndicator(db, indicator, { organizationIds: [own, other] });
  const ownSubmissionId = (await makeSubmission(db, { organizationId: own, reportingPeriodId: periodId })).id;
  const otherSubmission = (
    await makeSubmission(db, {
      organizationId: other,
      reportingPeriodId: periodId,
      status: "submitted",
      submittedAt: new Date("2013-08-01T10:00:00Z"),
    })
  ).id;
  await makeEvidence(db, files, { submissionId: ownSubmissionId });
  await makeEvidence(db, files, { submissionId: otherSubmission });

  // Imports: by another user into another organisation's event, into the own event, and of people.
  await makeImport(db, files, { kind: "attendance", createdBy: otherUser, eventId: otherEvent });
  await makeImport(db, files, { kind: "attendance", createdBy: otherUser, eventId: attendedEvent });
  await makeImport(db, files, { kind: "attendance", createdBy: otherUser, eventId: ownEventId });
  await makeImport(db, files, { kind: "people", createdBy: otherUser, organizationId: other });
  for (const role of ["representative", "partner"] as const) {
    const createdBy = readers[role].actor.userId;
    await makeImport(db, files, { kind: "people", createdBy, organizationId: own });
  }

  // The audit log: another user's change to another organisation.
  await db.insert(auditLog).values({
    actorUserId: otherUser,
    action: "update",
    entityType: "organization",
    entityId: other,
    before: { name: "Prije" },
    after: { name: "Poslije" },
  });

  return {
    db,
    ownOrganizationId: own,
    otherOrganizationId: other,
    readers,
    ownEventId,
    ownMeetingId,
    periodId,
    ownSubmissionId,
    municipalityId,
  };
}

/** An event of these organisers with these participants (the first `trainer` as its trainer). */
async function eventWith(db: Db, organizerIds: string[], personIds: string[], trainer?: string) {
  const event = (await makeEvent(db, { organizerIds })).id;
  for (const personId of personIds) {
    await makeParticipation(db, {
      eventId: event,
      personId,
      ...(personId === trainer ? { role: "trainer" as const } : {}),
    });
  }
  return event;
}
