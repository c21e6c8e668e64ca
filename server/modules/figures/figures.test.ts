/**
 * Figures of activity-fed indicators against numbers worked out by hand on a small plan, as the
 * progress page and the indicator chart read them; and every change shows at once (read your writes).
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { IndicatorSeries, PlanProgress } from "../../../common/schemas/progress.js";
import { eventFrameworkNodes, events } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeFrameworkNode,
  makeIndicator,
  makeParticipation,
  makePeriod,
  makePerson,
  makePlan,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp({ clock: () => new Date("2015-01-15T10:00:00Z") });
const { cookie } = await makeSignedInUser(db, "coordinator");
const get = (url: string) => app.inject({ url, headers: { cookie } });
const send = (method: "POST" | "PATCH", url: string, payload: object) =>
  app.inject({ method, url, headers: { cookie }, payload });

const plan = await makePlan(db, { startsOn: "2012-01-01", endsOn: "2014-12-31" });
const node = await makeFrameworkNode(db, { planId: plan.id, code: "1" });
const first = await makePeriod(db, {
  planId: plan.id,
  name: "2012",
  startsOn: "2012-01-01",
  endsOn: "2012-12-31",
});
const second = await makePeriod(db, {
  planId: plan.id,
  name: "2013",
  startsOn: "2013-01-01",
  endsOn: "2013-12-31",
});
const source = { eventKinds: ["workshop" as const], roles: ["participant" as const], attendedOnly: true };
const cumulative = await makeIndicator(db, {
  planId: plan.id,
  frameworkNodeId: node.id,
  code: "U-CUM",
  countsPeople: true,
  isCumulative: true,
  activitySource: { ...source, measure: "unique_people" },
});
const perPeriod = await makeIndicator(db, {
  planId: plan.id,
  frameworkNodeId: node.id,
  code: "U-PER",
  countsPeople: true,
  activitySource: { ...source, measure: "unique_people" },
});
const participationCount = await makeIndicator(db, {
  planId: plan.id,
  frameworkNodeId: node.id,
  code: "P-CUM",
  countsPeople: true,
  isCumulative: true,
  activitySource: { ...source, measure: "participations" },
});
const eventsHeld = await makeIndicator(db, {
  planId: plan.id,
  frameworkNodeId: node.id,
  code: "E-PER",
  activitySource: { ...source, measure: "events_held" },
});

async function workshop(startsOn: string) {
  const event = await makeEvent(db, { organizerIds: [], kind: "workshop", startsOn, endsOn: startsOn });
  await db.insert(eventFrameworkNodes).values({ eventId: event.id, frameworkNodeId: node.id });
  return event;
}

// 2012: Amra and Boris at one workshop, Amra again at another. 2013: Amra and Cvijeta; and Dino at
// a workshop that is archived (it counts nowhere).
const amra = await makePerson(db, { givenName: "Amra", sex: "female" });
const boris = await makePerson(db, { givenName: "Boris", sex: "male" });
const cvijeta = await makePerson(db, { givenName: "Cvijeta", sex: "female" });
const dino = await makePerson(db, { givenName: "Dino", sex: "male" });
const may2012 = await workshop("2012-05-15");
const june2012 = await workshop("2012-06-20");
const march2013 = await workshop("2013-03-10");
const archived = await workshop("2013-04-01");
await db
  .update(events)
  .set({ archivedAt: new Date("2013-05-01T00:00:00Z") })
  .where(eq(events.id, archived.id));
for (const [event, person] of [
  [may2012, amra],
  [may2012, boris],
  [june2012, amra],
  [march2013, amra],
  [march2013, cvijeta],
  [archived, dino],
] as const) {
  await makeParticipation(db, { eventId: event.id, personId: person.id });
}

type Row = PlanProgress["indicators"][number];
async function progressIn(periodId: string): Promise<Map<string, Row>> {
  const response = await get(`/api/plans/${plan.id}/progress?periodId=${periodId}`);
  expect(response.statusCode).toBe(200);
  const body = response.json() as PlanProgress;
  return new Map(body.indicators.map((row) => [row.code, row]));
}

describe("figures of activity-fed indicators", () => {
  it("count unique people once over the periods a cumulative indicator spans", async () => {
    const in2012 = await progressIn(first.id);
    const in2013 = await progressIn(second.id);
    // Amra and Boris in 2012; Amra and Cvijeta in 2013: three people so far, not 2 + 2.
    expect(in2012.get("U-CUM")).toMatchObject({ actual: 2, bySex: { female: 1, male: 1 } });
    expect(in2013.get("U-CUM")).toMatchObject({ actual: 3, bySex: { female: 2, male: 1 } });
    expect(in2013.get("U-PER")).toMatchObject({ actual: 2, bySex: { female: 2, male: 0 } });
    // Participations do add up: 3 in 2012, 2 in 2013; the archived workshop counts nowhere.
    expect(in2013.get("P-CUM")).toMatchObject({ actual: 5, bySex: { female: 4, male: 1 } });
    expect(in2012.get("E-PER")).toMatchObject({ actual: 2, bySex: null });
    expect(in2013.get("E-PER")).toMatchObject({ actual: 1 });
  });

  it("give the indicator chart the same numbers as the progress page", async () => {
    const response = await get(`/api/indicators/${cumulative.id}/series`);
    expect(response.statusCode).toBe(200);
    const series = response.json() as IndicatorSeries;
    expect(series.points.map((point) => point.actual)).toEqual([2, 3]);
    const perPeriodSeries = (await get(`/api/indicators/${perPeriod.id}/series`)).json() as IndicatorSeries;
    expect(perPeriodSeries.points.map((point) => point.actual)).toEqual([2, 2]);
    const counted = (await get(`/api/indicators/${participationCount.id}/series`)).json() as IndicatorSeries;
    expect(counted.points.map((point) => point.actual)).toEqual([3, 5]);
    const held = (await get(`/api/indicators/${eventsHeld.id}/series`)).json() as IndicatorSeries;
    expect(held.points.map((point) => point.actual)).toEqual([2, 1]);
  });

  it("show a change at once: a participant added, an event archived, a person's sex corrected", async () => {
    const added = await send("POST", `/api/events/${march2013.id}/participations`, {
      personId: boris.id,
      role: "participant",
    });
    expect(added.statusCode).toBe(201);
    // Boris was counted in 2012 already: the cumulative count stays 3, the 2013 count grows.
    expect((await progressIn(second.id)).get("U-CUM")).toMatchObject({ actual: 3 });
    expect((await progressIn(second.id)).get("U-PER")).toMatchObject({
      actual: 3,
      bySex: { female: 2, male: 1 },
    });

    // Archiving is DELETE on the event.
    const archivedNow = await app.inject({
      method: "DELETE",
      url: `/api/events/${june2012.id}`,
      headers: { cookie },
    });
    expect(archivedNow.statusCode).toBe(200);
    expect((await progressIn(first.id)).get("E-PER")).toMatchObject({ actual: 1 });
    expect((await progressIn(first.id)).get("P-CUM")).toMatchObject({ actual: 2 });

    const corrected = await send("PATCH", `/api/people/${cvijeta.id}`, { sex: "male" });
    expect(corrected.statusCode).toBe(200);
    expect((await progressIn(second.id)).get("U-CUM")).toMatchObject({
      actual: 3,
      bySex: { female: 1, male: 2 },
    });
  });
});
