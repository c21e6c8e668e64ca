import { describe, expect, it } from "vitest";
import type { IndicatorSeries, PlanProgress } from "../../../common/schemas/progress.js";
import { indicatorTargets, indicatorValues } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../../test/factories.js";

const { app, db } = await createTestApp({ clock: () => new Date("2014-01-15T10:00:00Z") });
const { cookie } = await makeSignedInUser(db, "viewer");
const get = <T>(url: string) => app.inject({ url, headers: { cookie } }).then((r) => r.json<T>());

/**
 * Women among police officers in a plan running to 31 December 2013: 6.3 % on 1 January 2010,
 * 40 % by the end, 12 % reported for 2012/2013, no target for any period except 2011/2012.
 */
async function policePlan() {
  const plan = await makePlan(db, { startsOn: "2010-01-01", endsOn: "2013-12-31" });
  const period = (name: string, year: number) =>
    makePeriod(db, {
      planId: plan.id,
      name,
      startsOn: `${year}-08-01`,
      endsOn: `${year + 1}-07-31`,
    });
  const periods = [
    await period("2009/2010", 2009),
    await period("2011/2012", 2011),
    await period("2012/2013", 2012),
    await period("2013/2014", 2013),
  ];
  const police = await makeIndicator(db, {
    planId: plan.id,
    code: "2-a",
    unit: "percent",
    baselineValue: "6.3",
    baselineDate: "2010-01-01",
    endTarget: "40",
  });
  await db
    .insert(indicatorTargets)
    .values({ indicatorId: police.id, reportingPeriodId: periods[1]?.id ?? "", targetValue: "15" });
  const submission = await makeSubmission(db, {
    organizationId: (await makeOrganization(db)).id,
    reportingPeriodId: periods[2]?.id ?? "",
    status: "approved",
  });
  await db
    .insert(indicatorValues)
    .values({ submissionId: submission.id, indicatorId: police.id, categoryKey: "", value: "12" });
  return { plan, police };
}

describe("expected values between the baseline and the end target", () => {
  it("reads the path where a period has no target, and says so", async () => {
    const { police } = await policePlan();
    const series = await get<IndicatorSeries>(`/api/indicators/${police.id}/series`);
    expect(series.points.map((p) => [p.periodName, p.target, p.targetBasis, p.actual, p.status])).toEqual([
      // 211 days after the baseline.
      ["2009/2010", 11.1703, "path", null, "no_data"],
      ["2011/2012", 15, "target", null, "no_data"],
      // 1307 of 1460 days from the baseline to the plan's end: 6.3 + 33.7 × 1307 / 1460.
      ["2012/2013", 36.4684, "path", 12, "off_track"],
      ["2013/2014", 40, "path", null, "no_data"],
    ]);
  });

  it("opens on the latest started period that has a value, not on an empty one under way", async () => {
    const { plan } = await policePlan();
    const progress = await get<PlanProgress>(`/api/plans/${plan.id}/progress`);
    expect(progress.period?.name).toBe("2012/2013");
    expect(progress.indicators[0]).toMatchObject({
      code: "2-a",
      actual: 12,
      expected: 36.4684,
      expectedBasis: "path",
      status: "off_track",
    });
    expect(progress.rollUp.status).toBe("off_track");
  });
});
