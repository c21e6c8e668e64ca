import { describe, expect, it } from "vitest";
import type { IndicatorSeries } from "../../../common/schemas/progress.js";
import { agreementParties, agreements, eventFrameworkNodes } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
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

const { app, db } = await createTestApp();
const { cookie } = await makeSignedInUser(db, "coordinator");

describe("an indicator fed by the cooperation network", () => {
  it("counts, per period and without a split by sex, the plan's ties across levels and with civil society", async () => {
    const plan = await makePlan(db);
    for (const year of [2022, 2023])
      await makePeriod(db, {
        planId: plan.id,
        name: String(year),
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
      });
    const node = await makeFrameworkNode(db, { planId: plan.id });
    const ministry = await makeOrganization(db, { level: "state", sector: "defence" });
    const police = await makeOrganization(db, { level: "canton", sector: "police" });
    const ngo = await makeOrganization(db, { level: "municipality", sector: "civil_society" });
    const other = await makeOrganization(db, { level: "municipality", sector: "civil_society" });

    // 2022: the NGO's workshop of the plan, attended by the police (one tie, across levels, with civil society).
    const workshop = await makeEvent(db, {
      organizerIds: [ngo.id],
      startsOn: "2022-05-05",
      endsOn: "2022-05-05",
    });
    await db.insert(eventFrameworkNodes).values({ eventId: workshop.id, frameworkNodeId: node.id });
    await makeParticipation(db, {
      eventId: workshop.id,
      personId: (await makePerson(db, { organizationId: police.id })).id,
    });
    // A workshop of no plan: no tie of this plan.
    const elsewhere = await makeEvent(db, {
      organizerIds: [other.id],
      startsOn: "2022-06-06",
      endsOn: "2022-06-06",
    });
    await makeParticipation(db, {
      eventId: elsewhere.id,
      personId: (await makePerson(db, { organizationId: ministry.id })).id,
    });
    // 2023: an agreement of the plan between the ministry and the NGO, and one of another plan.
    for (const [planId, parties] of [
      [plan.id, [ministry.id, ngo.id]],
      [null, [ministry.id, other.id]],
    ] as const) {
      const [row] = await db
        .insert(agreements)
        .values({
          kind: "protocol",
          title: "Protokol",
          signedOn: "2023-02-01",
          validUntil: "2023-12-31",
          level: "state",
          planId,
          searchText: "protokol",
        })
        .returning();
      await db
        .insert(agreementParties)
        .values(parties.map((organizationId) => ({ agreementId: row?.id as string, organizationId })));
    }

    const indicator = (measure: string, isCumulative = false) =>
      makeIndicator(db, {
        planId: plan.id,
        frameworkNodeId: node.id,
        isCumulative,
        activitySource: {
          eventKinds: ["workshop"],
          roles: ["participant"],
          attendedOnly: false,
          measure: measure as never,
        },
      });
    const series = async (id: string) =>
      (await app.inject({ url: `/api/indicators/${id}/series`, headers: { cookie } }))
        .json<IndicatorSeries>()
        .points.map((p) => [p.periodName, p.actual, p.bySex]);

    expect(await series((await indicator("institution_cso_ties")).id)).toEqual([
      ["2022", 1, null],
      ["2023", 1, null],
    ]);
    expect(await series((await indicator("cross_level_ties", true)).id)).toEqual([
      ["2022", 1, null],
      ["2023", 2, null],
    ]);
    expect(await series((await indicator("cooperation_organizations")).id)).toEqual([
      ["2022", 2, null],
      ["2023", 2, null],
    ]);
  });
});
