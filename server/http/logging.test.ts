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
const { app, db } = await createTestApp({ logger: { ...(loggerOptions("info") as object), stream } });

describe("application log", () => {
  it("records requests without cookies, query strings, bodies or passwords", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
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
    const log = lines.join("\n");
    expect(log).toContain("/api/organizations");
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
});
