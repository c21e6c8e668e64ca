/**
 * Two records of one person for the merge tests: the survivor, written in Latin script, and the
 * other, in Cyrillic, with everything that can point at a person — participations in a project's
 * workshop (fed to an activity indicator) and in a training (attendance days, module scores, an
 * evaluation, a certificate), a board seat, a meeting's attendance and agenda item, a deputy's stand-in
 * and a user account.
 */
import { randomBytes } from "node:crypto";
import type { DbOrTx } from "../db/client.js";
import {
  attendanceDays,
  boardAgendaItems,
  boardAttendances,
  certificates,
  eventFrameworkNodes,
} from "../db/schema.js";
import {
  makeBoard,
  makeBoardMeeting,
  makeBoardMembership,
  makeCurriculum,
  makeEvaluation,
  makeModuleScore,
  setUpTraining,
} from "./activity-factories.js";
import {
  findMunicipality,
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeProject,
  makeSignedInUser,
  makeWorkshopPeopleIndicator,
} from "./factories.js";

export async function makeMergeWorld(db: DbOrTx) {
  const police = await makeOrganization(db, {
    name: `МУП ${randomBytes(3).toString("hex")}`,
    sector: "police",
  });
  const ngo = await makeOrganization(db, { sector: "civil_society" });
  const project = await makeProject(db);
  const { plan, node, indicator } = await makeWorkshopPeopleIndicator(db);
  const visegrad = await findMunicipality(db, "Višegrad");
  const workshop = await makeEvent(db, {
    organizerIds: [ngo.id],
    projectId: project.id,
    jurisdictionId: visegrad.id,
  });
  const ownWorkshop = await makeEvent(db, { organizerIds: [ngo.id], projectId: project.id });
  await db.insert(eventFrameworkNodes).values([
    { eventId: workshop.id, frameworkNodeId: node.id },
    { eventId: ownWorkshop.id, frameworkNodeId: node.id },
  ]);
  const training = await makeEvent(db, {
    organizerIds: [ngo.id],
    kind: "training_of_trainers",
    projectId: project.id,
    startsOn: "2012-06-04",
    endsOn: "2012-06-05",
  });
  const curriculum = await makeCurriculum(db);
  await setUpTraining(db, training.id, {
    curriculumIds: [curriculum.id],
    rules: { minAttendanceShare: "0.5" },
  });

  const survivor = await makePerson(db, {
    givenName: "Dženana",
    familyName: "Hadžić",
    sex: "female",
    organizationId: ngo.id,
    birthYear: 1979,
  });
  const other = await makePerson(db, {
    givenName: "Џенана",
    familyName: "Хаџић",
    sex: "male",
    organizationId: police.id,
    position: "Inspektorica",
    email: "dzenana@example.org",
    phone: "+387 33 000 000",
    hasConsented: true,
    consentedOn: "2012-05-15",
  });
  const colleague = await makePerson(db, { organizationId: police.id });

  await makeParticipation(db, { eventId: ownWorkshop.id, personId: survivor.id });
  await makeParticipation(db, { eventId: workshop.id, personId: other.id });
  await makeParticipation(db, {
    eventId: training.id,
    personId: other.id,
    preTestScore: "4",
    postTestScore: "9",
    testMaxScore: "10",
  });
  await db.insert(attendanceDays).values([
    { eventId: training.id, personId: other.id, day: "2012-06-04", present: true },
    { eventId: training.id, personId: other.id, day: "2012-06-05", present: true },
  ]);
  const [firstModule] = curriculum.modules;
  if (!firstModule) throw new Error("the curriculum has no module");
  await makeModuleScore(db, {
    eventId: training.id,
    personId: other.id,
    moduleId: firstModule.id,
    phase: "post",
    score: "8",
  });
  await makeEvaluation(db, { eventId: training.id, personId: other.id });
  await db
    .insert(certificates)
    .values({ number: `C-${randomBytes(5).toString("hex")}`, eventId: training.id, personId: other.id });

  const board = await makeBoard(db, { planId: plan.id });
  await makeBoardMembership(db, { boardId: board.id, personId: other.id, organizationId: police.id });
  const meeting = await makeBoardMeeting(db, { boardId: board.id, organizerIds: [ngo.id] });
  await db.insert(boardAttendances).values([
    { eventId: meeting.id, personId: other.id, attendance: "present" },
    { eventId: meeting.id, personId: colleague.id, attendance: "represented", deputyPersonId: other.id },
  ]);
  await db
    .insert(boardAgendaItems)
    .values({ eventId: meeting.id, position: 1, title: "Izvještaj", presenterPersonId: other.id });
  const account = await makeSignedInUser(db, "trainer", { personId: other.id });

  return {
    police,
    ngo,
    project,
    indicator,
    workshop,
    training,
    meeting,
    survivor,
    other,
    colleague,
    account,
  };
}
