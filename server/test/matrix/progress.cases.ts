import { makeIndicator, makePeriod, makePlan } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

/** Progress is aggregates of a plan: "own" and "other" are two different plans, both readable. */
async function planId(w: World, scenario: Scenario) {
  if (scenario === "missing") return MISSING_ID;
  const plan = await makePlan(w.db);
  await makePeriod(w.db, { planId: plan.id });
  await makeIndicator(w.db, { planId: plan.id });
  return plan.id;
}
async function indicatorId(w: World, scenario: Scenario) {
  if (scenario === "missing") return MISSING_ID;
  const plan = await makePlan(w.db);
  await makePeriod(w.db, { planId: plan.id });
  return (await makeIndicator(w.db, { planId: plan.id })).id;
}

const readable = expectations({ others: "200 200 404" });

export const progressCases: RouteCase[] = [
  {
    route: "GET /api/plans/:id/progress",
    request: async (w, s) => ({ url: `/api/plans/${await planId(w, s)}/progress` }),
    expect: readable,
  },
  {
    route: "GET /api/plans/:id/progress.csv",
    request: async (w, s) => ({ url: `/api/plans/${await planId(w, s)}/progress.csv` }),
    expect: readable,
  },
  {
    route: "GET /api/plans/:id/progress.xlsx",
    request: async (w, s) => ({ url: `/api/plans/${await planId(w, s)}/progress.xlsx` }),
    expect: readable,
  },
  {
    route: "GET /api/indicators/:id/series",
    request: async (w, s) => ({ url: `/api/indicators/${await indicatorId(w, s)}/series` }),
    expect: readable,
  },
];
