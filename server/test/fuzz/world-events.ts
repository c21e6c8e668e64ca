/**
 * The events of the fuzzer's world: a project the partner implements; a training of trainers, a
 * workshop its trainee trains (a cascade) and a seminar of other organisations, with participants of
 * every organisation; the training's curriculum, attendance, scores, evaluations and certificates.
 */
import {
  attendanceDays,
  certificates,
  eventCurricula,
  eventFrameworkNodes,
  projectImplementers,
} from "../../db/schema.js";
import { newCertificateNumber } from "../../modules/certificates/certificates.service.js";
import { makeCurriculum, makeEvaluation, makeModuleScore, setUpTraining } from "../activity-factories.js";
import { makeEvent, makeOutputTarget, makeParticipation, makeProject } from "../factories.js";
import type { Seeding } from "./seeding.js";
import type { PlanRows } from "./world-plans.js";
import type { Person, Registry } from "./world-registry.js";

/** Ids of the events, for the rows made under them. */
export interface EventRows {
  trainingOfTrainers: string;
  workshop: string;
  seminar: string;
}

type Curriculum = Awaited<ReturnType<typeof makeCurriculum>>;

export async function buildEvents(seeding: Seeding, registry: Registry, plans: PlanRows): Promise<EventRows> {
  const { db, add } = seeding;
  const { organizations } = registry;
  const projectId = await makePartnerProject(seeding, registry);
  const curriculum = await makeCurriculum(db);
  add("curricula", curriculum.id);
  add("modules", ...curriculum.modules.map((m) => m.id));
  const tot = await makeEvent(db, {
    organizerIds: [organizations.representative],
    kind: "training_of_trainers",
    startsOn: "2012-03-01",
    endsOn: "2012-03-03",
    projectId,
  });
  const workshop = await makeEvent(db, {
    organizerIds: [organizations.partner],
    kind: "workshop",
    projectId,
    jurisdictionId: registry.bihacId,
  });
  const seminar = await makeEvent(db, {
    organizerIds: [organizations.defence],
    kind: "seminar",
    status: "planned",
  });
  await db.insert(eventFrameworkNodes).values([
    { eventId: workshop.id, frameworkNodeId: plans.actionId },
    { eventId: tot.id, frameworkNodeId: plans.objectiveId },
  ]);
  const events = { trainingOfTrainers: tot.id, workshop: workshop.id, seminar: seminar.id };
  await addParticipants(seeding, registry, events);
  await db.insert(eventCurricula).values({ eventId: workshop.id, curriculumId: curriculum.id });
  await runTraining(seeding, registry, events, curriculum);
  add("events", tot.id, workshop.id, seminar.id);
  return events;
}

/** A project of the media organisation's money that the partner implements, with an output target. */
async function makePartnerProject({ db, add }: Seeding, { organizations }: Registry): Promise<string> {
  const project = await makeProject(db, {
    donorOrganizationId: organizations.media,
    budgetAmount: "125000.50",
    currency: "BAM",
  });
  await db
    .insert(projectImplementers)
    .values({ projectId: project.id, organizationId: organizations.partner });
  await makeOutputTarget(db, { projectId: project.id, eventKind: "workshop", targetCount: 4 });
  add("projects", project.id);
  return project.id;
}

/** Trainers and participants of every organisation, some of them in more than one event. */
async function addParticipants({ db, add, parents }: Seeding, registry: Registry, events: EventRows) {
  const [p0, p1] = registry.staff.partner;
  const [r0, r1] = registry.staff.representative;
  const [d0, d1] = registry.staff.defence;
  const [m0, m1] = registry.staff.media;
  const { byPartner, byRepresentative } = registry.registered;
  const participationIds: string[] = [];
  const participate = async (eventId: string, person: Person, role = "participant") => {
    const row = await makeParticipation(db, {
      eventId,
      personId: person.id,
      role,
      preTestScore: "4",
      postTestScore: "8.5",
      testMaxScore: "10",
    });
    participationIds.push(row.id);
    parents.set(row.id, eventId);
  };
  await participate(events.trainingOfTrainers, r0, "trainer");
  for (const person of [p0, p1, d0, m0]) await participate(events.trainingOfTrainers, person);
  await participate(events.workshop, p0, "trainer");
  for (const person of [p1, r1, d0, m1, byPartner]) await participate(events.workshop, person);
  for (const person of [d1, m0, byRepresentative]) await participate(events.seminar, person);
  add("participations", ...participationIds);
}

/**
 * The training of trainers with its curriculum and rules: two trainees present two days of three,
 * with scores before and after each module, evaluations and certificates.
 */
async function runTraining(
  { db, add }: Seeding,
  registry: Registry,
  events: EventRows,
  curriculum: Curriculum,
) {
  const eventId = events.trainingOfTrainers;
  const trainees = [registry.staff.partner[0], registry.staff.defence[0]];
  await setUpTraining(db, eventId, {
    curriculumIds: [curriculum.id],
    rules: { minAttendanceShare: "0.6667", passMark: "0.6" },
  });
  for (const person of trainees) {
    for (const day of ["2012-03-01", "2012-03-02", "2012-03-03"]) {
      await db
        .insert(attendanceDays)
        .values({ eventId, personId: person.id, day, present: day !== "2012-03-02" });
    }
    for (const module of curriculum.modules) {
      await makeModuleScore(db, { eventId, personId: person.id, moduleId: module.id });
      await makeModuleScore(db, {
        eventId,
        personId: person.id,
        moduleId: module.id,
        phase: "post",
        score: "9",
      });
    }
  }
  add(
    "evaluations",
    (await makeEvaluation(db, { eventId, personId: registry.staff.defence[0].id, comment: "Odlično" })).id,
    (await makeEvaluation(db, { eventId: events.workshop })).id,
  );
  for (const person of trainees) {
    const number = newCertificateNumber("2012");
    const [certificate] = await db
      .insert(certificates)
      .values({ number, eventId, personId: person.id })
      .returning();
    if (certificate) add("certificates", certificate.id);
    add("certificate-numbers", number, number.toLowerCase(), number.replaceAll("-", ""));
  }
}
