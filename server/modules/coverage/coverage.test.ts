import { describe, expect, it } from "vitest";
import type { Coverage, CoverageRow } from "../../../common/schemas/coverage.js";
import { createTestApp } from "../../test/app.js";
import { makeCoverageWorld } from "../../test/coverage-world.js";

const { app, db } = await createTestApp();
const world = await makeCoverageWorld(db);

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
