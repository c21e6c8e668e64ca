import { describe, expect, it } from "vitest";
import { submissionComments } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  linkIndicator,
  makeFrameworkNode,
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../../test/factories.js";

/** "Today" is 1 March 2013: the period 2012/2013 runs, 2011/2012 has ended, 2013/2014 has not begun. */
const { app, db } = await createTestApp({ clock: () => new Date("2013-03-01T10:00:00Z") });

const remindersOf = async (cookie: string) => {
  const response = await app.inject({ url: "/api/reminders", headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json().items as Record<string, unknown>[];
};

const organization = await makeOrganization(db, { name: "Ministarstvo odbrane BiH" });
const rep = await makeSignedInUser(db, "representative", { organizationId: organization.id });
const reviewer = await makeSignedInUser(db, "coordinator");

/** Plan A: the organisation is responsible for an indicator. */
const planA = await makePlan(db, { title: "AP II" });
const indicator = await makeIndicator(db, { planId: planA.id });
await linkIndicator(db, indicator.id, { organizationIds: [organization.id] });
const ended = await makePeriod(db, {
  planId: planA.id,
  name: "2011/2012",
  startsOn: "2011-08-01",
  endsOn: "2012-07-31",
});
const current = await makePeriod(db, { planId: planA.id, name: "2012/2013" });
await makePeriod(db, { planId: planA.id, name: "2013/2014", startsOn: "2013-08-01", endsOn: "2014-07-31" });
await makePeriod(db, {
  planId: planA.id,
  name: "2010/2011",
  startsOn: "2010-08-01",
  endsOn: "2011-07-31",
  status: "closed",
});
const draft = await makeSubmission(db, { organizationId: organization.id, reportingPeriodId: current.id });

/** Plan B: the organisation leads an action; its report was returned twice. */
const planB = await makePlan(db, { title: "AP III" });
await makeFrameworkNode(db, { planId: planB.id, leadOrganizationId: organization.id });
const periodB = await makePeriod(db, { planId: planB.id, name: "2012/2013 B" });
const returned = await makeSubmission(db, {
  organizationId: organization.id,
  reportingPeriodId: periodB.id,
  status: "returned",
  decidedAt: new Date("2013-02-10T09:00:00Z"),
});
await db.insert(submissionComments).values([
  {
    submissionId: returned.id,
    body: "Prvi povrat",
    kind: "return",
    createdAt: new Date("2013-01-05T09:00:00Z"),
  },
  {
    submissionId: returned.id,
    body: "Dodajte izvor",
    kind: "return",
    createdAt: new Date("2013-02-10T09:00:00Z"),
  },
  { submissionId: returned.id, body: "Hvala", kind: "comment", createdAt: new Date("2013-02-11T09:00:00Z") },
]);

/** Plan C is archived; plan D is not the organisation's to report. */
const planC = await makePlan(db, { title: "AP I", archivedAt: new Date() });
await makeFrameworkNode(db, { planId: planC.id, leadOrganizationId: organization.id });
await makePeriod(db, { planId: planC.id });
const planD = await makePlan(db, { title: "Drugi plan" });
await makePeriod(db, { planId: planD.id });

describe("reminders", () => {
  it("gives a representative its overdue, returned and due reports, overdue first", async () => {
    expect(await remindersOf(rep.cookie)).toEqual([
      {
        kind: "overdue",
        periodId: ended.id,
        periodName: "2011/2012",
        planId: planA.id,
        planTitle: "AP II",
        organizationId: organization.id,
        organizationName: "Ministarstvo odbrane BiH",
        submissionId: null,
        since: "2012-07-31",
        note: null,
      },
      expect.objectContaining({
        kind: "returned",
        periodId: periodB.id,
        planTitle: "AP III",
        submissionId: returned.id,
        since: "2013-02-10",
        note: "Dodajte izvor",
      }),
      expect.objectContaining({
        kind: "due",
        periodId: current.id,
        submissionId: draft.id,
        since: "2012-08-01",
      }),
    ]);
  });

  it("drops a report once submitted, and gives it to the agency to review", async () => {
    const other = await makeOrganization(db, { name: "Granična policija BiH" });
    const planE = await makePlan(db, { title: "AP IV" });
    const node = await makeFrameworkNode(db, { planId: planE.id, leadOrganizationId: other.id });
    const period = await makePeriod(db, { planId: planE.id, name: "2012/2013 E" });
    const submitted = await makeSubmission(db, {
      organizationId: other.id,
      reportingPeriodId: period.id,
      status: "submitted",
      submittedAt: new Date("2013-02-20T08:00:00Z"),
    });
    const otherRep = await makeSignedInUser(db, "representative", { organizationId: other.id });
    expect(node.leadOrganizationId).toBe(other.id);
    expect(await remindersOf(otherRep.cookie)).toEqual([]);
    const forReviewer = await remindersOf(reviewer.cookie);
    expect(forReviewer).toContainEqual({
      kind: "to_review",
      periodId: period.id,
      periodName: "2012/2013 E",
      planId: planE.id,
      planTitle: "AP IV",
      organizationId: other.id,
      organizationName: "Granična policija BiH",
      submissionId: submitted.id,
      since: "2013-02-20",
      note: null,
    });
    expect(forReviewer.every((item) => item.kind === "to_review")).toBe(true);
  });

  it("gives other roles an empty list, and anonymous callers a 401", async () => {
    for (const role of ["viewer", "partner", "trainer"] as const) {
      const user = await makeSignedInUser(db, role, {
        organizationId: role === "trainer" ? null : organization.id,
      });
      expect(await remindersOf(user.cookie)).toEqual([]);
    }
    expect((await app.inject({ url: "/api/reminders" })).statusCode).toBe(401);
  });
});
