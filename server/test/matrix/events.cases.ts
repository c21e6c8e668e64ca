import { findMunicipality, makeEvent, makeParticipation, makePerson, makeProject } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

/**
 * "own": an event organised by the actor's organisation, trained by the signed-in trainer;
 * "other": an event of another organisation with none of the actor's people in it.
 */
async function eventFor(w: World, scenario: Scenario) {
  if (scenario === "missing") return null;
  if (scenario === "other") return makeEvent(w.db, { organizerIds: [w.otherOrganizationId] });
  const event = await makeEvent(w.db, { organizerIds: [w.ownOrganizationId] });
  await makeParticipation(w.db, { eventId: event.id, personId: w.trainerPersonId, role: "trainer" });
  return event;
}
const eventId = async (w: World, s: Scenario) => (await eventFor(w, s))?.id ?? MISSING_ID;

/** A participation in the scenario's event; "missing" is an unknown participation of an own event. */
async function participationUrl(w: World, scenario: Scenario) {
  const event = await eventFor(w, scenario === "missing" ? "own" : scenario);
  if (!event) throw new Error("unreachable");
  const organizationId = scenario === "other" ? w.otherOrganizationId : w.ownOrganizationId;
  const person = await makePerson(w.db, {
    organizationId,
    sex: "male",
    givenName: "Đorđe",
    familyName: "Šarić",
  });
  const participation = await makeParticipation(w.db, { eventId: event.id, personId: person.id });
  return `/api/events/${event.id}/participations/${scenario === "missing" ? MISSING_ID : participation.id}`;
}

/** "own": a person of the actor's organisation taking part in an own event; "other": one of another organisation. */
async function personId(w: World, scenario: Scenario) {
  if (scenario === "missing") return MISSING_ID;
  const event = await eventFor(w, scenario);
  const organizationId = scenario === "own" ? w.ownOrganizationId : w.otherOrganizationId;
  const person = await makePerson(w.db, { organizationId, givenName: "Јелена", familyName: "Петровић" });
  if (event) await makeParticipation(w.db, { eventId: event.id, personId: person.id });
  return person.id;
}

const ownEventWrites = expectations({
  staff: "200 200 404",
  representative: "200 404 404",
  partner: "200 404 404",
  others: "403",
});
const ownPeopleWrites = ownEventWrites;

