import { describe, expect, it } from "vitest";
import type { ParticipationRole } from "../../../common/schemas/enums.js";
import { createTestApp } from "../../test/app.js";
import {
  findMunicipality,
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";
import { cascadeReachInPeriod } from "./cascade.traces.js";

const { app, db } = await createTestApp();

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });

type Attendee = { id: string };
/** Takes part in the event with the role; attended unless told otherwise. */
const attend = (
  eventId: string,
  person: Attendee,
  role: ParticipationRole = "participant",
  attended = true,
) => makeParticipation(db, { eventId, personId: person.id, role, attended });

/**
 * A TOT on 1 March 2012 in Bihać (Amra, Belma and Cvijeta attend; Dario is registered but absent).
 * Amra and Belma go on to train: W1 (Amra, Bihać), W2 (Amra and Belma, Višegrad) and W3 (Belma,
 * Bihać). Gordana, reached at W2, trains W4 in turn: a second generation. Sessions before or on the
 * day of the TOT, archived or not held do not count.
 */
async function buildCascade() {
  const organizer = await makeOrganization(db, { name: "Fondacija CURE" });
  const ngo = await makeOrganization(db, { sector: "civil_society", level: "municipality" });
  const police = await makeOrganization(db, { sector: "police", level: "state" });
  const bihac = await findMunicipality(db, "Bihać");
  const visegrad = await findMunicipality(db, "Višegrad");
  const person = (givenName: string, familyName: string, sex: "female" | "male", organizationId?: string) =>
    makePerson(db, { givenName, familyName, sex, organizationId: organizationId ?? null });
  const event = (title: string, kind: "training_of_trainers" | "workshop", startsOn: string, where = bihac) =>
    makeEvent(db, {
      organizerIds: [organizer.id],
      title,
      kind,
      startsOn,
      endsOn: startsOn,
      jurisdictionId: where.id,
    });

  const amra = await person("Amra", "Trenerica", "female", organizer.id);
  const belma = await person("Belma", "Trenerica", "female", organizer.id);
  const cvijeta = await person("Cvijeta", "Polaznica", "female", organizer.id);
  const dario = await person("Dario", "Odsutni", "male", organizer.id);
  const [p1, p2, p3, p4, p5, p6] = [
    await person("Prva", "Dosegnuta", "female", ngo.id),
    await person("Drugi", "Dosegnuti", "male", police.id),
    await person("Treća", "Dosegnuta", "female", ngo.id),
    await person("Četvrti", "Dosegnuti", "male", police.id),
    await person("Peta", "Dosegnuta", "female"),
    await person("Šesta", "Odsutna", "female"),
  ] as const;
  const gordana = await person("Gordana", "Drugagen", "female", ngo.id);
  const q1 = await person("Qendresa", "Dosegnuta", "female");
  const q2 = await person("Qazim", "Dosegnuti", "male");
  const outsider = await person("Xenija", "Izvan", "female");

  const tot = await event("TOT o Rezoluciji 1325", "training_of_trainers", "2012-03-01");
  for (const p of [amra, belma, cvijeta]) await attend(tot.id, p);
  await attend(tot.id, dario, "participant", false);

  const before = await event("Radionica prije TOT-a", "workshop", "2012-01-10");
  await attend(before.id, amra, "trainer");
  await attend(before.id, outsider);
  const sameDay = await event("Radionica istog dana", "workshop", "2012-03-01");
  await attend(sameDay.id, belma, "trainer");
  await attend(sameDay.id, outsider);
  const archived = await makeEvent(db, {
    organizerIds: [organizer.id],
    title: "Arhivirana radionica",
    startsOn: "2012-04-20",
    endsOn: "2012-04-20",
    archivedAt: new Date(),
  });
  await attend(archived.id, amra, "trainer");
  await attend(archived.id, outsider);
  const planned = await makeEvent(db, {
    organizerIds: [organizer.id],
    title: "Planirana radionica",
    status: "planned",
    startsOn: "2012-04-21",
    endsOn: "2012-04-21",
  });
  await attend(planned.id, amra, "trainer");
  await attend(planned.id, outsider);

  const w1 = await event("Radionica 1", "workshop", "2012-04-10");
  await attend(w1.id, amra, "trainer");
  for (const p of [p1, p2, p3]) await attend(w1.id, p);
  const w2 = await event("Radionica 2", "workshop", "2012-05-10", visegrad);
  await attend(w2.id, amra, "trainer");
  await attend(w2.id, belma, "co_trainer");
  for (const p of [p3, p4, gordana]) await attend(w2.id, p);
  const w3 = await event("Radionica 3", "workshop", "2012-06-10");
  await attend(w3.id, belma, "trainer");
  await attend(w3.id, p5);
  await attend(w3.id, p6, "participant", false);
  const w4 = await event("Radionica 4", "workshop", "2012-09-01", visegrad);
  await attend(w4.id, gordana, "trainer");
  for (const p of [q1, q2]) await attend(w4.id, p);

  return { organizer, tot, w1, w2, w3, w4, amra, belma, gordana, bihac, visegrad };
}

