import { findMunicipality } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase } from "./matrix.js";

/** Coverage is aggregates over the events each reader may read: every signed-in role reads it. */
export const coverageCases: RouteCase[] = [
  {
    route: "GET /api/coverage",
    request: async () => ({ url: "/api/coverage?from=2012-01-01&to=2012-12-31" }),
    expect: expectations({ others: "200" }),
  },
  {
    // Municipalities are reference data: "own" and "other" are two of them; "missing" is no jurisdiction.
    route: "GET /api/municipalities/:id",
    request: async (w, scenario) => ({
      url: `/api/municipalities/${scenario === "missing" ? MISSING_ID : (await findMunicipality(w.db, scenario === "own" ? "Bihać" : "Trebinje")).id}`,
    }),
    expect: expectations({ others: "200 200 404" }),
  },
];