export const eventCases: RouteCase[] = [
  {
    route: "GET /api/events",
    request: async () => ({ url: "/api/events" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/events/:id",
    request: async (w, s) => ({ url: `/api/events/${await eventId(w, s)}` }),
    expect: expectations({
      staff: "200 200 404",
      representative: "200 200 404",
      viewer: "200 200 404",
      partner: "200 404 404",
      trainer: "200 404 404",
    }),
  },
  {
    // Organised by the actor's organisation, by another one, or by one that does not exist.
    route: "POST /api/events",
    request: async (w, s) => ({
      url: "/api/events",
      payload: {
        title: "Radionica u Bihaću",
        kind: "workshop",
        startsOn: "2013-04-10",
        endsOn: "2013-04-10",
        jurisdictionId: (await findMunicipality(w.db)).id,
        organizerIds: [
          s === "own" ? w.ownOrganizationId : s === "other" ? w.otherOrganizationId : MISSING_ID,
        ],
      },
    }),
    expect: expectations({
      staff: "201 201 400",
      representative: "201 400 400",
      partner: "201 400 400",
      others: "403",
    }),
  },
  {
    route: "PATCH /api/events/:id",
    request: async (w, s) => ({
      url: `/api/events/${await eventId(w, s)}`,
      payload: { venue: "Dom kulture" },
    }),
    expect: ownEventWrites,
  },
  {
    route: "DELETE /api/events/:id",
    request: async (w, s) => ({ url: `/api/events/${await eventId(w, s)}` }),
    expect: ownEventWrites,
  },
  {
    route: "POST /api/events/:id/restore",
    request: async (w, s) => ({ url: `/api/events/${await eventId(w, s)}/restore` }),
    expect: ownEventWrites,
  },
  {
    route: "GET /api/events/:id/participations",
    request: async (w, s) => ({ url: `/api/events/${await eventId(w, s)}/participations` }),
    expect: expectations({
      staff: "200 200 404",
      representative: "200 404 404",
      partner: "200 404 404",
      trainer: "200 404 404",
      viewer: "403",
    }),
  },
  {
    route: "POST /api/events/:id/participations",
    request: async (w, s) => ({
      url: `/api/events/${await eventId(w, s)}/participations`,
      payload: { newPerson: { givenName: "Ćamila", familyName: "Džafić", sex: "female" } },
    }),
    expect: expectations({
      staff: "201 201 404",
      representative: "201 404 404",
      partner: "201 404 404",
      others: "403",
    }),
  },
  {
    route: "PATCH /api/events/:id/participations/:participationId",
    request: async (w, s) => ({ url: await participationUrl(w, s), payload: { attended: false } }),
    expect: expectations({
      staff: "200 200 404",
      representative: "200 404 404",
      partner: "200 404 404",
      trainer: "200 404 404",
      viewer: "403",
    }),
  },
  {
    route: "DELETE /api/events/:id/participations/:participationId",
    request: async (w, s) => ({ url: await participationUrl(w, s) }),
    expect: expectations({
      staff: "204 204 404",
      representative: "204 404 404",
      partner: "204 404 404",
      others: "403",
    }),
  },
  {
    route: "GET /api/people",
    request: async () => ({ url: "/api/people" }),
    expect: expectations({ others: "200", viewer: "403" }),
  },
  {
    route: "GET /api/people/:id",
    request: async (w, s) => ({ url: `/api/people/${await personId(w, s)}` }),
    expect: expectations({
      staff: "200 200 404",
      representative: "200 404 404",
      partner: "200 404 404",
      trainer: "200 404 404",
      viewer: "403",
    }),
  },
  {
    route: "POST /api/people",
    request: async (w) => ({
      url: "/api/people",
      payload: {
        givenName: "Željka",
        familyName: "Čović",
        sex: "female",
        organizationId: w.ownOrganizationId,
      },
    }),
    expect: expectations({ staff: "201", representative: "201", partner: "201", others: "403" }),
  },
  {
    route: "PATCH /api/people/:id",
    request: async (w, s) => ({
      url: `/api/people/${await personId(w, s)}`,
      payload: { position: "Savjetnica" },
    }),
    expect: ownPeopleWrites,
  },
  {
    route: "DELETE /api/people/:id",
    request: async (w, s) => ({ url: `/api/people/${await personId(w, s)}` }),
    expect: ownPeopleWrites,
  },
  {
    route: "POST /api/people/:id/restore",
    request: async (w, s) => ({ url: `/api/people/${await personId(w, s)}/restore` }),
    expect: ownPeopleWrites,
  },
  {
    // Staff only, across every organisation.
    route: "GET /api/people/duplicates",
    request: async () => ({ url: "/api/people/duplicates" }),
    expect: expectations({ staff: "200", others: "403" }),
  },
  {
    // The scenario's person is the survivor; the other is a new person of the actor's organisation.
    route: "POST /api/people/:id/merge",
    request: async (w, s) => ({
      url: `/api/people/${await personId(w, s)}/merge`,
      payload: { otherId: (await makePerson(w.db, { organizationId: w.ownOrganizationId })).id },
    }),
    expect: expectations({ staff: "200 200 404", others: "403" }),
  },
  {
    // Aggregates only: every role may read them; an unknown project is 404.
    route: "GET /api/dashboard",
    request: async (w, s) => ({
      url: `/api/dashboard?projectId=${s === "missing" ? MISSING_ID : (await makeProject(w.db)).id}`,
    }),
    expect: expectations({ others: "200 200 404" }),
  },
];
