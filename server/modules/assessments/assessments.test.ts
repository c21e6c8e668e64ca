import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actionReports, submissions } from "../../db/schema.js";
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

type Method = "GET" | "PUT";
const request = (cookie: string) => (method: Method, url: string, payload?: object) =>
  app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const coordinator = request((await makeSignedInUser(db, "coordinator")).cookie);
const viewer = request((await makeSignedInUser(db, "viewer")).cookie);

/** A plan with one action led by a ministry, a period, and a partner NGO. */
async function world(periodStatus: "open" | "closed" = "open") {
  const ministry = await makeOrganization(db, { name: `Ministarstvo ${Math.random()}`, sector: "defence" });
  const ngo = await makeOrganization(db, { name: `Udruženje ${Math.random()}`, sector: "civil_society" });
  const plan = await makePlan(db);
  const period = await makePeriod(db, { planId: plan.id, status: periodStatus });
  const node = await makeFrameworkNode(db, { planId: plan.id, leadOrganizationId: ministry.id });
  const partner = request((await makeSignedInUser(db, "partner", { organizationId: ngo.id })).cookie);
  return { ministry, ngo, plan, period, node, partner };
}

const body = (frameworkNodeId: string, status = "delayed", narrative = "Obuke nisu počele") => ({
  assessments: [{ frameworkNodeId, status, narrative }],
});

describe("dual-track assessments", () => {
  it("shows the government self-assessment only once submitted, beside the NGO's shadow assessment", async () => {
    const w = await world();
    const submission = await makeSubmission(db, {
      organizationId: w.ministry.id,
      reportingPeriodId: w.period.id,
    });
    await db.insert(actionReports).values({
      submissionId: submission.id,
      frameworkNodeId: w.node.id,
      status: "completed",
      narrative: "Završeno",
    });
    const draft = await viewer("GET", `/periods/${w.period.id}/assessments`);
    expect(draft.statusCode).toBe(200);
    expect(draft.json().actions[0].government).toBeNull();

    const put = await w.partner("PUT", `/periods/${w.period.id}/shadow-assessments`, body(w.node.id));
    expect(put.statusCode).toBe(200);
    await db.update(submissions).set({ status: "submitted" }).where(eq(submissions.id, submission.id));

    const view = (await viewer("GET", `/periods/${w.period.id}/assessments`)).json();
    expect(view.actions).toHaveLength(1);
    expect(view.actions[0]).toMatchObject({
      code: w.node.code,
      leadOrganizationName: w.ministry.name,
      government: { status: "completed", narrative: "Završeno", submissionStatus: "submitted" },
      shadow: [{ organizationName: w.ngo.name, status: "delayed", narrative: "Obuke nisu počele" }],
    });
    expect(JSON.stringify(view)).not.toContain("updatedBy");
  });

  it("upserts the partner's assessment rather than adding a second one", async () => {
    const w = await world();
    await w.partner("PUT", `/periods/${w.period.id}/shadow-assessments`, body(w.node.id));
    const again = await w.partner(
      "PUT",
      `/periods/${w.period.id}/shadow-assessments`,
      body(w.node.id, "in_progress", "Počelo"),
    );
    expect(again.statusCode).toBe(200);
    expect(again.json().actions[0].shadow).toMatchObject([{ status: "in_progress", narrative: "Počelo" }]);
  });

  it("lets staff write only for a named civil-society organisation", async () => {
    const w = await world();
    const url = `/periods/${w.period.id}/shadow-assessments`;
    expect((await coordinator("PUT", url, body(w.node.id))).statusCode).toBe(400);
    const ministry = await coordinator("PUT", url, { ...body(w.node.id), organizationId: w.ministry.id });
    expect(ministry.statusCode).toBe(400);
    const ngo = await coordinator("PUT", url, { ...body(w.node.id), organizationId: w.ngo.id });
    expect(ngo.statusCode).toBe(200);
    expect(ngo.json().actions[0].shadow[0].organizationId).toBe(w.ngo.id);
  });

  it("refuses actions of another plan, duplicates, and writes to a closed period", async () => {
    const w = await world();
    const foreign = await makeFrameworkNode(db, {
      planId: (await makePlan(db)).id,
      leadOrganizationId: w.ministry.id,
    });
    const url = `/periods/${w.period.id}/shadow-assessments`;
    expect((await w.partner("PUT", url, body(foreign.id))).statusCode).toBe(400);
    const twice = {
      assessments: [...body(w.node.id).assessments, ...body(w.node.id).assessments],
    };
    expect((await w.partner("PUT", url, twice)).statusCode).toBe(400);

    const closed = await world("closed");
    const refused = await closed.partner(
      "PUT",
      `/periods/${closed.period.id}/shadow-assessments`,
      body(closed.node.id),
    );
    expect(refused.statusCode).toBe(409);
  });

  it("refuses a partner whose organisation is not civil society", async () => {
    const w = await world();
    const other = request((await makeSignedInUser(db, "partner", { organizationId: w.ministry.id })).cookie);
    expect(
      (await other("PUT", `/periods/${w.period.id}/shadow-assessments`, body(w.node.id))).statusCode,
    ).toBe(403);
  });
});
