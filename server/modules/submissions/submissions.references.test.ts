import { describe, expect, it } from "vitest";
import { actionReports } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  makeFrameworkNode,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../../test/factories.js";

const { app, db } = await createTestApp();
const { cookie } = await makeSignedInUser(db, "coordinator");

describe("what reports point at stays", () => {
  it("refuses to delete a period organisations have reported for", async () => {
    const ministry = await makeOrganization(db, { sector: "police" });
    const plan = await makePlan(db);
    const period = await makePeriod(db, { planId: plan.id });
    await makeSubmission(db, { organizationId: ministry.id, reportingPeriodId: period.id });
    const response = await app.inject({
      method: "DELETE",
      url: `/api/periods/${period.id}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toMatch(/reported for this period/);
  });

  it("refuses to delete a framework node that carries submitted progress reports", async () => {
    const ministry = await makeOrganization(db, { sector: "defence" });
    const plan = await makePlan(db, { tierNames: ["Cilj", "Aktivnost"] });
    const goal = await makeFrameworkNode(db, { planId: plan.id, code: "1" });
    const action = await makeFrameworkNode(db, {
      planId: plan.id,
      parentId: goal.id,
      depth: 1,
      code: "1.1",
      leadOrganizationId: ministry.id,
    });
    const period = await makePeriod(db, { planId: plan.id });
    const submission = await makeSubmission(db, {
      organizationId: ministry.id,
      reportingPeriodId: period.id,
    });
    await db.insert(actionReports).values({
      submissionId: submission.id,
      frameworkNodeId: action.id,
      status: "in_progress",
      narrative: "Obuka održana u Sarajevu i Banjoj Luci",
    });
    const response = await app.inject({
      method: "DELETE",
      url: `/api/plans/${plan.id}/nodes/${goal.id}`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toMatch(/progress report/);
  });
});
