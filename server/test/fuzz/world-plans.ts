/**
 * The plan of the fuzzer's world: a plan with its framework (goal, objective, action) and a draft
 * plan; indicators counted, computed from others and fed by events; two reporting periods with
 * targets, and submissions of every status with values and evidence.
 */
import { indicatorTargets, indicatorValues } from "../../db/schema.js";
import {
  findCategorySet,
  linkIndicator,
  makeCategorySet,
  makeEvidence,
  makeFrameworkNode,
  makeIndicator,
  makePeriod,
  makePlan,
  makeSubmission,
} from "../factories.js";
import { hex, type Seeding } from "./seeding.js";
import type { Organizations, Registry } from "./world-registry.js";

export interface PlanRows {
  planId: string;
  /** The framework nodes events contribute to. */
  objectiveId: string;
  actionId: string;
  /** The code of the category set of ranks (the sex set's code is `sex`). */
  ranksCode: string;
}

export async function buildPlans(seeding: Seeding, { bihacId, organizations }: Registry): Promise<PlanRows> {
  const { db, add } = seeding;
  const plan = await makePlan(db, { title: `Akcioni plan 1325 ${hex()}`, jurisdictionId: bihacId ?? null });
  const draftPlan = await makePlan(db, { status: "draft", startsOn: "2014-01-01", endsOn: "2017-12-31" });
  add("plans", plan.id, draftPlan.id);
  const framework = await makeFramework(seeding, plan.id, draftPlan.id, organizations.partner);
  const indicators = await makeIndicators(seeding, plan.id, framework, organizations);
  await makeReporting(seeding, plan.id, indicators, organizations);
  return {
    planId: plan.id,
    objectiveId: framework.objective,
    actionId: framework.action,
    ranksCode: indicators.ranksCode,
  };
}

/** Ids of the plan's goal, objective and action. */
interface Framework {
  goal: string;
  objective: string;
  action: string;
}

async function makeFramework(
  { db, add, parents }: Seeding,
  planId: string,
  draftPlanId: string,
  leadOrganizationId: string,
): Promise<Framework> {
  const goal = await makeFrameworkNode(db, { planId, code: "1", title: "Žene u odlučivanju" });
  const objective = await makeFrameworkNode(db, {
    planId,
    parentId: goal.id,
    depth: 1,
    code: "1.1",
    title: "Učešće žena u sektoru sigurnosti",
  });
  const action = await makeFrameworkNode(db, {
    planId,
    parentId: objective.id,
    depth: 2,
    code: "1.1.1",
    title: "Обуке за жене у полицији",
    leadOrganizationId,
    deadline: "2013-06-30",
  });
  const draftNode = await makeFrameworkNode(db, { planId: draftPlanId, code: "A" });
  add("nodes", goal.id, objective.id, action.id, draftNode.id);
  for (const node of [goal, objective, action, draftNode]) parents.set(node.id, node.planId);
  return { goal: goal.id, objective: objective.id, action: action.id };
}

/** Ids of the indicators that get targets and values, and the code of the ranks' category set. */
interface Indicators {
  headcount: string;
  share: string;
  yesNo: string;
  reach: string;
  ranksCode: string;
}

/** Indicators of each unit, one with category sets, a ratio of two others and one fed by events. */
async function makeIndicators(
  { db, add }: Seeding,
  planId: string,
  framework: Framework,
  organizations: Organizations,
): Promise<Indicators> {
  const sex = await findCategorySet(db, "sex");
  const ranks = await makeCategorySet(db);
  add("category-sets", sex.id, ranks.id);
  const headcount = await makeIndicator(db, {
    planId,
    frameworkNodeId: framework.objective,
    countsPeople: true,
  });
  const share = await makeIndicator(db, { planId, frameworkNodeId: framework.action, unit: "percent" });
  const yesNo = await makeIndicator(db, { planId, frameworkNodeId: framework.goal, unit: "yes_no" });
  // Computed indicators: a ratio of two others (whose denominator reports zero) and one fed by events.
  const ratio = await makeIndicator(db, {
    planId,
    frameworkNodeId: framework.objective,
    unit: "ratio",
    formula: { numeratorIndicatorId: headcount.id, denominatorIndicatorId: yesNo.id, scale: 100 },
  });
  const reach = await makeIndicator(db, {
    planId,
    frameworkNodeId: framework.action,
    activitySource: {
      eventKinds: ["workshop", "training_of_trainers"],
      roles: ["participant"],
      attendedOnly: true,
      measure: "cascade_reach",
    },
    baselineValue: "0",
    endTarget: "250",
  });
  add("indicators", headcount.id, share.id, yesNo.id, ratio.id, reach.id);
  await linkIndicator(db, headcount.id, {
    organizationIds: [organizations.partner, organizations.representative, organizations.defence],
    categorySetIds: [ranks.id, sex.id],
  });
  await linkIndicator(db, share.id, {
    organizationIds: [organizations.partner, organizations.representative],
  });
  await linkIndicator(db, yesNo.id, { organizationIds: [organizations.defence] });
  return {
    headcount: headcount.id,
    share: share.id,
    yesNo: yesNo.id,
    reach: reach.id,
    ranksCode: ranks.code,
  };
}

/** Two periods with targets; submissions (draft, submitted, approved, returned) with values and evidence. */
async function makeReporting(
  { db, files, add }: Seeding,
  planId: string,
  indicators: Indicators,
  organizations: Organizations,
): Promise<void> {
  const period = await makePeriod(db, { planId });
  const nextPeriod = await makePeriod(db, {
    planId,
    name: "2013/2014",
    startsOn: "2013-08-01",
    endsOn: "2014-07-31",
  });
  add("periods", period.id, nextPeriod.id);
  const submissionOf = (organizationId: string, reportingPeriodId: string, status: string) =>
    makeSubmission(db, { organizationId, reportingPeriodId, status });
  const partnerSubmission = await submissionOf(organizations.partner, period.id, "draft");
  const representativeSubmission = await submissionOf(organizations.representative, period.id, "submitted");
  const defenceSubmission = await submissionOf(organizations.defence, period.id, "approved");
  const returned = await submissionOf(organizations.partner, nextPeriod.id, "returned");
  add("submissions", partnerSubmission.id, representativeSubmission.id, defenceSubmission.id, returned.id);
  await db.insert(indicatorTargets).values([
    { indicatorId: indicators.headcount, reportingPeriodId: period.id, targetValue: "40" },
    { indicatorId: indicators.share, reportingPeriodId: period.id, targetValue: "33.3" },
    { indicatorId: indicators.reach, reportingPeriodId: nextPeriod.id, targetValue: "100" },
  ]);
  await db.insert(indicatorValues).values([
    { submissionId: defenceSubmission.id, indicatorId: indicators.yesNo, categoryKey: "", value: "0" },
    {
      submissionId: representativeSubmission.id,
      indicatorId: indicators.headcount,
      categoryKey: "",
      value: "17",
    },
    { submissionId: partnerSubmission.id, indicatorId: indicators.share, categoryKey: "", value: "41.5" },
  ]);
  for (const submission of [partnerSubmission, defenceSubmission]) {
    add("evidence", (await makeEvidence(db, files, { submissionId: submission.id })).id);
  }
}
