/**
 * Fuzzing from the API's own OpenAPI document: more than 10,000 requests, built with fast-check from
 * each operation's JSON Schema (valid, mutated and hostile values, wrong content types), sent as an
 * administrator, a coordinator, a partner and a representative (each with an organisation) and a
 * few anonymous callers, mostly on rows that exist. It fails on any 5xx, on any 4xx whose body is not
 * the documented error shape, and on any response that shows a partner or a representative the
 * e-mail or phone of a person of another organisation. All failures are reported together.
 *
 * The seed is fixed so a failure can be replayed; `FUZZ_SEED=<n>` tries another sequence and
 * `FUZZ_REQUESTS_PER_ROLE=<n>` changes the number of requests per operation and role (17).
 */
import { Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTestApp } from "./app.js";
import { errorShapeProblem, type Failure, formatReport, summariseLoggedError } from "./fuzz/checks.js";
import { valueSource } from "./fuzz/ids.js";
import { type OpenApiDocument, type Operation, readOperations, routeOf } from "./fuzz/openapi.js";
import { anonymousCookie, type FuzzRequest, type RequestKind, requestArbitrary } from "./fuzz/requests.js";
import { type FuzzRole, fuzzRoles, knownPassword, signInAgain } from "./fuzz/session.js";
import { buildWorld, organizationOfPerson } from "./fuzz/world.js";

const seed = Number(process.env.FUZZ_SEED ?? 1325);
const perRole = Number(process.env.FUZZ_REQUESTS_PER_ROLE ?? 17);
/** For each operation and role: 6 valid, 4 mutated, 5 hostile, 2 of the wrong content type. */
const kindsPerRole: RequestKind[] = [
  "valid",
  "hostile",
  "mutated",
  "valid",
  "content",
  "hostile",
  "valid",
  "mutated",
  "hostile",
  "valid",
  "mutated",
  "hostile",
  "valid",
  "content",
  "mutated",
  "hostile",
  "valid",
];
/** Upload routes: 4 valid, 4 mutated, 5 hostile, 4 of a wrong or malformed content type (file contents are not fuzzed). */
const uploadKindsPerRole: RequestKind[] = kindsPerRole.map((kind, i) =>
  i === 0 || i === 9 ? "content" : kind,
);
const anonymousKinds: RequestKind[] = ["valid", "hostile"];

const serverLog: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    serverLog.push(String(chunk));
    done();
  },
});
const { app, db, files } = await createTestApp({ logger: { level: "error", stream: logStream } });