const world = await buildCascade();
const { cookie: coordinator } = await makeSignedInUser(db, "coordinator");

describe("trainer cascade of a TOT", () => {
  it("counts the trainers produced, their sessions and the people they reached", async () => {
    const response = await get(coordinator, `/api/events/${world.tot.id}/cascade`);
    expect(response.statusCode).toBe(200);
    const cascade = response.json();
    expect(cascade.tot).toEqual({
      id: world.tot.id,
      title: "TOT o Rezoluciji 1325",
      startsOn: "2012-03-01",
      municipalityName: "Bihać",
    });
    expect(cascade).toMatchObject({
      trainersProduced: 2,
      sessionsDelivered: 3,
      peopleReached: { female: 4, male: 2, total: 6 },
      reachPerTrainer: 3,
      depth: 2,
      reachedBySex: [
        { key: "female", people: 4 },
        { key: "male", people: 2 },
      ],
      generations: [
        { generation: 1, trainers: 2, sessions: 3, reached: 6 },
        { generation: 2, trainers: 1, sessions: 1, reached: 2 },
      ],
    });
    expect(cascade.reachedBySector).toEqual([
      { key: "police", people: 2 },
      { key: "civil_society", people: 3 },
      { key: null, people: 1 },
    ]);
    expect(cascade.reachedByLevel).toEqual([
      { key: "state", people: 2 },
      { key: "municipality", people: 3 },
      { key: null, people: 1 },
    ]);
    // Treća is reached in both municipalities and counts in both.
    const byMunicipality = Object.fromEntries(
      cascade.reachedByMunicipality.map((row: { name: string; people: number }) => [row.name, row.people]),
    );
    expect(byMunicipality).toEqual({ Bihać: 4, Višegrad: 3 });
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...cascade.trainers].sort(byName)).toEqual([
      expect.objectContaining({ name: "Amra Trenerica", generation: 1, sessions: 2, reached: 5 }),
      expect.objectContaining({ name: "Belma Trenerica", generation: 1, sessions: 2, reached: 4 }),
      expect.objectContaining({ name: "Gordana Drugagen", generation: 2, sessions: 1, reached: 2 }),
    ]);
    expect(
      cascade.sessions.map((s: { title: string; generation: number }) => [s.title, s.generation]),
    ).toEqual([
      ["Radionica 1", 1],
      ["Radionica 2", 1],
      ["Radionica 3", 1],
      ["Radionica 4", 2],
    ]);
    expect(cascade.sessions[1]).toMatchObject({ startsOn: "2012-05-10", municipalityName: "Višegrad" });
  });

  it("draws the TOT → trainers → sessions graph, weighted by people reached", async () => {
    const { graph } = (await get(coordinator, `/api/events/${world.tot.id}/cascade`)).json();
    const labelOf = new Map(graph.nodes.map((n: { id: string; label: string }) => [n.id, n.label]));
    const links = graph.links.map(
      (l: { source: string; target: string; weight: number }) =>
        `${labelOf.get(l.source)} → ${labelOf.get(l.target)}: ${l.weight}`,
    );
    expect(links.sort()).toEqual(
      [
        "TOT o Rezoluciji 1325 → Amra Trenerica: 5",
        "Amra Trenerica → Radionica 1: 3",
        "Amra Trenerica → Radionica 2: 3",
        "TOT o Rezoluciji 1325 → Belma Trenerica: 4",
        "Belma Trenerica → Radionica 2: 3",
        "Belma Trenerica → Radionica 3: 1",
        "Radionica 2 → Gordana Drugagen: 2",
        "Gordana Drugagen → Radionica 4: 2",
      ].sort(),
    );
    expect(graph.nodes).toHaveLength(8);
  });

  it("counts the people reached but never names them", async () => {
    const body = (await get(coordinator, `/api/events/${world.tot.id}/cascade`)).body;
    expect(body).toContain("Amra Trenerica");
    for (const name of ["Dosegnut", "Polaznica", "Odsutn", "Izvan"]) expect(body).not.toContain(name);
  });

  it("answers 400 for an event that is not a TOT and 404 for a missing one", async () => {
    const workshop = await get(coordinator, `/api/events/${world.w1.id}/cascade`);
    expect(workshop.statusCode).toBe(400);
    expect(workshop.json()).toMatchObject({ code: "VALIDATION", details: [{ path: "id" }] });
    const missing = await get(coordinator, "/api/events/00000000-0000-4000-8000-000000000000/cascade");
    expect(missing.statusCode).toBe(404);
  });

  it("shows the cascade to the organiser's partner and hides it from another organisation's", async () => {
    const own = await makeSignedInUser(db, "partner", { organizationId: world.organizer.id });
    const ownView = await get(own.cookie, `/api/events/${world.tot.id}/cascade`);
    expect(ownView.statusCode).toBe(200);
    expect(ownView.json().peopleReached.total).toBe(6);
    const other = await makeSignedInUser(db, "partner", { organizationId: (await makeOrganization(db)).id });
    expect((await get(other.cookie, `/api/events/${world.tot.id}/cascade`)).statusCode).toBe(404);
    // Even a workshop it may not read answers 404, not 400: the kind is not told.
    expect((await get(other.cookie, `/api/events/${world.w1.id}/cascade`)).statusCode).toBe(404);
  });

  it("gives a TOT with no trainers produced an empty cascade", async () => {
    const lonely = await makeEvent(db, {
      organizerIds: [world.organizer.id],
      kind: "training_of_trainers",
      title: "TOT bez nastavka",
      startsOn: "2014-02-01",
      endsOn: "2014-02-01",
    });
    await attend(lonely.id, await makePerson(db));
    const cascade = (await get(coordinator, `/api/events/${lonely.id}/cascade`)).json();
    expect(cascade).toMatchObject({
      trainersProduced: 0,
      sessionsDelivered: 0,
      peopleReached: { female: 0, male: 0, total: 0 },
      reachPerTrainer: 0,
      depth: 0,
      trainers: [],
      sessions: [],
    });
    expect(cascade.graph.nodes).toEqual([
      expect.objectContaining({ kind: "tot", label: "TOT bez nastavka" }),
    ]);
  });
});

