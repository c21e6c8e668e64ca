import { describe, expect, it } from "vitest";
import type { IndicatorSeries } from "../../../common/schemas/progress.js";
import { eventFrameworkNodes } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  findCategorySet,
  linkIndicator,
  makeEvent,
  makeFrameworkNode,
  makeIndicator,
  makeOrganization,
  makeParticipation,
  makePeriod,
  makePerson,
  makePlan,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp({ clock: () => new Date("2014-01-15T10:00:00Z") });
const { cookie } = await makeSignedInUser(db, "coordinator");

describe("an indicator fed by the trainer cascade", () => {
  it("counts, per period and by sex, the people the TOT's graduates reached", async () => {
    const plan = await makePlan(db);
    await makePeriod(db, {
      planId: plan.id,
      name: "2012/2013",
      startsOn: "2012-08-01",
      endsOn: "2013-07-31",
    });
    await makePeriod(db, {
      planId: plan.id,
      name: "2013/2014",
      startsOn: "2013-08-01",
      endsOn: "2014-07-31",
    });
    const node = await makeFrameworkNode(db, { planId: plan.id });
    const organizerIds = [(await makeOrganization(db)).id];
    const event = async (kind: "training_of_trainers" | "workshop", day: string) => {
      const row = await makeEvent(db, { organizerIds, kind, startsOn: day, endsOn: day });
      await db.insert(eventFrameworkNodes).values({ eventId: row.id, frameworkNodeId: node.id });
      return row.id;
    };
    const person = async (sex: "female" | "male") => (await makePerson(db, { sex })).id;
    const take = (eventId: string, personId: string, role: "participant" | "trainer", attended = true) =>
      makeParticipation(db, { eventId, personId, role, attended });

    const tot = await event("training_of_trainers", "2012-09-01");
    const [amra, boris] = [await person("female"), await person("male")];
    await take(tot, amra, "participant");
    await take(tot, boris, "participant");
    const first = await event("workshop", "2012-10-01");
    await take(first, amra, "trainer");
    await take(first, await person("female"), "participant");
    await take(first, await person("male"), "participant");
    await take(first, await person("female"), "participant", false);
    const later = await event("workshop", "2013-09-10");
    await take(later, boris, "trainer");
    await take(later, await person("female"), "participant");

    const indicator = await makeIndicator(db, {
      planId: plan.id,
      frameworkNodeId: node.id,
      code: "K-1",
      countsPeople: true,
      activitySource: {
        eventKinds: ["training_of_trainers"],
        roles: ["participant"],
        attendedOnly: true,
        measure: "cascade_reach",
      },
    });
    await linkIndicator(db, indicator.id, { categorySetIds: [(await findCategorySet(db, "sex")).id] });

    const series = (
      await app.inject({ url: `/api/indicators/${indicator.id}/series`, headers: { cookie } })
    ).json<IndicatorSeries>();
    expect(series.points.map((p) => [p.periodName, p.actual, p.bySex])).toEqual([
      ["2012/2013", 2, { female: 1, male: 1 }],
      ["2013/2014", 1, { female: 1, male: 0 }],
    ]);
  });

  it("is refused without trainings of trainers among its kinds", async () => {
    const plan = await makePlan(db);
    const node = await makeFrameworkNode(db, { planId: plan.id });
    const response = await app.inject({
      method: "POST",
      url: "/api/indicators",
      headers: { cookie },
      payload: {
        planId: plan.id,
        frameworkNodeId: node.id,
        code: "K-2",
        name: "Doseg kaskade",
        unit: "number",
        countsPeople: true,
        categorySetIds: [(await findCategorySet(db, "sex")).id],
        activitySource: {
          eventKinds: ["workshop"],
          roles: ["participant"],
          attendedOnly: true,
          measure: "cascade_reach",
        },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      {
        path: "activitySource",
        message: expect.stringContaining("trainings of trainers"),
        reason: "cascade_needs_tot",
      },
    ]);
  });
});