/** A small deterministic generator for the order of the requests. */
function mulberry32(start: number) {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const seedOf = (index: number) => (seed ^ Math.imul(index + 1, 0x9e3779b1)) | 0;

type Who = FuzzRole | "anonymous";
interface Planned {
  operation: Operation;
  who: Who;
  kind: RequestKind;
}

/** Where a row made by a POST goes: the last word of its path (`copy` makes a plan). */
const createdPool: Record<string, string> = { copy: "plans" };

describe("fuzzing the API from its OpenAPI document", () => {
  it("answers ≥ 10,000 generated requests without a 5xx, with the error shape, without leaking contacts", async () => {
    const started = Date.now();
    const documentResponse = await app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(documentResponse.statusCode).toBe(200);
    const operations = readOperations(documentResponse.json() as OpenApiDocument);
    expect(operations.length).toBeGreaterThan(100);

    const world = await buildWorld(db, files);
    const known: Record<string, string[]> = {
      email: Object.values(world.users).map((u) => u.email),
      password: [knownPassword],
      currentPassword: [knownPassword],
      number: world.pools.get("certificate-numbers") ?? [],
      q: ["Šarić", "saric", "Ђорђе", "djurdja", "Radionica", "Ž"],
      categoryKey: world.categoryKeys,
    };
    const source = valueSource(world.pools, known, world.parents);
    const arbitraries = new Map<string, fc.Arbitrary<FuzzRequest>>();
    const arbitraryOf = (operation: Operation, kind: RequestKind) => {
      const key = `${operation.method} ${operation.path} ${kind}`;
      let arbitrary = arbitraries.get(key);
      if (!arbitrary) {
        arbitrary = requestArbitrary(operation, kind, source);
        arbitraries.set(key, arbitrary);
      }
      return arbitrary;
    };

    const plan: Planned[] = [];
    for (const operation of operations) {
      for (const who of fuzzRoles) {
        for (let i = 0; i < perRole; i++) {
          const kinds = operation.multipart ? uploadKindsPerRole : kindsPerRole;
          plan.push({ operation, who, kind: kinds[i % kinds.length] as RequestKind });
        }
      }
      for (const kind of anonymousKinds) plan.push({ operation, who: "anonymous", kind });
    }
    const random = mulberry32(seed);
    for (let i = plan.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [plan[i], plan[j]] = [plan[j] as Planned, plan[i] as Planned];
    }
    console.log(`fuzzing ${plan.length} requests over ${operations.length} operations with seed ${seed}`);

    const failures: Failure[] = [];
    const counts = new Map<string, number>();
    const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    const answered = new Map<string, Set<number>>();
    /** Per route and kind, how often each status came back (printed with `FUZZ_VERBOSE=1`). */
    const statusesOf = new Map<string, Map<number, number>>();
    const slowest: { ms: number; line: string }[] = [];
    let sent = 0;
    let signedInAgain = 0;

    for (const [index, { operation, who, kind }] of plan.entries()) {
      const route = `${operation.method} ${routeOf(operation)}`;
      let request: FuzzRequest;
      try {
        request = fc.sample(arbitraryOf(operation, kind), {
          seed: seedOf(index),
          numRuns: 1,
        })[0] as FuzzRequest;
      } catch (error) {
        const nothing: FuzzRequest = { method: operation.method, url: operation.path, headers: {} };
        failures.push({
          index,
          who,
          kind,
          route,
          request: nothing,
          status: "none",
          problem: "the request could not be generated",
          response: String(error),
        });
        continue;
      }
      const user = who === "anonymous" ? null : world.users[who];
      const cookie = user
        ? user.cookie
        : kind === "hostile"
          ? fc.sample(anonymousCookie, { seed: seedOf(index), numRuns: 1 })[0]
          : undefined;
      const fail = (status: number | string, problem: string, response: string, serverError?: string) =>
        failures.push({
          index,
          who,
          kind,
          route,
          request,
          status,
          problem,
          response,
          ...(serverError ? { serverError } : {}),
        });

      serverLog.length = 0;
      const sentAt = performance.now();
      let response: Awaited<ReturnType<typeof app.inject>>;
      try {
        response = await app.inject({
          method: request.method,
          url: request.url,
          headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
          ...(request.payload === undefined ? {} : { payload: request.payload }),
        });
      } catch (error) {
        fail("no response", "the request could not be sent", String(error));
        continue;
      }
      sent += 1;
      const ms = performance.now() - sentAt;
      if (slowest.length < 5 || ms > (slowest.at(-1)?.ms ?? 0)) {
        slowest.push({
          ms,
          line: `${Math.round(ms)} ms ${route} ${response.statusCode} (#${index} ${who} ${kind})`,
        });
        slowest.sort((a, b) => b.ms - a.ms).splice(5);
      }
      count(`${who} ${kind}`);
      count(`status ${Math.floor(response.statusCode / 100)}xx`);
      const { statusCode: status, body } = response;
      answered.set(route, (answered.get(route) ?? new Set()).add(status));
      const tally = statusesOf.get(`${route} ${kind}`) ?? new Map<number, number>();
      statusesOf.set(`${route} ${kind}`, tally.set(status, (tally.get(status) ?? 0) + 1));
      const contentType = String(response.headers["content-type"] ?? "");

      if (status >= 500) {
        fail(status, "server error", body, summariseLoggedError(serverLog));
      } else if (status >= 400 && errorShapeProblem(status, body)) {
        fail(status, `error shape: ${errorShapeProblem(status, body)}`, body);
      }

      if (
        (who === "partner" || who === "representative") &&
        status < 300 &&
        (contentType.includes("json") || contentType.startsWith("text/"))
      ) {
        for (const personal of world.personal) {
          if (!body.includes(personal.value)) continue;
          const organizationId = await organizationOfPerson(db, personal.personId);
          if (organizationId !== world.users[who].organizationId) {
            fail(
              status,
              `shows ${who} the contact of a person of another organisation`,
              body.slice(Math.max(0, body.indexOf(personal.value) - 200), body.indexOf(personal.value) + 100),
            );
            break;
          }
        }
      }

      // Rows the fuzzing made become targets of later requests.
      if (operation.method === "POST" && status >= 200 && status < 300 && contentType.includes("json")) {
        let created: { id?: unknown; user?: { id?: unknown }; import?: { id?: unknown } } = {};
        try {
          created = JSON.parse(body);
        } catch {}
        const id = created.id ?? created.user?.id ?? created.import?.id;
        const last =
          operation.path
            .split("/")
            .filter((s) => s && !s.startsWith("{"))
            .at(-1) ?? "";
        const pool = world.pools.get(createdPool[last] ?? last);
        if (typeof id === "string" && pool && pool.length < 60) {
          pool.push(id);
          // Made under another row (`POST /api/events/{id}/participations`): remember which.
          const at = operation.path.split("/").indexOf("{id}");
          const parent = request.url.split("?")[0]?.split("/")[at];
          if (at > 0 && at < operation.path.split("/").length - 1 && parent) world.parents.set(id, parent);
        }
      }
      // Signing out or a new password ends the user's sessions: sign in again, as the user was.
      if (
        user &&
        ((status === 401 && route !== "POST /api/auth/login") ||
          (status < 300 && (route === "POST /api/auth/logout" || route === "POST /api/auth/password")))
      ) {
        await signInAgain(db, world, user);
        signedInAgain += 1;
        if (process.env.FUZZ_VERBOSE)
          console.log(`signed in again after #${index} ${who} ${route} ${status} ${body.slice(0, 120)}`);
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzzed ${sent} requests in ${seconds} s (seed ${seed}); signed in again ${signedInAgain} times; ` +
        [...counts.entries()].map(([k, v]) => `${k}: ${v}`).join(", "),
    );
    const neverSucceeded = [...answered.entries()]
      .filter(([, statuses]) => ![...statuses].some((status) => status < 300))
      .map(([route, statuses]) => `${route} (${[...statuses].sort().join(" ")})`);
    console.log(`operations that never answered 2xx: ${neverSucceeded.join(", ") || "none"}`);
    console.log(`slowest requests: ${slowest.map((s) => s.line).join("; ")}`);
    if (process.env.FUZZ_VERBOSE) {
      for (const [key, tally] of [...statusesOf.entries()].sort()) {
        console.log(`${key}: ${[...tally.entries()].map(([status, n]) => `${status}×${n}`).join(" ")}`);
      }
    }
    const report = failures.length > 0 ? formatReport(failures, seed, sent) : "";
    if (report) console.log(report);
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(failures.length, report).toBe(0);
  }, 240_000);
});
