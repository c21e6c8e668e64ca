/**
 * The list of probable duplicates: same name once scripts, diacritics and đ/dj/d are folded, and the
 * same organisation, the same birth year or one without organisation; paged, in name order.
 */
import { describe, expect, it } from "vitest";
import type { DuplicatePair } from "../../../common/schemas/people.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();
const coordinator = await makeSignedInUser(db, "coordinator");
const list = async (query = "") => {
  const response = await app.inject({
    url: `/api/people/duplicates${query}`,
    headers: { cookie: coordinator.cookie },
  });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: DuplicatePair[]; total: number; page: number; pageSize: number };
};
const idsOf = (pair: DuplicatePair) => [pair.first.id, pair.second.id].sort().join(" ");
const pairOf = (a: { id: string }, b: { id: string }) => [a.id, b.id].sort().join(" ");

const police = await makeOrganization(db, { name: "Granična policija BiH", sector: "police" });
const ngo = await makeOrganization(db, { name: "Udruženje „Vive Žene“", sector: "civil_society" });
const person = (givenName: string, familyName: string, extra: Parameters<typeof makePerson>[1] = {}) =>
  makePerson(db, { givenName, familyName, ...extra });

// Latin and Cyrillic; one of them without organisation or birth year.
const radmila = await person("Radmila", "Vukosavljević", { organizationId: ngo.id, birthYear: 1975 });
const радмила = await person("Радмила", "Вукосављевић");
// Diacritics left out, other organisations, one birth year.
const sejla = await person("Šejla", "Ćorić", { organizationId: ngo.id, birthYear: 1980 });
const sejlaPlain = await person("Sejla", "Coric", { organizationId: police.id, birthYear: 1980 });
// Đ written as đ, dj and d, in one organisation: three pairs.
const djordje = await person("Đorđe", "Đukić", { organizationId: police.id, sex: "male" });
const djordjeDj = await person("Djordje", "Djukic", {
  organizationId: police.id,
  sex: "male",
  birthYear: 1969,
});
const djordjeD = await person("Dordje", "Dukic", { organizationId: police.id, sex: "male" });
const djordjePairs = [
  pairOf(djordje, djordjeDj),
  pairOf(djordje, djordjeD),
  pairOf(djordjeDj, djordjeD),
].sort();
// Not duplicates: other organisations and other birth years; an archived record; other names.
await person("Mirsad", "Čaušević", { organizationId: ngo.id, birthYear: 1970, sex: "male" });
await person("Mirsad", "Causevic", { organizationId: police.id, birthYear: 1971, sex: "male" });
await person("Emina", "Begović", { organizationId: ngo.id });
await person("Emina", "Begovic", { organizationId: ngo.id, archivedAt: new Date("2013-01-01T00:00:00Z") });
await person("Lejla", "Hadžić", { organizationId: ngo.id });
for (const title of ["Radionica u Bihaću", "Seminar u Mostaru"]) {
  const event = await makeEvent(db, { organizerIds: [ngo.id], title });
  await makeParticipation(db, { eventId: event.id, personId: radmila.id });
}

describe("probable duplicates", () => {
  it("pairs the same person across scripts, diacritics and đ, and no one else", async () => {
    const page = await list("?pageSize=50");
    expect(page.total).toBe(5);
    // In the order of the folded names: "dorde dukic", "radmila vukosavljevic", "sejla coric".
    expect(page.items.slice(0, 3).map(idsOf).sort()).toEqual(djordjePairs);
    expect(page.items.slice(3).map(idsOf)).toEqual([pairOf(radmila, радмила), pairOf(sejla, sejlaPlain)]);
    const vukosavljevic = page.items.find((pair) => idsOf(pair) === pairOf(radmila, радмила));
    const [latin, cyrillic] =
      vukosavljevic?.first.id === radmila.id
        ? [vukosavljevic.first, vukosavljevic.second]
        : [vukosavljevic?.second, vukosavljevic?.first];
    expect(latin).toEqual({
      id: radmila.id,
      givenName: "Radmila",
      familyName: "Vukosavljević",
      organizationId: ngo.id,
      organizationName: "Udruženje „Vive Žene“",
      birthYear: 1975,
      participations: 2,
    });
    expect(cyrillic).toMatchObject({ givenName: "Радмила", organizationName: null, participations: 0 });
  });

  it("pages the pairs, and counts them on every page", async () => {
    const all = (await list("?pageSize=50")).items.map(idsOf);
    const pages = [];
    for (const page of [1, 2, 3, 4]) {
      const answer = await list(`?page=${page}&pageSize=2`);
      expect(answer).toMatchObject({ total: 5, page, pageSize: 2 });
      pages.push(...answer.items.map(idsOf));
    }
    expect(pages).toEqual(all);
  });

  it("finds the pairs of a name written in either script, with or without diacritics", async () => {
    for (const query of ["Вукосављевић", "vukosavljevic", "Radmila Vukos"]) {
      const found = await list(`?q=${encodeURIComponent(query)}`);
      expect(found.total, query).toBe(1);
      expect(found.items.map(idsOf)).toEqual([pairOf(radmila, радмила)]);
    }
    // Đ typed as Dj finds the three records of Đorđe Đukić; a name with no pair finds none.
    expect((await list(`?q=${encodeURIComponent("Djukić")}`)).items.map(idsOf).sort()).toEqual(djordjePairs);
    expect(await list("?q=Begovi%C4%87")).toMatchObject({ total: 0, items: [] });
  });

  it("drops a pair once it is merged", async () => {
    const merged = await app.inject({
      method: "POST",
      url: `/api/people/${sejla.id}/merge`,
      headers: { cookie: coordinator.cookie },
      payload: { otherId: sejlaPlain.id },
    });
    expect(merged.statusCode).toBe(200);
    const page = await list();
    expect(page.total).toBe(4);
    expect(page.items.map(idsOf)).not.toContain(pairOf(sejla, sejlaPlain));
  });
});
