import { makeEvent, makeParticipation } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

/**
 * "own": a TOT organised by the actor's organisation, trained by the signed-in trainer;
 * "other": a TOT of another organisation with none of the actor's people in it.
 */
async function totId(w: World, scenario: Scenario) {
  if (scenario === "missing") return MISSING_ID;
  const kind = "training_of_trainers";
  if (scenario === "other")
    return (await makeEvent(w.db, { organizerIds: [w.otherOrganizationId], kind })).id;
  const tot = await makeEvent(w.db, { organizerIds: [w.ownOrganizationId], kind });
  await makeParticipation(w.db, { eventId: tot.id, personId: w.trainerPersonId, role: "trainer" });
  return tot.id;
}

export const cascadeCases: RouteCase[] = [
  {
    // Read as the TOT is read: names trainers and sessions, counts the people reached.
    route: "GET /api/events/:id/cascade",
    request: async (w, s) => ({ url: `/api/events/${await totId(w, s)}/cascade` }),
    expect: expectations({
      staff: "200 200 404",
      representative: "200 200 404",
      viewer: "200 200 404",
      partner: "200 404 404",
      trainer: "200 404 404",
    }),
  },
  {
    // Every role lists the cascades of the TOTs it may read.
    route: "GET /api/cascades",
    request: async () => ({ url: "/api/cascades" }),
    expect: expectations({ others: "200" }),
  },
];
