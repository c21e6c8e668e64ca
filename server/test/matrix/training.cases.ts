import { makeCurriculum, makeEvaluation, setUpTraining } from "../activity-factories.js";
import { makeEvent, makeParticipation, makePerson } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

/**
 * Curricula are shared: "own" and "other" are two curricula alike. The training side of an event
 * follows the event: "own" is a workshop organised by the actor's organisation and trained by the
 * signed-in trainer, with a participant of the actor's organisation; "other" is a workshop of
 * another organisation with none of the actor's people in it.
 */
async function trainingFor(w: World, scenario: Scenario) {
  if (scenario === "missing") return null;
  const organizationId = scenario === "own" ? w.ownOrganizationId : w.otherOrganizationId;
  const event = await makeEvent(w.db, {
    organizerIds: [organizationId],
    startsOn: "2013-03-04",
    endsOn: "2013-03-05",
  });
  if (scenario === "own") {
    await makeParticipation(w.db, { eventId: event.id, personId: w.trainerPersonId, role: "trainer" });
  }
  const participant = await makePerson(w.db, { organizationId, givenName: "Šejla", familyName: "Ćosić" });
  await makeParticipation(w.db, { eventId: event.id, personId: participant.id });
  const curriculum = await makeCurriculum(w.db);
  await setUpTraining(w.db, event.id, { curriculumIds: [curriculum.id] });
  const moduleId = curriculum.modules[0]?.id ?? MISSING_ID;
  return { eventId: event.id, personId: participant.id, moduleId, curriculumId: curriculum.id };
}

/** The training's URL under /api/events/:id, with what a write payload needs. */
async function trainingUrl(w: World, scenario: Scenario, path: string) {
  const training = await trainingFor(w, scenario);
  return {
    url: `/api/events/${training?.eventId ?? MISSING_ID}/${path}`,
    personId: training?.personId ?? MISSING_ID,
    moduleId: training?.moduleId ?? MISSING_ID,
    curriculumId: training?.curriculumId ?? MISSING_ID,
  };
}

const curriculumId = async (w: World, s: Scenario) =>
  s === "missing" ? MISSING_ID : (await makeCurriculum(w.db)).id;

/** An anonymous evaluation of the scenario's training; "missing" is an unknown evaluation. */
async function evaluationId(w: World, scenario: Scenario) {
  const training = await trainingFor(w, scenario);
  if (!training) return MISSING_ID;
  return (await makeEvaluation(w.db, { eventId: training.eventId })).id;
}

const staffWrites = expectations({ staff: "200 200 404", others: "403" });
const readEvent = expectations({
  staff: "200 200 404",
  representative: "200 200 404",
  viewer: "200 200 404",
  partner: "200 404 404",
  trainer: "200 404 404",
});
const readParticipants = expectations({
  staff: "200 200 404",
  representative: "200 404 404",
  partner: "200 404 404",
  trainer: "200 404 404",
  viewer: "403",
});
const record = (status: string) =>
  expectations({
    staff: `${status} ${status} 404`,
    representative: `${status} 404 404`,
    partner: `${status} 404 404`,
    trainer: `${status} 404 404`,
    viewer: "403",
  });

const curriculumPayload = {
  title: "Žene, mir i sigurnost",
  modules: [{ title: "Uvod u Rezoluciju 1325", durationMinutes: 90 }],
};

export const trainingCases: RouteCase[] = [
  {
    route: "GET /api/curricula",
    request: async () => ({ url: "/api/curricula?q=kurikulum&sort=title" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "POST /api/curricula",
    request: async (w, s) => ({
      url: "/api/curricula",
      payload: { ...curriculumPayload, title: `${curriculumPayload.title} ${w.ownOrganizationId} ${s}` },
    }),
    expect: expectations({ staff: "201", others: "403" }),
  },
  {
    route: "GET /api/curricula/:id",
    request: async (w, s) => ({ url: `/api/curricula/${await curriculumId(w, s)}` }),
    expect: expectations({ others: "200 200 404" }),
  },
  {
    route: "PUT /api/curricula/:id",
    request: async (w, s) => ({
      url: `/api/curricula/${await curriculumId(w, s)}`,
      payload: { ...curriculumPayload, title: `${curriculumPayload.title} ${w.ownOrganizationId} ${s}` },
    }),
    expect: staffWrites,
  },
  {
    route: "PATCH /api/curricula/:id",
    request: async (w, s) => ({
      url: `/api/curricula/${await curriculumId(w, s)}`,
      payload: { description: "Za policijske službenike" },
    }),
    expect: staffWrites,
  },
  {
    route: "DELETE /api/curricula/:id",
    request: async (w, s) => ({ url: `/api/curricula/${await curriculumId(w, s)}` }),
    expect: staffWrites,
  },
  {
    route: "GET /api/events/:id/training",
    request: async (w, s) => ({ url: (await trainingUrl(w, s, "training")).url }),
    expect: readEvent,
  },
  {
    route: "PUT /api/events/:id/training",
    request: async (w, s) => {
      const { url, curriculumId } = await trainingUrl(w, s, "training");
      return { url, payload: { curriculumIds: [curriculumId], rules: { passMark: 0.7 } } };
    },
    expect: expectations({
      staff: "200 200 404",
      representative: "200 404 404",
      partner: "200 404 404",
      others: "403",
    }),
  },
  {
    route: "GET /api/events/:id/attendance-days",
    request: async (w, s) => ({ url: (await trainingUrl(w, s, "attendance-days")).url }),
    expect: readParticipants,
  },
  {
    route: "PUT /api/events/:id/attendance-days",
    request: async (w, s) => {
      const { url, personId } = await trainingUrl(w, s, "attendance-days");
      return { url, payload: { entries: [{ personId, day: "2013-03-04", present: true }] } };
    },
    expect: record("200"),
  },
  {
    route: "GET /api/events/:id/module-scores",
    request: async (w, s) => ({ url: (await trainingUrl(w, s, "module-scores")).url }),
    expect: readParticipants,
  },
  {
    route: "PUT /api/events/:id/module-scores",
    request: async (w, s) => {
      const { url, personId, moduleId } = await trainingUrl(w, s, "module-scores");
      return { url, payload: { scores: [{ personId, moduleId, phase: "pre", score: 6, maxScore: 10 }] } };
    },
    expect: record("200"),
  },
  {
    route: "GET /api/events/:id/evaluations",
    request: async (w, s) => ({ url: (await trainingUrl(w, s, "evaluations")).url }),
    expect: readParticipants,
  },
  {
    route: "POST /api/events/:id/evaluations",
    request: async (w, s) => {
      const { url, personId } = await trainingUrl(w, s, "evaluations");
      return { url, payload: { personId, scores: { overall: 5, trainers: 4 }, comment: "Korisno" } };
    },
    expect: record("201"),
  },
  {
    route: "DELETE /api/evaluations/:id",
    request: async (w, s) => ({ url: `/api/evaluations/${await evaluationId(w, s)}` }),
    expect: record("204"),
  },
  {
    route: "GET /api/events/:id/learning",
    request: async (w, s) => ({ url: (await trainingUrl(w, s, "learning")).url }),
    expect: readParticipants,
  },
];
