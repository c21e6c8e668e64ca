import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { MunicipalityActivity } from "../../../common/schemas/coverage.js";
import { jurisdictions, people } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { makeCoverageWorld } from "../../test/coverage-world.js";
import {
  findMunicipality,
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
} from "../../test/factories.js";

const { app, db } = await createTestApp();
const world = await makeCoverageWorld(db);

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
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
      archivedAt: new Date("2013-06-01T00:00:00Z"),
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

  it("sends the organisations involved a page at a time, by name, with how many there are", async () => {
    const place = await findMunicipality(db, "Goražde");
    // 23 organisations, each organising one held event there; named out of order, letters ordered
    // apart from their bare forms (Č after C).
    const names = Array.from(
      { length: 23 },
      (_, i) => `${i % 2 ? "Č" : "C"}entar ${String(22 - i).padStart(2, "0")}`,
    );
    for (const name of names) {
      const organization = await makeOrganization(db, { name });
      await makeEvent(db, { organizerIds: [organization.id], jurisdictionId: place.id, status: "held" });
    }
    const byName = [...names].sort((a, b) => a.localeCompare(b, "bs"));
    const first = await page(world.coordinator, place.id);
    expect(first.organizationsTotal).toBe(23);
    expect(first.organizations.map((o) => o.name)).toEqual(byName.slice(0, 20));
    const second = await page(world.coordinator, place.id, "?organizationsPage=2");
    expect(second.organizationsTotal).toBe(23);
    expect(second.organizations.map((o) => o.name)).toEqual(byName.slice(20));
    expect(second.organizations.every((o) => o.eventsOrganized === 1)).toBe(true);
    expect(second.figures).toEqual(first.figures);
    const bad = await get(world.coordinator, `/api/municipalities/${place.id}?organizationsPage=0`);
    expect(bad.statusCode).toBe(400);
  });
});
