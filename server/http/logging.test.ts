import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../test/app.js";
import { makeSignedInUser } from "../test/factories.js";
import { loggerOptions } from "./logging.js";

const lines: string[] = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});
// At `debug`, so that every line the app can write about a request is checked.
const { app, db } = await createTestApp({ logger: { ...(loggerOptions("debug") as object), stream } });

interface LogEntry {
  level: number;
  msg: string;
  reqId?: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
}
const DEBUG = 20;
const INFO = 30;

/** The log entries written during `act`. */
async function entriesOf(act: () => Promise<void>): Promise<LogEntry[]> {
  lines.length = 0;
  await act();
  return lines.map((line) => JSON.parse(line) as LogEntry);
}

describe("application log", () => {
  it("records requests without cookies, query strings, bodies or passwords", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    lines.length = 0;
    await app.inject({ url: "/api/organizations?q=Dženana%20Hadžić", headers: { cookie } });
    await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "jelena.petrovic@example.org", password: "Тајна-лозинка-1325" },
    });
    await app.inject({
      method: "POST",
      url: "/api/organizations",
      headers: { cookie },
      payload: { name: "Удружење Јелена", level: "state", sector: "police" },
    });
    await app.inject({ url: "/api/no-such-route?name=Had%C5%BEi%C4%87", headers: { cookie } });
    const log = lines.join("\n");
    expect(log).toContain("/api/organizations");
    expect(log).toContain("/api/no-such-route");
    for (const secret of [
      cookie.split("=")[1] as string,
      "Hadž",
      "Had%C5%BE",
      "jelena.petrovic",
      "лозинка",
      "Удружење",
    ]) {
      expect(log).not.toContain(secret);
    }
  });

  it("writes one line per request: failures at info, successes at debug, with method, path, status and time", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const entries = await entriesOf(async () => {
      await app.inject({ url: "/api/organizations?q=Mostar", headers: { cookie } });
      await app.inject({ url: "/api/no-such-route?q=Mostar", headers: { cookie } });
      await app.inject({ url: "/api/organizations" });
    });
    const requestLines = entries.filter((entry) => entry.msg === "request");
    expect(requestLines.map(({ level, method, path, status }) => ({ level, method, path, status }))).toEqual([
      { level: DEBUG, method: "GET", path: "/api/organizations", status: 200 },
      { level: INFO, method: "GET", path: "/api/no-such-route", status: 404 },
      { level: INFO, method: "GET", path: "/api/organizations", status: 401 },
    ]);
    for (const entry of requestLines) expect(entry.ms).toEqual(expect.any(Number));
    // Fastify's own per-request lines are gone; at `info`, no request has more than one line.
    expect(entries.map((entry) => entry.msg)).not.toContain("incoming request");
    expect(entries.map((entry) => entry.msg)).not.toContain("request completed");
    const infoLinesPerRequest = new Map<string, number>();
    for (const entry of entries.filter((e) => e.level >= INFO && e.reqId)) {
      infoLinesPerRequest.set(
        entry.reqId as string,
        (infoLinesPerRequest.get(entry.reqId as string) ?? 0) + 1,
      );
    }
    expect([...infoLinesPerRequest.values()].every((count) => count === 1)).toBe(true);
  });
});
