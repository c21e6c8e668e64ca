/**
 * The edge every request passes: text that cannot be stored is a 400 naming the field, the
 * sign-in requirement follows the matched route (not the raw, possibly percent-encoded address),
 * signed-in answers are never cached, and data-changing requests must come from the app's own
 * origin (scheme and host).
 */
import { describe, expect, it } from "vitest";
import { createTestApp } from "../test/app.js";
import { makeOrganization, makePlan, makeSignedInUser } from "../test/factories.js";

const { app, db } = await createTestApp();
const { app: httpsApp } = await createTestApp({
  db,
  sessions: { secureCookie: true, publicOrigin: "https://nap1325.example.org" },
});

const NUL = "\u0000";
const LONE_SURROGATE = "\ud800";

describe("text that cannot be stored", () => {
  it("answers 400 VALIDATION naming the field for a NUL character in any text field", async () => {
    const admin = await makeSignedInUser(db, "administrator");
    const organization = await makeOrganization(db);
    const plan = await makePlan(db);
    const requests: { method: "POST" | "GET"; url: string; payload?: object; path: string }[] = [
      {
        method: "POST",
        url: "/api/people",
        payload: { givenName: `Dže${NUL}nana`, familyName: "Hadžić", sex: "female" },
        path: "givenName",
      },
      {
        method: "POST",
        url: "/api/users",
        payload: {
          email: "nul@example.org",
          displayName: `Ana${NUL}`,
          role: "partner",
          organizationId: organization.id,
        },
        path: "displayName",
      },
      {
        method: "POST",
        url: `/api/plans/${plan.id}/copy`,
        payload: { title: `Plan${NUL}`, shortTitle: "AP", startsOn: "2014-01-01", endsOn: "2017-12-31" },
        path: "title",
      },
      {
        method: "POST",
        url: "/api/projects",
        payload: { title: "Projekat", code: `P${NUL}1`, startsOn: "2012-01-01", endsOn: "2012-12-31" },
        path: "code",
      },
      { method: "GET", url: "/api/audit?entityType=a%00b", path: "entityType" },
      { method: "GET", url: "/api/people?q=%C5%BEene%00", path: "q" },
    ];
    for (const request of requests) {
      const response = await app.inject({
        method: request.method,
        url: request.url,
        headers: { cookie: admin.cookie },
        ...(request.payload ? { payload: request.payload } : {}),
      });
      expect(response.statusCode, request.url).toBe(400);
      expect(response.json()).toMatchObject({
        code: "VALIDATION",
        details: [{ path: request.path, reason: "unsafe_text" }],
      });
    }
  });

  it("refuses a lone surrogate and a NUL in an object key, and still takes š đ č ć ž and Cyrillic", async () => {
    const admin = await makeSignedInUser(db, "administrator");
    const surrogate = await app.inject({
      method: "POST",
      url: "/api/people",
      headers: { cookie: admin.cookie },
      payload: { givenName: `Ana${LONE_SURROGATE}`, familyName: "Kovač", sex: "female" },
    });
    expect(surrogate.statusCode).toBe(400);
    const key = await app.inject({
      method: "POST",
      url: "/api/people",
      headers: { cookie: admin.cookie, "content-type": "application/json" },
      payload: `{"givenName":"Ana","familyName":"Kovač","sex":"female","x\\u0000":1}`,
    });
    expect(key.statusCode).toBe(400);
    expect(key.json().code).toBe("VALIDATION");
    const fine = await app.inject({
      method: "POST",
      url: "/api/people",
      headers: { cookie: admin.cookie },
      payload: { givenName: "Ђурђа 😀", familyName: "Šćekić-Žužić", sex: "female" },
    });
    expect(fine.statusCode).toBe(201);
    expect(fine.json()).toMatchObject({ givenName: "Ђурђа 😀", familyName: "Šćekić-Žužić" });
  });
});

describe("the sign-in requirement", () => {
  it("is decided on the matched route, so a percent-encoded address is not answered anonymously", async () => {
    for (const url of ["/%61pi/jurisdictions", "/api/%6Aurisdictions", "/%61%70%69/people"]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(401);
      expect(response.json().code).toBe("UNAUTHENTICATED");
    }
    const health = await app.inject({ url: "/%61pi/health" });
    expect(health.statusCode).toBe(200);
  });
});

describe("caching", () => {
  it("sends no-store on every signed-in API answer and on a sign-in", async () => {
    const coordinator = await makeSignedInUser(db, "coordinator");
    for (const url of ["/api/auth/me", "/api/people", "/api/jurisdictions", "/api/openapi.json"]) {
      const response = await app.inject({ url, headers: { cookie: coordinator.cookie } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"], url).toBe("private, no-store");
    }
    const login = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "nobody@example.org", password: "not the password" },
    });
    expect(login.headers["cache-control"]).toBe("private, no-store");
  });
});

describe("cross-site requests", () => {
  const createOrganization = (target: typeof app, cookie: string, headers: Record<string, string>) =>
    target.inject({
      method: "POST",
      url: "/api/organizations",
      headers: { cookie, ...headers },
      payload: { name: `Organizacija ${Math.random()}`, level: "state", sector: "police" },
    });

  it("compares scheme and host with the address the request was sent to", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const host = "localhost:3000";
    expect(
      (await createOrganization(app, cookie, { host, origin: "http://localhost:3000" })).statusCode,
    ).toBe(201);
    for (const origin of ["https://localhost:3000", "http://localhost:3001", "http://evil.example", "null"]) {
      const response = await createOrganization(app, cookie, { host, origin });
      expect(response.statusCode, origin).toBe(403);
    }
  });

  it("compares scheme and host with PUBLIC_URL when it is set, and sends HSTS only over HTTPS", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const host = "nap1325.example.org";
    const same = await createOrganization(httpsApp, cookie, { host, origin: "https://nap1325.example.org" });
    expect(same.statusCode).toBe(201);
    const plain = await createOrganization(httpsApp, cookie, { host, origin: "http://nap1325.example.org" });
    expect(plain.statusCode).toBe(403);
    expect((await httpsApp.inject({ url: "/api/health" })).headers["strict-transport-security"]).toMatch(
      /max-age=31536000/,
    );
    expect((await app.inject({ url: "/api/health" })).headers["strict-transport-security"]).toBeUndefined();
  });
});

describe("malformed requests", () => {
  it("answers a broken or over-long address in the API's error shape", async () => {
    const admin = await makeSignedInUser(db, "administrator");
    for (const url of ["/api/events/%ZZ", "/api/events/%C0%AF", `/api/events/${"a".repeat(101)}`]) {
      const response = await app.inject({ url, headers: { cookie: admin.cookie } });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ code: "VALIDATION", message: expect.any(String) });
    }
  });

  it("answers a malformed multipart upload with 400 on the file, never a 500", async () => {
    const coordinator = await makeSignedInUser(db, "coordinator");
    const bodies = [
      { contentType: "multipart/form-data", payload: "--x\r\n" },
      {
        contentType: "multipart/form-data; boundary=abc",
        payload: '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nIme,Prezime',
      },
    ];
    for (const { contentType, payload } of bodies) {
      const response = await app.inject({
        method: "POST",
        url: "/api/imports?kind=people",
        headers: { cookie: coordinator.cookie, "content-type": contentType },
        payload,
      });
      expect(response.statusCode, contentType).toBe(400);
      expect(response.json()).toMatchObject({
        code: "VALIDATION",
        details: [{ path: "file", reason: "malformed_upload" }],
      });
    }
  });
});
