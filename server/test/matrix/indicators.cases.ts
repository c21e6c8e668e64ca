import { makeCategorySet, makeFrameworkNode, makeIndicator, makePeriod, makePlan } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

const uniqueCode = () => Math.random().toString(36).slice(2, 10);

/**
 * Indicators, category sets and periods belong to the whole installation: "own" and "other" are
 * two different rows.
 */
async function categorySetId(w: World, scenario: Scenario) {
  return scenario === "missing" ? MISSING_ID : (await makeCategorySet(w.db)).id;
}
async function indicatorId(w: World, scenario: Scenario) {
  return scenario === "missing"
    ? MISSING_ID
    : (await makeIndicator(w.db, { planId: (await makePlan(w.db)).id })).id;
}
async function planId(w: World, scenario: Scenario) {
  return scenario === "missing" ? MISSING_ID : (await makePlan(w.db)).id;
}
async function periodId(w: World, scenario: Scenario) {
  return scenario === "missing"
    ? MISSING_ID
    : (await makePeriod(w.db, { planId: (await makePlan(w.db)).id })).id;
}

const readable = expectations({ others: "200 200 404" });
const staffWrites = expectations({ staff: "200 200 404", others: "403 403 404" });
const staffDeletes = expectations({ staff: "204 204 404", others: "403 403 404" });
const staffCreates = expectations({ staff: "201 201 404", others: "403 403 404" });

const categorySetPayload = () => ({
  code: `rank-${uniqueCode()}`,
  name: "Čin",
  categories: [
    { code: "officer", name: "Oficir" },
    { code: "soldier", name: "Vojnik" },
  ],
});
async function indicatorPayload(w: World) {
  const plan = await makePlan(w.db);
  const node = await makeFrameworkNode(w.db, { planId: plan.id });
  return {
    planId: plan.id,
    frameworkNodeId: node.id,
    code: uniqueCode(),
    name: "Udio žena",
    unit: "percent",
  };
}

export const indicatorCases: RouteCase[] = [
  {
    route: "GET /api/category-sets",
    request: async () => ({ url: "/api/category-sets" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/category-sets/:id",
    request: async (w, s) => ({ url: `/api/category-sets/${await categorySetId(w, s)}` }),
    expect: readable,
  },
  {
    route: "POST /api/category-sets",
    request: async () => ({ url: "/api/category-sets", payload: categorySetPayload() }),
    expect: expectations({ staff: "201", others: "403" }),
  },
  {
    route: "PATCH /api/category-sets/:id",
    request: async (w, s) => ({
      url: `/api/category-sets/${await categorySetId(w, s)}`,
      payload: { name: "Rang" },
    }),
    expect: staffWrites,
  },
  {
    route: "DELETE /api/category-sets/:id",
    request: async (w, s) => ({ url: `/api/category-sets/${await categorySetId(w, s)}` }),
    expect: staffDeletes,
  },
  {
    route: "GET /api/indicators",
    request: async () => ({ url: "/api/indicators" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/indicators/:id",
    request: async (w, s) => ({ url: `/api/indicators/${await indicatorId(w, s)}` }),
    expect: readable,
  },
  {
    route: "GET /api/indicators/:id/history",
    request: async (w, s) => ({ url: `/api/indicators/${await indicatorId(w, s)}/history` }),
    expect: readable,
  },
  {
    route: "POST /api/indicators",
    request: async (w) => ({ url: "/api/indicators", payload: await indicatorPayload(w) }),
    expect: expectations({ staff: "201", others: "403" }),
  },
  {
    route: "PATCH /api/indicators/:id",
    request: async (w, s) => ({
      url: `/api/indicators/${await indicatorId(w, s)}`,
      payload: { rationale: "Obrazloženje" },
    }),
    expect: staffWrites,
  },
  {
    route: "DELETE /api/indicators/:id",
    request: async (w, s) => ({ url: `/api/indicators/${await indicatorId(w, s)}` }),
    expect: staffWrites,
  },
  {
    route: "POST /api/indicators/:id/restore",
    request: async (w, s) => ({ url: `/api/indicators/${await indicatorId(w, s)}/restore` }),
    expect: staffWrites,
  },
  {
    route: "GET /api/plans/:id/periods",
    request: async (w, s) => ({ url: `/api/plans/${await planId(w, s)}/periods` }),
    expect: readable,
  },
  {
    route: "POST /api/plans/:id/periods",
    request: async (w, s) => ({
      url: `/api/plans/${await planId(w, s)}/periods`,
      payload: { name: "2012/2013", startsOn: "2012-08-01", endsOn: "2013-07-31" },
    }),
    expect: staffCreates,
  },
  {
    route: "POST /api/plans/:id/periods/generate",
    request: async (w, s) => ({ url: `/api/plans/${await planId(w, s)}/periods/generate`, payload: {} }),
    expect: staffCreates,
  },
  {
    route: "GET /api/periods/:id",
    request: async (w, s) => ({ url: `/api/periods/${await periodId(w, s)}` }),
    expect: readable,
  },
  {
    route: "PATCH /api/periods/:id",
    request: async (w, s) => ({ url: `/api/periods/${await periodId(w, s)}`, payload: { status: "closed" } }),
    expect: staffWrites,
  },
  {
    route: "DELETE /api/periods/:id",
    request: async (w, s) => ({ url: `/api/periods/${await periodId(w, s)}` }),
    expect: staffDeletes,
  },
];
