import { makeFrameworkNode, makePeriod, makePlan } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

/**
 * Dual-track assessments of a period. The side-by-side view is aggregated and public-interest:
 * every signed-in role reads it. For the shadow write, "own" names the signed-in user's
 * (civil-society) organisation and "other" another organisation (the police, not civil society).
 */
async function assessedPeriod(w: World, scenario: Scenario) {
  const plan = await makePlan(w.db);
  const period = await makePeriod(w.db, { planId: plan.id });
  const node = await makeFrameworkNode(w.db, { planId: plan.id, leadOrganizationId: w.otherOrganizationId });
  return { periodId: scenario === "missing" ? MISSING_ID : period.id, nodeId: node.id };
}

export const assessmentCases: RouteCase[] = [
  {
    route: "GET /api/periods/:id/assessments",
    request: async (w, s) => ({ url: `/api/periods/${(await assessedPeriod(w, s)).periodId}/assessments` }),
    expect: expectations({ others: "200 200 404" }),
  },
  {
    route: "PUT /api/periods/:id/shadow-assessments",
    request: async (w, s) => {
      const { periodId, nodeId } = await assessedPeriod(w, s);
      return {
        url: `/api/periods/${periodId}/shadow-assessments`,
        payload: {
          organizationId: s === "other" ? w.otherOrganizationId : w.ownOrganizationId,
          assessments: [{ frameworkNodeId: nodeId, status: "delayed", narrative: "Obuke kasne" }],
        },
      };
    },
    expect: expectations({ staff: "200 400 404", partner: "200 403 404", others: "403" }),
  },
];
