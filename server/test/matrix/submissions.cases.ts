import type { SubmissionStatus } from "../../../common/schemas/enums.js";
import {
  linkIndicator,
  makeFrameworkNode,
  makeIndicator,
  makePeriod,
  makePlan,
  makeSubmission,
} from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

/**
 * Submissions belong to an organisation: "own" is the signed-in user's organisation's submission,
 * "other" another organisation's. Each cell gets a plan, an open period, an indicator the
 * organisation is responsible for and an action it leads.
 */
async function reportingPlan(w: World, scenario: Scenario) {
  const organizationId = scenario === "other" ? w.otherOrganizationId : w.ownOrganizationId;
  const plan = await makePlan(w.db);
  const period = await makePeriod(w.db, { planId: plan.id });
  const indicator = await makeIndicator(w.db, { planId: plan.id });
  await linkIndicator(w.db, indicator.id, { organizationIds: [organizationId] });
  const node = await makeFrameworkNode(w.db, { planId: plan.id, leadOrganizationId: organizationId });
  return { organizationId, periodId: period.id, indicatorId: indicator.id, nodeId: node.id };
}

export async function submission(w: World, scenario: Scenario, status: SubmissionStatus) {
  const world = await reportingPlan(w, scenario);
  const row = await makeSubmission(w.db, {
    organizationId: world.organizationId,
    reportingPeriodId: world.periodId,
    status,
  });
  return { ...world, id: scenario === "missing" ? MISSING_ID : row.id };
}

const url = (id: string, tail = "") => `/api/submissions/${id}${tail}`;

/** Writes of the organisation (values, actions, submit, comment). */
const ownWrites = (ok: string) =>
  expectations({ staff: `${ok} ${ok} 404`, representative: `${ok} 404 404`, others: "403 403 404" });
/** Decisions of the agency (return, approve, unlock). */
const decisions = expectations({
  staff: "200 200 404",
  representative: "403 404 404",
  others: "403 403 404",
});

export const submissionCases: RouteCase[] = [
  {
    route: "GET /api/periods/:id/submissions",
    request: async (w, s) => {
      const { periodId } = await reportingPlan(w, s);
      return { url: `/api/periods/${s === "missing" ? MISSING_ID : periodId}/submissions` };
    },
    expect: expectations({ partner: "403 403 404", trainer: "403 403 404", others: "200 200 404" }),
  },
  {
    route: "POST /api/periods/:id/submissions",
    request: async (w, s) => {
      const { periodId, organizationId } = await reportingPlan(w, s);
      return {
        url: `/api/periods/${s === "missing" ? MISSING_ID : periodId}/submissions`,
        payload: { organizationId },
      };
    },
    expect: ownWrites("201"),
  },
  {
    route: "GET /api/submissions/:id",
    request: async (w, s) => ({ url: url((await submission(w, s, "approved")).id) }),
    expect: expectations({
      staff: "200 200 404",
      representative: "200 404 404",
      viewer: "200 200 404",
      others: "403 403 404",
    }),
  },
  {
    route: "PUT /api/submissions/:id/values",
    request: async (w, s) => {
      const { id, indicatorId } = await submission(w, s, "draft");
      return { url: url(id, "/values"), payload: { values: [{ indicatorId, categoryKey: "", value: 7 }] } };
    },
    expect: ownWrites("200"),
  },
  {
    route: "PUT /api/submissions/:id/actions",
    request: async (w, s) => {
      const { id, nodeId } = await submission(w, s, "returned");
      return {
        url: url(id, "/actions"),
        payload: { reports: [{ frameworkNodeId: nodeId, status: "in_progress", narrative: "Obuke u toku" }] },
      };
    },
    expect: ownWrites("200"),
  },
  {
    route: "POST /api/submissions/:id/submit",
    request: async (w, s) => ({ url: url((await submission(w, s, "draft")).id, "/submit") }),
    expect: ownWrites("200"),
  },
  {
    route: "POST /api/submissions/:id/return",
    request: async (w, s) => ({
      url: url((await submission(w, s, "submitted")).id, "/return"),
      payload: { comment: "Nedostaju podaci po spolu" },
    }),
    expect: decisions,
  },
  {
    route: "POST /api/submissions/:id/approve",
    request: async (w, s) => ({ url: url((await submission(w, s, "submitted")).id, "/approve") }),
    expect: decisions,
  },
  {
    route: "POST /api/submissions/:id/unlock",
    request: async (w, s) => ({
      url: url((await submission(w, s, "approved")).id, "/unlock"),
      payload: { reason: "Ispravka broja policajki" },
    }),
    expect: decisions,
  },
  {
    route: "POST /api/submissions/:id/comments",
    request: async (w, s) => ({
      url: url((await submission(w, s, "submitted")).id, "/comments"),
      payload: { body: "Podaci su iz izvještaja MUP-a" },
    }),
    expect: ownWrites("201"),
  },
];
