import { makeFrameworkNode, makePlan, makeProject } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

const uniqueCode = () => Math.random().toString(36).slice(2, 10);

/** Plans and projects belong to the whole installation: "own" and "other" are two different rows. */
async function planId(w: World, scenario: Scenario) {
  return scenario === "missing" ? MISSING_ID : (await makePlan(w.db)).id;
}
async function projectId(w: World, scenario: Scenario) {
  return scenario === "missing" ? MISSING_ID : (await makeProject(w.db)).id;
}
/** A node of the plan in the URL ("own"), of another plan ("other"), or none ("missing"). */
async function nodeUrl(w: World, scenario: Scenario) {
  const plan = await makePlan(w.db);
  const nodePlan = scenario === "other" ? await makePlan(w.db) : plan;
  const node = await makeFrameworkNode(w.db, { planId: nodePlan.id });
  return `/api/plans/${plan.id}/nodes/${scenario === "missing" ? MISSING_ID : node.id}`;
}

const readable = expectations({ others: "200 200 404" });
const staffWrites = expectations({ staff: "200 200 404", others: "403 403 404" });
const planPayload = () => ({
  title: `Akcioni plan ${uniqueCode()}`,
  shortTitle: "AP",
  startsOn: "2014-01-01",
  endsOn: "2017-12-31",
  tierNames: ["Cilj", "Rezultat"],
});
const projectPayload = () => ({
  title: "Projekat",
  code: `P-${uniqueCode()}`,
  startsOn: "2013-01-01",
  endsOn: "2013-12-31",
});

export const planCases: RouteCase[] = [
  {
    route: "GET /api/plans",
    request: async () => ({ url: "/api/plans" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/plans/:id",
    request: async (w, s) => ({ url: `/api/plans/${await planId(w, s)}` }),
    expect: readable,
  },
  {
    route: "POST /api/plans",
    request: async () => ({ url: "/api/plans", payload: planPayload() }),
    expect: expectations({ staff: "201", others: "403" }),
  },
  {
    route: "PATCH /api/plans/:id",
    request: async (w, s) => ({ url: `/api/plans/${await planId(w, s)}`, payload: { description: "Opis" } }),
    expect: staffWrites,
  },
  {
    route: "DELETE /api/plans/:id",
    request: async (w, s) => ({ url: `/api/plans/${await planId(w, s)}` }),
    expect: staffWrites,
  },
  {
    route: "POST /api/plans/:id/restore",
    request: async (w, s) => ({ url: `/api/plans/${await planId(w, s)}/restore` }),
    expect: staffWrites,
  },
  {
    route: "POST /api/plans/:id/copy",
    request: async (w, s) => ({
      url: `/api/plans/${await planId(w, s)}/copy`,
      payload: {
        title: `Akcioni plan ${uniqueCode()}`,
        shortTitle: "AP II",
        startsOn: "2014-01-01",
        endsOn: "2017-12-31",
      },
    }),
    expect: expectations({ staff: "201 201 404", others: "403 403 404" }),
  },
  {
    route: "GET /api/plans/:id/nodes",
    request: async (w, s) => ({ url: `/api/plans/${await planId(w, s)}/nodes` }),
    expect: readable,
  },
  {
    route: "POST /api/plans/:id/nodes",
    request: async (w, s) => ({
      url: `/api/plans/${await planId(w, s)}/nodes`,
      payload: { code: uniqueCode(), title: "Žene u odlučivanju" },
    }),
    expect: expectations({ staff: "201 201 404", others: "403 403 404" }),
  },
  {
    // The plan is found first and its policy decides; only then is the node looked up.
    route: "PATCH /api/plans/:id/nodes/:nodeId",
    request: async (w, s) => ({ url: await nodeUrl(w, s), payload: { title: "Novi naziv" } }),
    expect: expectations({ staff: "200 404 404", others: "403" }),
  },
  {
    route: "DELETE /api/plans/:id/nodes/:nodeId",
    request: async (w, s) => ({ url: await nodeUrl(w, s) }),
    expect: expectations({ staff: "200 404 404", others: "403" }),
  },
  {
    route: "GET /api/projects",
    request: async () => ({ url: "/api/projects" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/projects/:id",
    request: async (w, s) => ({ url: `/api/projects/${await projectId(w, s)}` }),
    expect: readable,
  },
  {
    route: "POST /api/projects",
    request: async () => ({ url: "/api/projects", payload: projectPayload() }),
    expect: expectations({ staff: "201", others: "403" }),
  },
  {
    route: "PATCH /api/projects/:id",
    request: async (w, s) => ({
      url: `/api/projects/${await projectId(w, s)}`,
      payload: { description: "Opis" },
    }),
    expect: staffWrites,
  },
  {
    route: "DELETE /api/projects/:id",
    request: async (w, s) => ({ url: `/api/projects/${await projectId(w, s)}` }),
    expect: staffWrites,
  },
  {
    route: "POST /api/projects/:id/restore",
    request: async (w, s) => ({ url: `/api/projects/${await projectId(w, s)}/restore` }),
    expect: staffWrites,
  },
];
