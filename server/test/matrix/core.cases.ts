import { signInFailures } from "../../db/schema.js";
import { findMunicipality, makeOrganization, makeSignedInUser } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase } from "./matrix.js";

const organizationPayload = { name: "Nova organizacija", level: "state", sector: "police" };

export const coreCases: RouteCase[] = [
  {
    route: "GET /api/health",
    request: async () => ({ url: "/api/health" }),
    expect: expectations({ others: "200", anonymous: "200" }),
  },
  {
    // Load balancers ask without signing in; the answer names checks, never data.
    route: "GET /api/ready",
    request: async () => ({ url: "/api/ready" }),
    expect: expectations({ others: "200", anonymous: "200" }),
  },
  {
    route: "GET /api/openapi.json",
    request: async () => ({ url: "/api/openapi.json" }),
    expect: expectations({ others: "200", anonymous: "200" }),
  },
  {
    // A wrong password: the route is reachable by anyone and says only "not right". The failures
    // counted so far are cleared first, so the sign-in throttle never answers 429 instead.
    route: "POST /api/auth/login",
    request: async ({ db }) => {
      await db.delete(signInFailures);
      return { url: "/api/auth/login", payload: { email: "nobody@example.org", password: "wrong" } };
    },
    expect: expectations({ others: "401", anonymous: "401" }),
  },
  {
    route: "POST /api/auth/logout",
    request: async () => ({ url: "/api/auth/logout" }),
    expect: expectations({ others: "204" }),
  },
  {
    route: "GET /api/auth/me",
    request: async () => ({ url: "/api/auth/me" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "PATCH /api/auth/me",
    request: async () => ({ url: "/api/auth/me", payload: { locale: "sr-Cyrl-BA" } }),
    expect: expectations({ others: "200" }),
  },
  {
    // Factory users have no usable password, so the current one is never right: 400, not 401/403.
    route: "POST /api/auth/password",
    request: async () => ({
      url: "/api/auth/password",
      payload: { currentPassword: "not-it", newPassword: "a-long-new-password" },
    }),
    expect: expectations({ others: "400" }),
  },
  {
    route: "GET /api/users",
    request: async () => ({ url: "/api/users" }),
    expect: expectations({ administrator: "200", others: "403" }),
  },
  {
    route: "GET /api/users/:id",
    request: async (w, scenario) => ({ url: `/api/users/${await userId(w, scenario)}` }),
    expect: expectations({ administrator: "200 200 404", others: "403" }),
  },
  {
    route: "POST /api/users",
    request: async (w) => ({
      url: "/api/users",
      payload: {
        email: `new-${Math.random().toString(36).slice(2)}@example.org`,
        displayName: "Nova Korisnica",
        role: "partner",
        organizationId: w.ownOrganizationId,
      },
    }),
    expect: expectations({ administrator: "201", others: "403" }),
  },
  {
    route: "PATCH /api/users/:id",
    request: async (w, scenario) => ({
      url: `/api/users/${await userId(w, scenario)}`,
      payload: { displayName: "Preimenovana" },
    }),
    expect: expectations({ administrator: "200 200 404", others: "403" }),
  },
  {
    route: "GET /api/audit",
    request: async () => ({ url: "/api/audit" }),
    expect: expectations({ administrator: "200", others: "403" }),
  },
  {
    route: "GET /api/jobs",
    request: async () => ({ url: "/api/jobs" }),
    expect: expectations({ administrator: "200", others: "403" }),
  },
  {
    // The matrix's database has no queue (no process started pg-boss on it): no job to retry, even
    // for an administrator. Retrying real jobs is tested in modules/jobs/jobs.test.ts.
    route: "POST /api/jobs/:id/retry",
    request: async () => ({ url: `/api/jobs/${MISSING_ID}/retry` }),
    expect: expectations({ administrator: "404", others: "403" }),
  },
  {
    route: "GET /api/jurisdictions",
    request: async () => ({ url: "/api/jurisdictions?kind=municipality" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/jurisdictions/:id",
    request: async (w, scenario) => ({
      url: `/api/jurisdictions/${scenario === "missing" ? MISSING_ID : (await findMunicipality(w.db, scenario === "own" ? "Bihać" : "Trebinje")).id}`,
    }),
    expect: expectations({ others: "200 200 404" }),
  },
  {
    route: "GET /api/organizations",
    request: async () => ({ url: "/api/organizations" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/organizations/:id",
    request: async (w, scenario) => ({ url: `/api/organizations/${organizationId(w, scenario)}` }),
    expect: expectations({ others: "200 200 404" }),
  },
  {
    route: "POST /api/organizations",
    request: async () => ({
      url: "/api/organizations",
      payload: { ...organizationPayload, name: `Org ${Math.random().toString(36).slice(2)}` },
    }),
    expect: expectations({ staff: "201", others: "403" }),
  },
  {
    route: "PATCH /api/organizations/:id",
    request: async (w, scenario) => ({
      url: `/api/organizations/${organizationId(w, scenario)}`,
      payload: { description: "Opis" },
    }),
    expect: expectations({
      staff: "200 200 404",
      representative: "200 404 404",
      partner: "200 404 404",
      others: "403 403 404",
    }),
  },
  {
    route: "DELETE /api/organizations/:id",
    request: async (w, scenario) => ({ url: `/api/organizations/${organizationId(w, scenario)}` }),
    expect: expectations({ staff: "200 200 404", others: "403 403 404" }),
  },
  {
    route: "POST /api/organizations/:id/restore",
    request: async (w, scenario) => ({ url: `/api/organizations/${organizationId(w, scenario)}/restore` }),
    expect: expectations({ staff: "200 200 404", others: "403 403 404" }),
  },
];

function organizationId(w: { ownOrganizationId: string; otherOrganizationId: string }, scenario: string) {
  if (scenario === "missing") return MISSING_ID;
  return scenario === "own" ? w.ownOrganizationId : w.otherOrganizationId;
}

/** "own" is a user of the actor's organisation, "other" a user of another organisation. */
async function userId(w: Parameters<RouteCase["request"]>[0], scenario: string) {
  if (scenario === "missing") return MISSING_ID;
  const organization = scenario === "own" ? w.ownOrganizationId : (await makeOrganization(w.db)).id;
  return (await makeSignedInUser(w.db, "partner", { organizationId: organization })).user.id;
}
