import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Coverage, CoverageRow, MunicipalityActivity } from "../../../common/schemas/coverage.js";
import { jurisdictions, people } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  findMunicipality,
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeProject,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const coverage = async (cookie: string, query = "") =>
  (await get(cookie, `/api/coverage${query}`)).json<Coverage>();
const rowOf = (result: Coverage, name: string) => result.items.find((row) => row.nameLatin === name);
const figuresOf = (row: CoverageRow | undefined) =>
  row && {
    events: row.events,
    participations: row.participations,
    participants: row.participants,
    womenShare: row.womenShare,
    trainersActive: row.trainersActive,
  };

const page = async (cookie: string, id: string, query = "") => {
  const response = await get(cookie, `/api/municipalities/${id}${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<MunicipalityActivity>();
};
/** The organisations involved as [id, events organised, people who attended]. */
const involved = (activity: MunicipalityActivity) =>
  activity.organizations.map((o) => [o.id, o.eventsOrganized, o.participants]);
/** A filter that excludes no event of the tests: counted from the rows, never from the kept facts. */
const everything = "?from=1990-01-01&to=2099-12-31";

/**
 * Tuzla: two held events (a workshop of the partner NGO in March with a trainer, a seminar of the
 * police in June with a co-trainer), a cancelled and an archived one that do not count.
 * Trebinje: one held workshop of the project in April. Brčko District: one event placed on the district.
 */
const world = {} as {
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
};

beforeAll(async () => {
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
    archivedAt: new Date(),
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
    archivedAt: new Date(),
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

  Object.assign(world, {
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
  });
});

describe("coverage", () => {
  it("counts held, not archived events per municipality with people by sex and trainers", async () => {
    const result = await coverage(world.coordinator);
    expect(result.items.map((row) => row.nameLatin)).toEqual([
      "Brčko distrikt Bosne i Hercegovine",
      "Trebinje",
      "Tuzla",
    ]);
    const tuzla = rowOf(result, "Tuzla");
    expect(tuzla).toMatchObject({
      id: world.tuzlaId,
      nameCyrillic: "Тузла",
      shapeId: "BIH-ADM2-47562260B5309025",
      entity: { nameLatin: "Federacija Bosne i Hercegovine" },
      canton: { nameLatin: "Tuzlanski kanton" },
    });
    // Amra attends both events: two participations, one person; the absent man is not counted.
    expect(figuresOf(tuzla)).toEqual({
      events: 2,
      participations: 7,
      participants: { female: 3, male: 3, total: 6 },
      womenShare: 0.5,
      trainersActive: 2,
    });
    expect(rowOf(result, "Trebinje")).toMatchObject({
      nameCyrillic: "Требиње",
      entity: { nameLatin: "Republika Srpska" },
      canton: null,
      events: 1,
      participants: { female: 1, male: 0, total: 1 },
      womenShare: 1,
      trainersActive: 0,
    });
    expect(rowOf(result, "Brčko distrikt Bosne i Hercegovine")).toMatchObject({
      id: world.brckoId,
      entity: { id: world.districtId },
      shapeId: expect.any(String),
      events: 1,
      participants: { female: 0, male: 1, total: 1 },
      womenShare: 0,
    });
  });

  it("shows a partner only the events it may read", async () => {
    const result = await coverage(world.partner);
    expect(result.items.map((row) => row.nameLatin)).toEqual(["Tuzla"]);
    expect(figuresOf(rowOf(result, "Tuzla"))).toEqual({
      events: 1,
      participations: 4,
      participants: { female: 3, male: 1, total: 4 },
      womenShare: 0.75,
      trainersActive: 1,
    });
  });

  it("filters by period, project and kind of event", async () => {
    const names = (result: Coverage) => result.items.map((row) => `${row.nameLatin} ${row.events}`);
    expect(names(await coverage(world.coordinator, "?from=2013-05-01&to=2013-08-31"))).toEqual(["Tuzla 1"]);
    expect(names(await coverage(world.coordinator, "?to=2013-03-10"))).toEqual(["Tuzla 1"]);
    expect(names(await coverage(world.coordinator, `?projectId=${world.projectId}`))).toEqual([
      "Trebinje 1",
      "Tuzla 1",
    ]);
    expect(names(await coverage(world.coordinator, "?kind=seminar"))).toEqual(["Tuzla 1"]);
    expect(names(await coverage(world.coordinator, "?from=2014-01-01"))).toEqual([]);
  });

  it("refuses malformed filters", async () => {
    for (const query of [
      "?from=2013-13-01",
      "?from=2013-06-01&to=2013-05-01",
      "?kind=party",
      "?projectId=42",
      "?municipality=Tuzla",
    ]) {
      const response = await get(world.coordinator, `/api/coverage${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code).toBe("VALIDATION");
    }
    expect((await app.inject({ url: "/api/coverage" })).statusCode).toBe(401);
  });
});