describe("list of cascades", () => {
  it("gives one row per TOT the actor may read, with its figures", async () => {
    const list = (await get(coordinator, "/api/cascades")).json();
    expect(list.items.find((row: { id: string }) => row.id === world.tot.id)).toEqual({
      id: world.tot.id,
      title: "TOT o Rezoluciji 1325",
      startsOn: "2012-03-01",
      municipalityName: "Bihać",
      trainersProduced: 2,
      sessionsDelivered: 3,
      peopleReached: { female: 4, male: 2, total: 6 },
      depth: 2,
    });
    const other = await makeOrganization(db);
    const theirs = await makeEvent(db, {
      organizerIds: [other.id],
      kind: "training_of_trainers",
      title: "TOT druge organizacije",
      startsOn: "2015-01-01",
      endsOn: "2015-01-01",
    });
    const partner = await makeSignedInUser(db, "partner", { organizationId: other.id });
    const partnerList = (await get(partner.cookie, "/api/cascades")).json();
    expect(partnerList.items.map((row: { id: string }) => row.id)).toEqual([theirs.id]);
    const titles = (await get(coordinator, "/api/cascades"))
      .json()
      .items.map((r: { title: string }) => r.title);
    expect(titles.indexOf("TOT druge organizacije")).toBeLessThan(titles.indexOf("TOT o Rezoluciji 1325"));
  });
});

describe("cascadeReachInPeriod", () => {
  it("counts the unique people reached in sessions of the period, by sex", async () => {
    const ids = [world.tot.id];
    expect(await cascadeReachInPeriod(db, ids, "2012-04-01", "2012-04-30")).toEqual({
      female: 2,
      male: 1,
      total: 3,
    });
    // Treća, reached again in May, counts in this period too.
    expect(await cascadeReachInPeriod(db, ids, "2012-05-01", "2012-06-30")).toEqual({
      female: 3,
      male: 1,
      total: 4,
    });
    expect(await cascadeReachInPeriod(db, ids, "2012-01-01", "2012-12-31")).toEqual({
      female: 4,
      male: 2,
      total: 6,
    });
    expect(await cascadeReachInPeriod(db, ids, "2013-01-01", "2013-12-31")).toEqual({
      female: 0,
      male: 0,
      total: 0,
    });
  });

  it("counts later generations when asked, and every TOT with 'all'", async () => {
    const september = ["2012-09-01", "2012-09-30"] as const;
    expect(await cascadeReachInPeriod(db, [world.tot.id], ...september)).toMatchObject({ total: 0 });
    expect(await cascadeReachInPeriod(db, [world.tot.id], ...september, { generations: "all" })).toEqual({
      female: 1,
      male: 1,
      total: 2,
    });
    expect(await cascadeReachInPeriod(db, "all", "2012-01-01", "2012-12-31")).toEqual({
      female: 4,
      male: 2,
      total: 6,
    });
    expect(await cascadeReachInPeriod(db, [], "2012-01-01", "2012-12-31")).toEqual({
      female: 0,
      male: 0,
      total: 0,
    });
    // A session trained by someone who is not a TOT's trainer reaches nobody in the cascade.
    expect(await cascadeReachInPeriod(db, [world.w1.id], "2012-01-01", "2012-12-31")).toMatchObject({
      total: 0,
    });
  });
});
