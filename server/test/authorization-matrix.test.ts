/**
 * Every API route × every role (and anonymous) × {own row, another organisation's row, missing row}.
 * A route that the app registers but the matrix does not list fails the suite, and so does a
 * matrix entry for a route that no longer exists.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "./app.js";
import { makeOrganization, makePerson, makeSignedInUser } from "./factories.js";
import { assessmentCases } from "./matrix/assessments.cases.js";
import { boardCases } from "./matrix/boards.cases.js";
import { cascadeCases } from "./matrix/cascade.cases.js";
import { certificateCases, meetingPdfCases } from "./matrix/certificates.cases.js";
import { cooperationCases } from "./matrix/cooperation.cases.js";
import { coreCases } from "./matrix/core.cases.js";
import { coverageCases } from "./matrix/coverage.cases.js";
import { eventCases } from "./matrix/events.cases.js";
import { evidenceCases } from "./matrix/evidence.cases.js";
import { exportCases } from "./matrix/exports.cases.js";
import { importCases } from "./matrix/imports.cases.js";
import { indicatorCases } from "./matrix/indicators.cases.js";
import { expectedStatus, type RouteCase, type Scenario, type Who, type World } from "./matrix/matrix.js";
import { planCases } from "./matrix/plans.cases.js";
import { progressCases } from "./matrix/progress.cases.js";
import { reminderCases } from "./matrix/reminders.cases.js";
import { listRoutes, missingOutOfScopeRows, scopeViolations } from "./matrix/scope.check.js";
import { Facts } from "./matrix/scope.facts.js";
import { scopedLists, scopeReaders, unscopedLists } from "./matrix/scope.table.js";
import { makeScopeWorld, type ScopeWorld } from "./matrix/scope.world.js";
import { submissionCases } from "./matrix/submissions.cases.js";
import { templateCases } from "./matrix/templates.cases.js";
import { trainingCases } from "./matrix/training.cases.js";

const { app, db, files } = await createTestApp();
const cases: RouteCase[] = [
  ...coreCases,
  ...cooperationCases,
  ...planCases,
  ...indicatorCases,
  ...eventCases,
  ...boardCases,
  ...meetingPdfCases,
  ...certificateCases,
  ...cascadeCases,
  ...submissionCases,
  ...evidenceCases,
  ...templateCases,
  ...assessmentCases,
  ...progressCases,
  ...reminderCases,
  ...coverageCases,
  ...trainingCases,
  ...exportCases,
  ...importCases,
];
const scenarios: Scenario[] = ["own", "other", "missing"];
const whos: Who[] = [
  "administrator",
  "coordinator",
  "representative",
  "partner",
  "trainer",
  "viewer",
  "anonymous",
];

async function makeWorld(who: Who): Promise<World & { cookie: string | null }> {
  const own = await makeOrganization(db, { sector: "civil_society" });
  const other = await makeOrganization(db, { sector: "police" });
  const trainerPerson = await makePerson(db, { organizationId: own.id });
  if (who === "anonymous") {
    return {
      app,
      files,
      db,
      who,
      ownOrganizationId: own.id,
      otherOrganizationId: other.id,
      trainerPersonId: trainerPerson.id,
      actor: null,
      cookie: null,
    };
  }
  const signedIn = await makeSignedInUser(db, who, {
    organizationId: who === "trainer" ? null : own.id,
    personId: who === "trainer" ? trainerPerson.id : null,
  });
  return {
    app,
    files,
    db,
    who,
    ownOrganizationId: own.id,
    otherOrganizationId: other.id,
    trainerPersonId: trainerPerson.id,
    actor: signedIn.actor,
    cookie: signedIn.cookie,
  };
}

// First, while the database holds little more than the scope world: no listed row may belong to a
// record the reader may not read by that record's policy (see matrix/scope.table.ts).
describe("list scope", () => {
  let world: ScopeWorld;
  const facts = new Facts(db);
  beforeAll(async () => {
    world = await makeScopeWorld(db, files);
  });

  it("covers every list route of the OpenAPI document, scoped or named as unscoped", async () => {
    const document = (await app.inject({ url: "/api/openapi.json" })).json();
    const covered = [...scopedLists.map((entry) => entry.route), ...Object.keys(unscopedLists)];
    const registered = app.apiRoutes.map((route) => `${route.method} ${route.url}`);
    const uncovered = listRoutes(document).filter((route) => !covered.includes(route));
    expect(uncovered, "list routes neither in scopedLists nor in unscopedLists").toEqual([]);
    const gone = covered.filter((route) => !registered.includes(route));
    expect(gone, "scope table entries for routes the app does not register").toEqual([]);
    const twice = scopedLists.map((entry) => entry.route).filter((route) => route in unscopedLists);
    expect(twice, "routes both scoped and named unscoped").toEqual([]);
  });

  for (const entry of scopedLists) {
    it(`${entry.route} lists only rows in the reader's scope`, async () => {
      // The world holds a row to hide from every role the policy limits here.
      expect(await missingOutOfScopeRows(app, entry, world, facts)).toEqual([]);
      const violations: string[] = [];
      for (const role of scopeReaders)
        violations.push(...(await scopeViolations(app, entry, world, facts, role)));
      expect(violations, violations.join("\n")).toEqual([]);
    });
  }
});

describe("authorization matrix", () => {
  it("lists every API route the app registers, and no other", () => {
    const registered = app.apiRoutes.map((route) => `${route.method} ${route.url}`).sort();
    const listed = cases.map((c) => c.route).sort();
    expect(listed).toEqual([...new Set(listed)]);
    expect(registered.filter((route) => !listed.includes(route))).toEqual([]);
    expect(listed.filter((route) => !registered.includes(route))).toEqual([]);
  });

  for (const routeCase of cases) {
    it(routeCase.route, async () => {
      const [method] = routeCase.route.split(" ") as [string];
      const outcomes: string[] = [];
      const expected: string[] = [];
      const leaks: string[] = [];
      for (const who of whos) {
        for (const scenario of scenarios) {
          const world = await makeWorld(who);
          const request = await routeCase.request(world, scenario);
          const response = await app.inject({
            method: method as "GET",
            url: request.url,
            headers: { ...request.headers, ...(world.cookie ? { cookie: world.cookie } : {}) },
            ...(request.payload === undefined ? {} : { payload: request.payload as object }),
          });
          const want = expectedStatus(routeCase.expect[who], scenario);
          outcomes.push(`${who}/${scenario}: ${response.statusCode}`);
          expected.push(`${who}/${scenario}: ${want}`);
          leaks.push(...personalDataLeaks(response, world).map((leak) => `${who}/${scenario}: ${leak}`));
        }
      }
      expect(outcomes).toEqual(expected);
      // Contacts of a person reach only staff and the person's own organisation, on every route.
      expect(leaks).toEqual([]);
    });
  }

  // The router decodes `%61pi` to `api`: an encoded address must be answered like the plain one.
  it("answers percent-encoded addresses exactly as the plain ones", async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const routeCase of cases) {
      const [method] = routeCase.route.split(" ") as [string];
      for (const who of ["anonymous", "partner"] as const) {
        const world = await makeWorld(who);
        const request = await routeCase.request(world, "own");
        const response = await app.inject({
          method: method as "GET",
          url: percentEncodePath(request.url),
          headers: { ...request.headers, ...(world.cookie ? { cookie: world.cookie } : {}) },
          ...(request.payload === undefined ? {} : { payload: request.payload as object }),
        });
        outcomes.push(`${routeCase.route} ${who}: ${response.statusCode}`);
        expected.push(`${routeCase.route} ${who}: ${expectedStatus(routeCase.expect[who], "own")}`);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});

/** `/api/events/x?q=1` → `/%61pi/%65vents/%78?q=1`: the first letter of every path segment encoded. */
function percentEncodePath(url: string): string {
  const [path = "", query] = url.split(/\?(.*)/s, 2);
  const encoded = path.replace(/\/([a-z])/g, (_, letter: string) => `/%${letter.charCodeAt(0).toString(16)}`);
  return query === undefined ? encoded : `${encoded}?${query}`;
}

/**
 * Where an answer shows a person's personal data (`personal` not null) to a reader who may not see
 * it: anyone but staff and the person's own organisation.
 */
function personalDataLeaks(
  response: { headers: Record<string, unknown>; body: string },
  world: World & { who: Who },
): string[] {
  if (world.who === "administrator" || world.who === "coordinator") return [];
  if (!String(response.headers["content-type"] ?? "").includes("application/json")) return [];
  const leaks: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}[${index}]`);
      });
    } else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      const isOwn =
        world.actor?.organizationId != null && record.organizationId === world.actor.organizationId;
      // A person as the API answers it (the OpenAPI document describes `personal` too, as a schema).
      const isPerson = typeof record.id === "string";
      if (isPerson && record.personal != null && !isOwn) leaks.push(`${path || "body"} shows personal data`);
      for (const [key, item] of Object.entries(record)) visit(item, `${path}.${key}`);
    }
  };
  visit(JSON.parse(response.body || "null"), "");
  return leaks;
}