describe("municipality page", () => {
  it("lists the events, the organisations involved and the local partner NGOs", async () => {
    const tuzla = await page(world.coordinator, world.tuzlaId);
    expect(tuzla.municipality).toMatchObject({
      nameLatin: "Tuzla",
      canton: { nameLatin: "Tuzlanski kanton" },
      entity: { nameLatin: "Federacija Bosne i Hercegovine" },
    });
    expect(tuzla.figures).toMatchObject({ events: 2, participants: { female: 3, male: 3, total: 6 } });
    expect(tuzla.events.map((event) => [event.title, event.status])).toEqual([
      ["Seminar za policijske službenice", "held"],
      ["Otkazana radionica", "cancelled"],
      ["Radionica o Rezoluciji 1325", "held"],
    ]);
    expect(tuzla.eventsTotal).toBe(3);
    expect(tuzla.events[2]).toMatchObject({
      id: world.workshopId,
      kind: "workshop",
      startsOn: "2013-03-10",
      endsOn: "2013-03-11",
      project: { id: world.projectId, code: "WPS-7" },
    });
    expect(tuzla.organizations).toEqual([
      {
        id: world.policeId,
        name: "MUP Tuzlanskog kantona",
        shortName: null,
        level: "canton",
        sector: "police",
        eventsOrganized: 1,
        participants: 3,
      },
      {
        id: world.ngoId,
        name: "Udruženje Vive Žene",
        shortName: null,
        level: "municipality",
        sector: "civil_society",
        eventsOrganized: 1,
        participants: 2,
      },
    ]);
    expect(tuzla.localPartners).toEqual([
      {
        id: world.seatedNgoId,
        name: "Forum žena Tuzla",
        shortName: null,
        level: "municipality",
        isSeatedHere: true,
        eventsOrganized: 0,
      },
      {
        id: world.ngoId,
        name: "Udruženje Vive Žene",
        shortName: null,
        level: "municipality",
        isSeatedHere: false,
        eventsOrganized: 2,
      },
    ]);
  });

  it("applies the filters and the reader's rights", async () => {
    const june = await page(world.coordinator, world.tuzlaId, "?from=2013-06-01&to=2013-06-30");
    expect(june.events.map((event) => event.id)).toEqual([world.seminarId]);
    expect(june.eventsTotal).toBe(1);
    expect(june.figures.events).toBe(1);
    // The seminar only: the police organised it; Amra (NGO), Emir (none) and the co-trainer (police) attended.
    expect(involved(june)).toEqual([
      [world.policeId, 1, 1],
      [world.ngoId, 0, 1],
    ]);
    expect(june.localPartners.map((o) => o.id)).toEqual([world.seatedNgoId]);

    const partner = await page(world.partner, world.tuzlaId);
    expect(partner.events.map((event) => event.id)).toEqual([world.cancelledId, world.workshopId]);
    expect(partner.eventsTotal).toBe(2);
    expect(partner.figures).toMatchObject({ events: 1, trainersActive: 1 });
    // The workshop only (counted from the rows): Lejla and Mirza (police), Amra and the trainer (NGO).
    expect(involved(partner)).toEqual([
      [world.policeId, 0, 2],
      [world.ngoId, 1, 2],
    ]);
    expect(partner.localPartners).toEqual((await page(world.coordinator, world.tuzlaId)).localPartners);

    const trebinje = await page(world.partner, world.trebinjeId);
    expect(trebinje.events).toEqual([]);
    expect(trebinje.figures).toEqual({
      events: 0,
      participations: 0,
      participants: { female: 0, male: 0, total: 0 },
      womenShare: null,
      trainersActive: 0,
    });
  });

  it("counts the people of the organisations involved from the kept facts as from the rows", async () => {
    // Unfiltered, by a reader of every event: from municipality_attendees. With a filter that
    // excludes nothing: from the participations. The answers are the same, whole.
    for (const id of [world.tuzlaId, world.trebinjeId, world.brckoId]) {
      const kept = await page(world.coordinator, id);
      const counted = await page(world.coordinator, id, everything);
      expect(counted).toEqual(kept);
    }
    // Hand-counted for Tuzla: the police have Lejla, Mirza and the co-trainer (the absent man is
    // not counted); the NGO has Amra (at both events, once) and the trainer.
    expect(involved(await page(world.coordinator, world.tuzlaId))).toEqual([
      [world.policeId, 1, 3],
      [world.ngoId, 1, 2],
    ]);
  });

  it("follows a person who moves to another organisation on both paths", async () => {
    const moveCoTrainer = (organizationId: string) =>
      db.update(people).set({ organizationId }).where(eq(people.id, world.coTrainerId));
    await moveCoTrainer(world.seatedNgoId);
    try {
      const kept = await page(world.coordinator, world.tuzlaId);
      expect(involved(kept)).toEqual([
        [world.seatedNgoId, 0, 1],
        [world.policeId, 1, 2],
        [world.ngoId, 1, 2],
      ]);
      expect((await page(world.coordinator, world.tuzlaId, everything)).organizations).toEqual(
        kept.organizations,
      );
    } finally {
      await moveCoTrainer(world.policeId);
    }
  });

  it("treats Brčko District as one municipality", async () => {
    const byDistrict = await page(world.coordinator, world.districtId);
    const byMunicipality = await page(world.coordinator, world.brckoId);
    expect(byDistrict).toEqual(byMunicipality);
    expect(byDistrict.municipality.id).toBe(world.brckoId);
    expect(byDistrict.events.map((event) => event.title)).toEqual(["Javna prezentacija u Brčkom"]);
  });

  it("answers 404 for no jurisdiction and 400 for one that is not a municipality", async () => {
    const [canton] = await db
      .select({ id: jurisdictions.id })
      .from(jurisdictions)
      .where(and(eq(jurisdictions.kind, "canton"), eq(jurisdictions.nameLatin, "Tuzlanski kanton")));
    const [state] = await db
      .select({ id: jurisdictions.id })
      .from(jurisdictions)
      .where(eq(jurisdictions.kind, "state"));
    for (const id of [canton?.id, state?.id]) {
      const response = await get(world.coordinator, `/api/municipalities/${id}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe("VALIDATION");
    }
    const missing = await get(world.coordinator, "/api/municipalities/00000000-0000-4000-8000-000000000000");
    expect(missing.statusCode).toBe(404);
    expect((await get(world.coordinator, "/api/municipalities/tuzla")).statusCode).toBe(400);
    expect((await get(world.coordinator, `/api/municipalities/${world.tuzlaId}?kind=x`)).statusCode).toBe(
      400,
    );
  });
});

describe("a municipality with many events", () => {
  /**
   * Zenica: 27 events, one a day from 1 to 27 March 2015 (held, but every third one planned), each
   * organised by the NGO or the police in turn, each attended by a woman of the NGO and a man of
   * the police (new people for every event), and an archived event that is not listed.
   */
  const zenica = {} as { id: string; titles: string[] };

  beforeAll(async () => {
    zenica.id = (await findMunicipality(db, "Zenica")).id;
    zenica.titles = [];
    for (let day = 1; day <= 27; day++) {
      const title = `Radionica ${String(day).padStart(2, "0")}`;
      const date = `2015-03-${String(day).padStart(2, "0")}`;
      const event = await makeEvent(db, {
        organizerIds: [day % 2 === 0 ? world.ngoId : world.policeId],
        title,
        kind: day % 2 === 0 ? "workshop" : "seminar",
        status: day % 3 === 0 ? "planned" : "held",
        startsOn: date,
        endsOn: date,
        jurisdictionId: zenica.id,
      });
      zenica.titles.push(title);
      for (const person of [
        await makePerson(db, { sex: "female", organizationId: world.ngoId }),
        await makePerson(db, { sex: "male", organizationId: world.policeId }),
      ])
        await makeParticipation(db, { eventId: event.id, personId: person.id });
    }
    await makeEvent(db, {
      organizerIds: [world.ngoId],
      title: "Arhivirana radionica u Zenici",
      startsOn: "2015-04-01",
      endsOn: "2015-04-01",
      jurisdictionId: zenica.id,
      archivedAt: new Date(),
    });
  });

  it("sends the newest 25 events, newest first, and how many there are", async () => {
    const result = await page(world.coordinator, zenica.id);
    expect(result.eventsTotal).toBe(27);
    expect(result.events).toHaveLength(25);
    // 27 March down to 3 March: the two oldest are left for the events list.
    expect(result.events.map((event) => event.title)).toEqual(zenica.titles.slice(2).reverse());
    // Held: the 18 days not divisible by 3; planned events are listed but do not count.
    expect(result.figures).toMatchObject({
      events: 18,
      participations: 36,
      participants: { female: 18, male: 18, total: 36 },
    });
  });

  it("counts the events under the page's filters and the reader's rights", async () => {
    const workshops = await page(world.coordinator, zenica.id, "?kind=workshop");
    // The even days: 13 workshops, all shown.
    expect(workshops.eventsTotal).toBe(13);
    expect(workshops.events.map((event) => event.title)).toEqual(
      zenica.titles.filter((_, index) => (index + 1) % 2 === 0).reverse(),
    );
    const lateMarch = await page(world.coordinator, zenica.id, "?from=2015-03-20&to=2015-12-31");
    expect(lateMarch.eventsTotal).toBe(8);
    expect(lateMarch.events).toHaveLength(8);
    // The partner reads the events its NGO organised: the 13 workshops of the even days.
    const partner = await page(world.partner, zenica.id);
    expect(partner.eventsTotal).toBe(13);
    expect(partner.events.map((event) => event.title)).toEqual(workshops.events.map((event) => event.title));
  });

  it("counts the organisations involved alike on both paths", async () => {
    const kept = await page(world.coordinator, zenica.id);
    // Held events: 9 on even days (NGO), 9 on odd days (police); each brought one new woman of the
    // NGO and one new man of the police.
    expect(involved(kept)).toEqual([
      [world.policeId, 9, 18],
      [world.ngoId, 9, 18],
    ]);
    expect(await page(world.coordinator, zenica.id, everything)).toEqual(kept);
    // Local partners: the NGO organises the 13 listed workshops (held or planned), not the archived one.
    expect(kept.localPartners).toEqual([
      {
        id: world.ngoId,
        name: "Udruženje Vive Žene",
        shortName: null,
        level: "municipality",
        isSeatedHere: false,
        eventsOrganized: 13,
      },
    ]);
  });
});
