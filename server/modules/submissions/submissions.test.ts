import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.js";
import {
  findCategorySet,
  linkIndicator,
  makeFrameworkNode,
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

type Method = "GET" | "POST" | "PUT";
const request = (cookie: string) => (method: Method, url: string, payload?: object) =>
  app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const coordinator = request((await makeSignedInUser(db, "coordinator")).cookie);
const viewer = request((await makeSignedInUser(db, "viewer")).cookie);
const partner = request(
  (await makeSignedInUser(db, "partner", { organizationId: (await makeOrganization(db)).id })).cookie,
);

const sex = await findCategorySet(db, "sex");
const entity = await findCategorySet(db, "entity");

/** A plan with: people trained by sex and entity, a yes/no and a text indicator, and a led action. */
async function world() {
  const organization = await makeOrganization(db, { name: `Agencija ${Math.random()}` });
  const plan = await makePlan(db);
  const period = await makePeriod(db, { planId: plan.id });
  const trained = await makeIndicator(db, { planId: plan.id, code: "2.1", countsPeople: true });
  await linkIndicator(db, trained.id, {
    organizationIds: [organization.id],
    categorySetIds: [sex.id, entity.id],
  });
  const law = await makeIndicator(db, { planId: plan.id, code: "2.2", unit: "yes_no" });
  const note = await makeIndicator(db, { planId: plan.id, code: "2.3", unit: "text" });
  await linkIndicator(db, law.id, { organizationIds: [organization.id] });
  await linkIndicator(db, note.id, { organizationIds: [organization.id] });
  const node = await makeFrameworkNode(db, { planId: plan.id, leadOrganizationId: organization.id });
  const submission = await makeSubmission(db, {
    organizationId: organization.id,
    reportingPeriodId: period.id,
  });
  const user = await makeSignedInUser(db, "representative", { organizationId: organization.id });
  return { organization, plan, period, trained, law, note, node, submission, rep: request(user.cookie) };
}

function pathsOf(response: Awaited<ReturnType<typeof app.inject>>) {
  expect(response.statusCode).toBe(400);
  return response.json().details.map((d: { path: string }) => d.path);
}

describe("data entry", () => {
  it("puts only the indicators typed in on the form: computed ones (formula, activities) stay off it", async () => {
    const w = await world();
    const counted = await makeIndicator(db, {
      planId: w.plan.id,
      code: "2.4",
      activitySource: {
        eventKinds: ["workshop"],
        roles: ["participant"],
        attendedOnly: true,
        measure: "events_held",
      },
    });
    const share = await makeIndicator(db, {
      planId: w.plan.id,
      code: "2.5",
      unit: "percent",
      formula: { numeratorIndicatorId: w.trained.id, denominatorIndicatorId: counted.id, scale: 100 },
    });
    for (const id of [counted.id, share.id])
      await linkIndicator(db, id, { organizationIds: [w.organization.id] });
    const form = (await w.rep("GET", `/submissions/${w.submission.id}`)).json();
    expect(form.indicators.map((i: { code: string }) => i.code)).toEqual(["2.1", "2.2", "2.3"]);
    const typed = await w.rep("PUT", `/submissions/${w.submission.id}/values`, {
      values: [{ indicatorId: counted.id, categoryKey: "", value: 3 }],
    });
    expect(pathsOf(typed)).toEqual(["values.0.indicatorId"]);
  });

  it("stores values under canonical category keys and refuses keys that are not a full valid combination", async () => {
    const w = await world();
    const stored = await w.rep("PUT", `/submissions/${w.submission.id}/values`, {
      values: [
        { indicatorId: w.trained.id, categoryKey: "sex=female;entity=BA-SRP", value: 40 },
        { indicatorId: w.trained.id, categoryKey: "entity=BA-SRP;sex=male", value: 60 },
        { indicatorId: w.trained.id, categoryKey: "", value: 100 },
        { indicatorId: w.law.id, categoryKey: "", value: 1 },
        { indicatorId: w.note.id, categoryKey: "", textValue: "Zakon usvojen" },
      ],
    });
    expect(stored.statusCode).toBe(200);
    const form = stored.json();
    expect(form.indicators.map((i: { code: string }) => i.code)).toEqual(["2.1", "2.2", "2.3"]);
    expect(form.indicators[0].categorySets.map((s: { code: string }) => s.code)).toEqual(["entity", "sex"]);
    expect(form.indicators[0].values.map((v: { categoryKey: string }) => v.categoryKey)).toEqual([
      "",
      "entity=BA-SRP;sex=female",
      "entity=BA-SRP;sex=male",
    ]);
    expect(form.actions).toMatchObject([{ frameworkNodeId: w.node.id, report: null }]);

    const bad = await w.rep("PUT", `/submissions/${w.submission.id}/values`, {
      values: [
        { indicatorId: w.trained.id, categoryKey: "sex=female", value: 1 },
        { indicatorId: w.trained.id, categoryKey: "sex=other;entity=BA-SRP", value: 1 },
        { indicatorId: w.trained.id, categoryKey: "sex=female;entity=BA-SRP;level=state", value: 1 },
        { indicatorId: w.trained.id, categoryKey: "sex", value: 1 },
        { indicatorId: w.law.id, categoryKey: "sex=female", value: 1 },
        { indicatorId: w.trained.id, categoryKey: "", value: 1.5 },
        { indicatorId: w.law.id, categoryKey: "", value: 2 },
        { indicatorId: w.note.id, categoryKey: "", value: 3 },
        { indicatorId: w.trained.id, categoryKey: "entity=BA-BIH;sex=male", textValue: "da" },
        { indicatorId: (await makeIndicator(db, { planId: w.plan.id })).id, categoryKey: "", value: 1 },
      ],
    });
    expect(pathsOf(bad)).toEqual([
      "values.0.categoryKey",
      "values.1.categoryKey",
      "values.2.categoryKey",
      "values.3.categoryKey",
      "values.4.categoryKey",
      "values.5.value",
      "values.6.value",
      "values.7.value",
      "values.8.textValue",
      "values.9.indicatorId",
    ]);
    const after = await w.rep("GET", `/submissions/${w.submission.id}`);
    expect(after.json().indicators[0].values).toHaveLength(3);
  });

  it("stores action reports only for actions the organisation leads", async () => {
    const w = await world();
    const other = await makeFrameworkNode(db, { planId: w.plan.id });
    const refused = await w.rep("PUT", `/submissions/${w.submission.id}/actions`, {
      reports: [{ frameworkNodeId: other.id, status: "completed" }],
    });
    expect(pathsOf(refused)).toEqual(["reports.0.frameworkNodeId"]);
    const stored = await w.rep("PUT", `/submissions/${w.submission.id}/actions`, {
      reports: [{ frameworkNodeId: w.node.id, status: "delayed", narrative: "Čeka se budžet" }],
    });
    expect(stored.json().actions).toMatchObject([
      { frameworkNodeId: w.node.id, report: { status: "delayed", narrative: "Čeka se budžet" } },
    ]);
  });

  it("refuses to submit a count of people given only as a total, listing the missing sex categories", async () => {
    const w = await world();
    await w.rep("PUT", `/submissions/${w.submission.id}/values`, {
      values: [
        { indicatorId: w.trained.id, categoryKey: "", value: 100 },
        { indicatorId: w.trained.id, categoryKey: "entity=BA-BIH;sex=female", value: 30 },
      ],
    });
    const refused = await w.rep("POST", `/submissions/${w.submission.id}/submit`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details).toEqual([
      {
        path: `indicators.${w.trained.id}`,
        message: expect.stringMatching(/2\.1.*sex=male/),
        reason: "sex_split_missing",
        params: { indicator: "2.1", categories: expect.stringContaining("sex=male") },
      },
    ]);
    await w.rep("PUT", `/submissions/${w.submission.id}/values`, {
      values: [{ indicatorId: w.trained.id, categoryKey: "entity=BA-BIH;sex=male", value: 70 }],
    });
    expect((await w.rep("POST", `/submissions/${w.submission.id}/submit`)).statusCode).toBe(200);
  });
});

describe("access to submissions", () => {
  it("hides another organisation's submission from a representative and never lets it decide", async () => {
    const mine = await world();
    const theirs = await world();
    const id = theirs.submission.id;
    expect((await mine.rep("GET", `/submissions/${id}`)).statusCode).toBe(404);
    expect(
      (
        await mine.rep("PUT", `/submissions/${id}/values`, {
          values: [{ indicatorId: theirs.law.id, categoryKey: "", value: 1 }],
        })
      ).statusCode,
    ).toBe(404);
    expect((await mine.rep("POST", `/submissions/${id}/submit`)).statusCode).toBe(404);
    expect(
      (
        await mine.rep("POST", `/periods/${theirs.period.id}/submissions`, {
          organizationId: theirs.organization.id,
        })
      ).statusCode,
    ).toBe(404);

    const own = await makeSubmission(db, { organizationId: mine.organization.id, status: "submitted" });
    expect((await mine.rep("POST", `/submissions/${own.id}/approve`)).statusCode).toBe(403);
    expect((await mine.rep("POST", `/submissions/${own.id}/return`, { comment: "x" })).statusCode).toBe(403);
  });

  it("lets a viewer read approved submissions only and write nothing; partners get 403", async () => {
    const w = await world();
    const approved = await makeSubmission(db, { organizationId: w.organization.id, status: "approved" });
    expect((await viewer("GET", `/submissions/${approved.id}`)).statusCode).toBe(200);
    expect((await viewer("GET", `/submissions/${w.submission.id}`)).statusCode).toBe(404);
    expect((await viewer("POST", `/submissions/${w.submission.id}/comments`, { body: "x" })).statusCode).toBe(
      403,
    );
    expect((await viewer("POST", `/submissions/${w.submission.id}/submit`)).statusCode).toBe(403);
    expect(
      (await viewer("POST", `/periods/${w.period.id}/submissions`, { organizationId: w.organization.id }))
        .statusCode,
    ).toBe(403);
    expect((await partner("GET", `/submissions/${approved.id}`)).statusCode).toBe(403);
    expect((await partner("GET", `/periods/${w.period.id}/submissions`)).statusCode).toBe(403);
  });
});

describe("completeness", () => {
  it("lists every reporting organisation with its status, values and actions given / expected", async () => {
    const w = await world();
    const lead = await makeOrganization(db, { name: "Zzz lead only" });
    await makeFrameworkNode(db, { planId: w.plan.id, leadOrganizationId: lead.id });
    await makeFrameworkNode(db, { planId: w.plan.id, leadOrganizationId: lead.id });
    await makeFrameworkNode(db, { planId: w.plan.id, leadOrganizationId: w.organization.id });
    await w.rep("PUT", `/submissions/${w.submission.id}/actions`, {
      reports: [{ frameworkNodeId: w.node.id, status: "in_progress" }],
    });
    const archived = await makeIndicator(db, { planId: w.plan.id, archivedAt: new Date() });
    await linkIndicator(db, archived.id, { organizationIds: [(await makeOrganization(db)).id] });
    await w.rep("PUT", `/submissions/${w.submission.id}/values`, {
      values: [
        { indicatorId: w.trained.id, categoryKey: "", value: 100 },
        { indicatorId: w.trained.id, categoryKey: "entity=BA-BIH;sex=female", value: 30 },
        { indicatorId: w.law.id, categoryKey: "", value: 0 },
      ],
    });
    const response = await w.rep("GET", `/periods/${w.period.id}/submissions`);
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      {
        organizationId: w.organization.id,
        organizationName: w.organization.name,
        submissionId: w.submission.id,
        status: "draft",
        valuesGiven: 2,
        valuesExpected: 8,
        actionsLed: 2,
        actionsReported: 1,
        abilities: { start: false },
      },
      {
        organizationId: lead.id,
        organizationName: "Zzz lead only",
        submissionId: null,
        status: "not_started",
        valuesGiven: 0,
        valuesExpected: 0,
        actionsLed: 2,
        actionsReported: 0,
        // Another organisation's report is not the representative's to start.
        abilities: { start: false },
      },
    ]);
    expect((await viewer("GET", `/periods/${w.period.id}/submissions`)).statusCode).toBe(200);
    const asStaff = await coordinator("GET", `/periods/${w.period.id}/submissions`);
    expect(asStaff.statusCode).toBe(200);
    // The agency may start the report of an organisation that has none yet, and only that one.
    expect(asStaff.json().items.map((row: { abilities: { start: boolean } }) => row.abilities.start)).toEqual(
      [false, true],
    );
  });
});
