import { certificates } from "../../db/schema.js";
import { newCertificateNumber } from "../../modules/certificates/certificates.service.js";
import { makeBoard, makeBoardMeeting } from "../activity-factories.js";
import { makeEvent, makeParticipation, makePerson } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

/**
 * "own": a workshop organised by the actor's organisation and trained by the signed-in trainer,
 * with an eligible participant; "other": one of another organisation with none of the actor's people.
 */
async function trainingFor(w: World, scenario: Scenario) {
  if (scenario === "missing") return null;
  const organizationId = scenario === "own" ? w.ownOrganizationId : w.otherOrganizationId;
  const event = await makeEvent(w.db, { organizerIds: [organizationId], kind: "workshop" });
  if (scenario === "own") {
    await makeParticipation(w.db, { eventId: event.id, personId: w.trainerPersonId, role: "trainer" });
  }
  const person = await makePerson(w.db, { organizationId, givenName: "Ђурђа", familyName: "Шарић" });
  await makeParticipation(w.db, { eventId: event.id, personId: person.id });
  return { event, person };
}
const trainingId = async (w: World, s: Scenario) => (await trainingFor(w, s))?.event.id ?? MISSING_ID;

/** A certificate issued in the scenario's training. */
async function certificateFor(w: World, scenario: Scenario) {
  const training = await trainingFor(w, scenario);
  if (!training) return null;
  const [row] = await w.db
    .insert(certificates)
    .values({
      number: newCertificateNumber("2012"),
      eventId: training.event.id,
      personId: training.person.id,
    })
    .returning();
  return row ?? null;
}
const certificateId = async (w: World, s: Scenario) => (await certificateFor(w, s))?.id ?? MISSING_ID;

/** Who reads a training's participants reads its certificates. */
const certificateReaders = expectations({
  staff: "200 200 404",
  representative: "200 404 404",
  partner: "200 404 404",
  trainer: "200 404 404",
  viewer: "403",
});

/** Who may update the training issues and revokes its certificates. */
const certificateWriters = expectations({
  staff: "200 200 404",
  representative: "200 404 404",
  partner: "200 404 404",
  others: "403",
});

export const certificateCases: RouteCase[] = [
  {
    route: "GET /api/events/:id/certificates",
    request: async (w, s) => ({ url: `/api/events/${await trainingId(w, s)}/certificates` }),
    expect: certificateReaders,
  },
  {
    route: "POST /api/events/:id/certificates",
    request: async (w, s) => ({ url: `/api/events/${await trainingId(w, s)}/certificates`, payload: {} }),
    expect: certificateWriters,
  },
  {
    route: "GET /api/events/:id/certificates.pdf",
    request: async (w, s) => {
      const certificate = await certificateFor(w, s);
      return { url: `/api/events/${certificate?.eventId ?? MISSING_ID}/certificates.pdf` };
    },
    expect: certificateReaders,
  },
  {
    route: "GET /api/certificates/:id.pdf",
    request: async (w, s) => ({ url: `/api/certificates/${await certificateId(w, s)}.pdf` }),
    expect: certificateReaders,
  },
  {
    route: "POST /api/certificates/:id/revoke",
    request: async (w, s) => ({
      url: `/api/certificates/${await certificateId(w, s)}/revoke`,
      payload: { reason: "Izdat greškom" },
    }),
    expect: certificateWriters,
  },
  {
    // Public: a genuine, an unknown well-formed and a malformed number all answer 200.
    route: "GET /api/verify/:number",
    request: async (w, s) => {
      const certificate = s === "own" ? await certificateFor(w, "other") : null;
      const number = certificate?.number ?? (s === "other" ? "BIH-2012-AAAAAAAA" : "nije-broj");
      return { url: `/api/verify/${number}` };
    },
    expect: expectations({ others: "200", anonymous: "200" }),
  },
];

/** A recorded board meeting organised by the scenario's organisation. */
async function meetingId(w: World, scenario: Scenario) {
  if (scenario === "missing") return MISSING_ID;
  const board = await makeBoard(w.db);
  const organizationId = scenario === "own" ? w.ownOrganizationId : w.otherOrganizationId;
  const event = await makeBoardMeeting(w.db, {
    boardId: board.id,
    organizerIds: [organizationId],
    minutes: "<p>Sjednica otvorena – сједница отворена.</p>",
  });
  return event.id;
}

/** The printed meeting record follows the record's read rule (the event's). */
export const meetingPdfCases: RouteCase[] = [
  {
    route: "GET /api/events/:id/meeting.pdf",
    request: async (w, s) => ({ url: `/api/events/${await meetingId(w, s)}/meeting.pdf` }),
    expect: expectations({ partner: "200 404 404", trainer: "404", others: "200 200 404" }),
  },
];
