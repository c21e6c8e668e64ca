import type { DbOrTx } from "../db/client.js";
import {
  findMunicipality,
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeProject,
  makeSignedInUser,
} from "./factories.js";

export interface CoverageWorld {
  tuzlaId: string;
  trebinjeId: string;
  districtId: string;
  brckoId: string;
  projectId: string;
  ngoId: string;
  seatedNgoId: string;
  policeId: string;
  workshopId: string;
  seminarId: string;
  cancelledId: string;
  archivedId: string;
  coTrainerId: string;
  coordinator: string;
  partner: string;
}

export async function makeCoverageWorld(db: DbOrTx): Promise<CoverageWorld> {
  const tuzla = await findMunicipality(db, "Tuzla");
  const trebinje = await findMunicipality(db, "Trebinje");
  const district = await findMunicipality(db, "Brčko distrikt BiH");
  const brcko = await findMunicipality(db, "Brčko distrikt Bosne i Hercegovine");
  const project = await makeProject(db, { title: "Žene u sigurnosnom sektoru", code: "WPS-7" });
  const ngo = await makeOrganization(db, {
    name: "Udruženje Vive Žene",
    sector: "civil_society",
    level: "municipality",
  });
  const seatedNgo = await makeOrganization(db, {
    name: "Forum žena Tuzla",
    sector: "civil_society",
    level: "municipality",
    jurisdictionId: tuzla.id,
  });
  await makeOrganization(db, {
    name: "Arhivirana udruga Tuzla",
    sector: "civil_society",
    jurisdictionId: tuzla.id,
    archivedAt: new Date("2013-06-01T00:00:00Z"),
  });
  const police = await makeOrganization(db, {
    name: "MUP Tuzlanskog kantona",
    sector: "police",
    level: "canton",
  });

  const woman = (organizationId?: string) =>
    makePerson(db, { sex: "female", organizationId: organizationId ?? null });
  const man = (organizationId?: string) =>
    makePerson(db, { sex: "male", organizationId: organizationId ?? null });
  const [amra, lejla, trainer, mirza, absent, emir, coTrainer] = [
    await woman(ngo.id),
    await woman(police.id),
    await woman(ngo.id),
    await man(police.id),
    await man(police.id),
    await man(),
    await man(police.id),
  ];

  const workshop = await makeEvent(db, {
    organizerIds: [ngo.id],
    title: "Radionica o Rezoluciji 1325",
    kind: "workshop",
    startsOn: "2013-03-10",
    endsOn: "2013-03-11",
    jurisdictionId: tuzla.id,
    projectId: project.id,
  });
  for (const person of [amra, lejla, mirza])
    await makeParticipation(db, { eventId: workshop.id, personId: person.id });
  await makeParticipation(db, { eventId: workshop.id, personId: absent.id, attended: false });
  await makeParticipation(db, { eventId: workshop.id, personId: trainer.id, role: "trainer" });

  const seminar = await makeEvent(db, {
    organizerIds: [police.id],
    title: "Seminar za policijske službenice",
    kind: "seminar",
    startsOn: "2013-06-01",
    endsOn: "2013-06-01",
    jurisdictionId: tuzla.id,
  });
  for (const person of [amra, emir])
    await makeParticipation(db, { eventId: seminar.id, personId: person.id });
  await makeParticipation(db, { eventId: seminar.id, personId: coTrainer.id, role: "co_trainer" });

  const cancelled = await makeEvent(db, {
    organizerIds: [ngo.id],
    title: "Otkazana radionica",
    status: "cancelled",
    startsOn: "2013-05-01",
    endsOn: "2013-05-01",
    jurisdictionId: tuzla.id,
  });
  await makeParticipation(db, { eventId: cancelled.id, personId: (await woman()).id });
  const archived = await makeEvent(db, {
    organizerIds: [ngo.id],
    title: "Arhivirana radionica",
    startsOn: "2013-05-02",
    endsOn: "2013-05-02",
    jurisdictionId: tuzla.id,
    archivedAt: new Date("2013-06-01T00:00:00Z"),
  });
  await makeParticipation(db, { eventId: archived.id, personId: (await woman()).id });

  const inTrebinje = await makeEvent(db, {
    organizerIds: [police.id],
    title: "Radionica u Trebinju",
    kind: "workshop",
    startsOn: "2013-04-01",
    endsOn: "2013-04-01",
    jurisdictionId: trebinje.id,
    projectId: project.id,
  });
  await makeParticipation(db, { eventId: inTrebinje.id, personId: (await woman()).id });
  const inBrcko = await makeEvent(db, {
    organizerIds: [police.id],
    title: "Javna prezentacija u Brčkom",
    kind: "public_presentation",
    startsOn: "2013-09-01",
    endsOn: "2013-09-01",
    jurisdictionId: district.id,
  });
  await makeParticipation(db, { eventId: inBrcko.id, personId: (await man()).id });

  return {
    tuzlaId: tuzla.id,
    trebinjeId: trebinje.id,
    districtId: district.id,
    brckoId: brcko.id,
    projectId: project.id,
    ngoId: ngo.id,
    seatedNgoId: seatedNgo.id,
    policeId: police.id,
    workshopId: workshop.id,
    seminarId: seminar.id,
    cancelledId: cancelled.id,
    archivedId: archived.id,
    coTrainerId: coTrainer.id,
    coordinator: (await makeSignedInUser(db, "coordinator")).cookie,
    partner: (await makeSignedInUser(db, "partner", { organizationId: ngo.id })).cookie,
  };
}
