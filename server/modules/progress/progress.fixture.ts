/** A plan with known progress figures, for the progress tests. */

import type { Db } from "../../db/client.js";
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
  makeSubmission,
} from "../../test/factories.js";
import { insertTarget, insertValue, linkEventToNode } from "./progress.fixture.queries.js";

type Submission = Awaited<ReturnType<typeof makeSubmission>>;
async function value(db: Db, submission: Submission, indicatorId: string, categoryKey: string, v: number) {
  await insertValue(db, { submissionId: submission.id, indicatorId, categoryKey, value: String(v) });
}
async function target(db: Db, indicatorId: string, reportingPeriodId: string, v: number) {
  await insertTarget(db, { indicatorId, reportingPeriodId, targetValue: String(v) });
}

/**
 * A plan with known answers in 2013/2014 (the period under way on 15 January 2014):
 * - N-1 people (by sex): A gives 40 as total (10 women, 30 men), B only the split 25 + 25, C's
 *   1000 is submitted but not approved → 90 (35 women, 55 men) against 100: on track.
 * - P-1 percent: A 30, B 20 → mean 25 against 40: off track.
 * - A-1 unique participants of workshops under node 1: Amra at two events counted once, Dario,
 *   Lejla; Ena absent, Mirza at a cancelled workshop, Sara in the previous period, Vedran at a
 *   seminar → 3 (2 women, 1 man) against 4: at risk.
 * - F-1 = N-1 / D-1 × 100 = 90 / 1000 × 100 = 9 against 9: on track; D-1 has no target: no data.
 * - C-1 cumulative: 10 in 2012/2013, 15 in 2013/2014 → 25 against 30: at risk.
 */
export async function makePlanWithResults(db: Db) {
  const plan = await makePlan(db, { title: "Akcioni plan za implementaciju UNSCR 1325" });
  const p1 = await makePeriod(db, {
    planId: plan.id,
    name: "2012/2013",
    startsOn: "2012-08-01",
    endsOn: "2013-07-31",
  });
  const p2 = await makePeriod(db, {
    planId: plan.id,
    name: "2013/2014",
    startsOn: "2013-08-01",
    endsOn: "2014-07-31",
  });
  const p3 = await makePeriod(db, {
    planId: plan.id,
    name: "2014/2015",
    startsOn: "2014-08-01",
    endsOn: "2015-07-31",
  });
  const goal = await makeFrameworkNode(db, { planId: plan.id, code: "1", position: 0 });
  const result = await makeFrameworkNode(db, { planId: plan.id, code: "1.1", parentId: goal.id, depth: 1 });
  const other = await makeFrameworkNode(db, { planId: plan.id, code: "2", position: 1 });
  const [a, b, c] = [await makeOrganization(db), await makeOrganization(db), await makeOrganization(db)];
  const sex = await findCategorySet(db, "sex");

  const people = await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: result.id,
    code: "N-1",
    name: "Жене и мушкарци обучени",
    countsPeople: true,
  });
  await linkIndicator(db, people.id, { categorySetIds: [sex.id] });
  const share = await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: result.id,
    code: "P-1",
    unit: "percent",
  });
  const trained = await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: goal.id,
    code: "A-1",
    activitySource: {
      eventKinds: ["workshop"],
      roles: ["participant"],
      attendedOnly: true,
      measure: "unique_people",
    },
  });
  const all = await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: other.id,
    code: "D-1",
    name: "=cmd|' /C calc'!A0",
  });
  const formula = await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: other.id,
    code: "F-1",
    unit: "percent",
    formula: { numeratorIndicatorId: people.id, denominatorIndicatorId: all.id, scale: 100 },
  });
  const cumulative = await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: other.id,
    code: "C-1",
    isCumulative: true,
  });

  await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: other.id,
    code: "X-1",
    archivedAt: new Date("2012-12-31T00:00:00Z"),
  });

  const approvedA1 = await makeSubmission(db, {
    organizationId: a.id,
    reportingPeriodId: p1.id,
    status: "approved",
  });
  const approvedA = await makeSubmission(db, {
    organizationId: a.id,
    reportingPeriodId: p2.id,
    status: "approved",
  });
  const approvedB = await makeSubmission(db, {
    organizationId: b.id,
    reportingPeriodId: p2.id,
    status: "approved",
  });
  const submittedC = await makeSubmission(db, {
    organizationId: c.id,
    reportingPeriodId: p2.id,
    status: "submitted",
  });
  await value(db, approvedA, people.id, "", 40);
  await value(db, approvedA, people.id, "sex=female", 10);
  await value(db, approvedA, people.id, "sex=male", 30);
  await value(db, approvedB, people.id, "sex=female", 25);
  await value(db, approvedB, people.id, "sex=male", 25);
  await value(db, submittedC, people.id, "", 1000);
  await value(db, approvedA, share.id, "", 30);
  await value(db, approvedB, share.id, "", 20);
  await value(db, submittedC, share.id, "", 100);
  await value(db, approvedA, all.id, "", 1000);
  await value(db, approvedA1, cumulative.id, "", 10);
  await value(db, approvedA, cumulative.id, "", 15);
  for (const [indicator, v] of [
    [people, 100],
    [share, 40],
    [trained, 4],
    [formula, 9],
    [cumulative, 30],
  ] as const)
    await target(db, indicator.id, p2.id, v);
  await target(db, cumulative.id, p1.id, 10);

  const event = async (
    nodeId: string,
    overrides: Parameters<typeof makeEvent>[1] extends infer O ? Partial<O> : never,
  ) => {
    const row = await makeEvent(db, {
      organizerIds: [a.id],
      startsOn: "2013-10-01",
      endsOn: "2013-10-01",
      ...overrides,
    });
    await linkEventToNode(db, row.id, nodeId);
    return row;
  };
  const first = await event(result.id, {});
  const second = await event(goal.id, { startsOn: "2014-03-01", endsOn: "2014-03-01" });
  await linkEventToNode(db, second.id, result.id);
  const cancelled = await event(result.id, { status: "cancelled" });
  const earlier = await event(result.id, { startsOn: "2013-06-01", endsOn: "2013-06-01" });
  const seminar = await event(result.id, { kind: "seminar" });
  const attend = async (eventId: string, sexOf: "female" | "male", attended = true, personId?: string) => {
    const person = personId ?? (await makePerson(db, { sex: sexOf })).id;
    await makeParticipation(db, { eventId, personId: person, role: "participant", attended });
    return person;
  };
  const amra = await attend(first.id, "female");
  await attend(second.id, "female", true, amra);
  await attend(first.id, "male");
  await attend(second.id, "female");
  await attend(second.id, "female", false);
  await attend(cancelled.id, "male");
  await attend(earlier.id, "female");
  await attend(seminar.id, "male");
  return { plan, periods: [p1, p2, p3], nodes: { goal, result, other }, cumulative, trained };
}
