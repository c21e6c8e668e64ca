import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sessions, users } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { makeOrganization, makeSignedInUser } from "../../test/factories.js";
import { createUser } from "../users/users.service.js";

let now = new Date("2026-03-01T08:00:00Z");
const { app, db } = await createTestApp({
  clock: () => now,
  loginAttemptsPerWindow: 5,
  sessions: { idleMinutes: 30, absoluteHours: 8 },
});

async function newAccount(password = "a-strong-password-1325") {
  const email = `user-${Math.random().toString(36).slice(2)}@example.org`;
  const { user } = await createUser(db, null, {
    email,
    displayName: "Šejla Čolić",
    role: "coordinator",
    organizationId: null,
    personId: null,
    locale: "bs",
    password,
  });
  return { user, email, password };
}

const login = (email: string, password: string, ip = "10.0.0.1") =>
  app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password }, remoteAddress: ip });

const cookieOf = (response: Awaited<ReturnType<typeof login>>) => {
  const cookie = response.cookies.find((c) => c.name === "nap1325_session");
  if (!cookie) throw new Error("no session cookie");
  return cookie;
};

describe("sign-in and sessions", () => {
  it("signs in with the right password, sets an httpOnly SameSite cookie and stores only a hash", async () => {
    const { email, password } = await newAccount();
    const response = await login(email.toUpperCase(), password);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ email, displayName: "Šejla Čolić", role: "coordinator" });
    const cookie = cookieOf(response);
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    const stored = await db.select().from(sessions);
    expect(stored.some((s) => s.tokenHash === cookie.value)).toBe(false);
    const me = await app.inject({
      url: "/api/auth/me",
      headers: { cookie: `nap1325_session=${cookie.value}` },
    });
    expect(me.json().email).toBe(email);
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("answers a wrong password and an unknown e-mail the same way", async () => {
    const { email } = await newAccount();
    const wrong = await login(email, "not-the-password", "10.0.0.2");
    const unknown = await login("nobody@example.org", "not-the-password", "10.0.0.2");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it("keeps a ceiling against floods of sign-in requests from one address", async () => {
    // Different e-mails, so the per-account throttle never steps in: only the ceiling (5 here) does.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await login(`flood-${i}@example.org`, "wrong-password", "10.0.0.3")).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await login("flood-6@example.org", "wrong-password", "10.0.0.4")).statusCode).toBe(401);
  });

  it("ends the session at once on sign-out", async () => {
    const { email, password } = await newAccount();
    const cookie = `nap1325_session=${cookieOf(await login(email, password, "10.0.0.5")).value}`;
    expect(
      (await app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } })).statusCode,
    ).toBe(204);
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(401);
  });

  it("expires a session after idle time and after its absolute lifetime", async () => {
    const { email, password } = await newAccount();
    const start = new Date("2026-03-02T08:00:00Z");
    now = start;
    const cookie = `nap1325_session=${cookieOf(await login(email, password, "10.0.0.6")).value}`;
    const me = () => app.inject({ url: "/api/auth/me", headers: { cookie } });
    // Active every 20 minutes: the idle limit (30) never runs out, the absolute one (8 h) does.
    for (let minutes = 20; minutes < 8 * 60; minutes += 20) {
      now = new Date(start.getTime() + minutes * 60_000);
      expect((await me()).statusCode).toBe(200);
    }
    now = new Date(start.getTime() + 8 * 60 * 60_000 + 60_000);
    expect((await me()).statusCode).toBe(401);

    now = new Date("2026-03-03T08:00:00Z");
    const idleCookie = `nap1325_session=${cookieOf(await login(email, password, "10.0.0.6")).value}`;
    now = new Date("2026-03-03T08:31:00Z");
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie: idleCookie } })).statusCode).toBe(401);
  });

  it("refuses a deactivated account and ends its sessions", async () => {
    now = new Date("2026-03-04T08:00:00Z");
    const { user, email, password } = await newAccount();
    const cookie = `nap1325_session=${cookieOf(await login(email, password, "10.0.0.7")).value}`;
    const admin = await makeSignedInUser(db, "administrator");
    const patch = await app.inject({
      method: "PATCH",
      url: `/api/users/${user.id}`,
      headers: { cookie: admin.cookie },
      payload: { isActive: false },
    });
    expect(patch.statusCode).toBe(200);
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(401);
    expect((await login(email, password, "10.0.0.7")).statusCode).toBe(401);
  });

  it("changes one's own password and keeps the locale choice", async () => {
    now = new Date("2026-03-05T08:00:00Z");
    const { email, password } = await newAccount();
    const cookie = `nap1325_session=${cookieOf(await login(email, password, "10.0.0.8")).value}`;
    const otherCookie = `nap1325_session=${cookieOf(await login(email, password, "10.0.0.8")).value}`;
    const locale = await app.inject({
      method: "PATCH",
      url: "/api/auth/me",
      headers: { cookie },
      payload: { locale: "sr-Cyrl-BA" },
    });
    expect(locale.json().locale).toBe("sr-Cyrl-BA");
    const admin = await makeSignedInUser(db, "administrator");
    const me = locale.json();
    const audit = await app.inject({
      url: `/api/audit?entityId=${me.id}&order=desc`,
      headers: { cookie: admin.cookie },
    });
    expect(audit.json().items[0]).toMatchObject({
      action: "update",
      before: { locale: "bs" },
      after: { locale: "sr-Cyrl-BA" },
    });
    const tooShort = await app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie },
      payload: { currentPassword: password, newPassword: "short" },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().details[0].path).toBe("newPassword");
    const changed = await app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie },
      payload: { currentPassword: password, newPassword: "an-even-longer-password" },
    });
    expect(changed.statusCode).toBe(204);
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie: otherCookie } })).statusCode).toBe(
      401,
    );
    expect((await login(email, password, "10.0.0.9")).statusCode).toBe(401);
    expect((await login(email, "an-even-longer-password", "10.0.0.9")).statusCode).toBe(200);
  });

  it("refuses a data-changing request from another site", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const response = await app.inject({
      method: "POST",
      url: "/api/organizations",
      headers: { cookie, origin: "https://evil.example", host: "localhost:3000" },
      payload: { name: "X", level: "state", sector: "police" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: "FORBIDDEN", reason: "cross_site_request" });
  });
});

describe("user administration", () => {
  it("creates a user with a generated password that works once shown, and audits it", async () => {
    const organization = await makeOrganization(db, { sector: "civil_society" });
    const admin = await makeSignedInUser(db, "administrator");
    const created = await app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie: admin.cookie },
      payload: {
        email: "Vesna.Dukic@Example.org",
        displayName: "Весна Дукић",
        role: "partner",
        organizationId: organization.id,
      },
    });
    expect(created.statusCode).toBe(201);
    const { user, generatedPassword } = created.json();
    expect(user).toMatchObject({
      email: "vesna.dukic@example.org",
      displayName: "Весна Дукић",
      organizationId: organization.id,
    });
    expect(generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect((await login("vesna.dukic@example.org", generatedPassword, "10.0.1.1")).statusCode).toBe(200);
    const search = await app.inject({ url: "/api/users?q=vesna%20dukic", headers: { cookie: admin.cookie } });
    expect(search.json().items.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const audit = await app.inject({
      url: `/api/audit?entityType=user&entityId=${user.id}`,
      headers: { cookie: admin.cookie },
    });
    const entries = audit.json().items;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(["create", "login"]),
    );
    expect(JSON.stringify(entries)).not.toContain("argon2");
  });

  it("requires an organisation for partners and representatives", async () => {
    const admin = await makeSignedInUser(db, "administrator");
    const response = await app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie: admin.cookie },
      payload: { email: "x@example.org", displayName: "X", role: "representative" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({ path: "organizationId", reason: "organization_required" }),
    ]);
  });
});

describe("password rules", () => {
  const changePassword = (cookie: string, currentPassword: string, newPassword: string) =>
    app.inject({
      method: "POST",
      url: "/api/auth/password",
      headers: { cookie },
      payload: { currentPassword, newPassword },
    });

  it("refuses a common password (in any case) or one holding the e-mail or name on change", async () => {
    now = new Date("2026-03-06T08:00:00Z");
    const { email, password } = await newAccount();
    const cookie = `nap1325_session=${cookieOf(await login(email, password, "10.0.2.1")).value}`;
    const reasons = async (newPassword: string) => {
      const response = await changePassword(cookie, password, newPassword);
      expect(response.statusCode).toBe(400);
      return response.json().details.map((d: { path: string; reason?: string }) => `${d.path}:${d.reason}`);
    };
    const localPart = email.split("@")[0] as string;
    expect(await reasons("QWERTY123456")).toEqual(["newPassword:common_password"]);
    expect(await reasons(" 1q2w3e4r5t6y ")).toEqual(["newPassword:common_password"]);
    expect(await reasons(`my ${localPart.toUpperCase()} key`)).toEqual(["newPassword:contains_email"]);
    // The account's name is Šejla Čolić: any script, any case, with or without diacritics.
    expect(await reasons("colic-and-the-river")).toEqual(["newPassword:contains_name"]);
    expect(await reasons("ЧОЛИЋ и ријека 2026")).toEqual(["newPassword:contains_name"]);
    const short = await changePassword(cookie, password, "short");
    expect(short.statusCode).toBe(400);
    expect(short.json().details).toEqual([
      { path: "newPassword", message: expect.any(String), reason: "too_short", params: { min: 12 } },
    ]);
    expect((await changePassword(cookie, password, "river-lamp-orbit-1325")).statusCode).toBe(204);
    expect((await login(email, "river-lamp-orbit-1325", "10.0.2.1")).statusCode).toBe(200);
  });

  it("applies the same rules when an administrator creates a user or sets a password", async () => {
    const admin = await makeSignedInUser(db, "administrator");
    const create = (password: string) =>
      app.inject({
        method: "POST",
        url: "/api/users",
        headers: { cookie: admin.cookie },
        payload: { email: "amela.begic@example.org", displayName: "Amela Begić", role: "viewer", password },
      });
    const reasonsOf = (response: Awaited<ReturnType<typeof create>>) =>
      response.json().details.map((d: { path: string; reason?: string }) => `${d.path}:${d.reason}`);
    const named = await create("BEGIC summer 2026");
    expect(named.statusCode).toBe(400);
    expect(reasonsOf(named)).toEqual(["password:contains_name"]);
    expect(reasonsOf(await create("amela.begic-2026"))).toEqual(
      expect.arrayContaining(["password:contains_email"]),
    );
    expect(reasonsOf(await create("1q2w3e4r5t6y"))).toEqual(["password:common_password"]);
    const created = await create("lamp-river-orbit-1325");
    expect(created.statusCode).toBe(201);
    const { user } = created.json();

    const patch = (payload: Record<string, unknown>) =>
      app.inject({
        method: "PATCH",
        url: `/api/users/${user.id}`,
        headers: { cookie: admin.cookie },
        payload,
      });
    const common = await patch({ password: "1QAZ2WSX3EDC" });
    expect(common.statusCode).toBe(400);
    expect(reasonsOf(common)).toEqual(["password:common_password"]);
    // The name checked is the one the user will have after the change.
    expect(reasonsOf(await patch({ displayName: "Amela Softić", password: "softic-by-the-sea" }))).toEqual([
      "password:contains_name",
    ]);
    expect((await patch({ password: "orbit-lamp-river-2026" })).statusCode).toBe(200);
    expect((await login("amela.begic@example.org", "orbit-lamp-river-2026", "10.0.2.2")).statusCode).toBe(
      200,
    );
  });
});

describe("what a role may do anywhere (abilities on /api/auth/me)", () => {
  const abilitiesOf = async (role: Parameters<typeof makeSignedInUser>[1], organizationId: string | null) => {
    const { cookie } = await makeSignedInUser(db, role, { organizationId });
    const response = await app.inject({ url: "/api/auth/me", headers: { cookie } });
    expect(response.statusCode).toBe(200);
    return response.json().abilities;
  };

  it("answers each role's abilities from the modules' policies", async () => {
    const organization = await makeOrganization(db, { name: "Udruženje „Žene Ženama“" });
    const admin = await abilitiesOf("administrator", null);
    expect(Object.values(admin.create).every(Boolean)).toBe(true);
    expect(admin).toMatchObject({
      users: true,
      audit: true,
      reports: true,
      assessments: false,
      mergePeople: true,
    });

    const coordinator = await abilitiesOf("coordinator", null);
    expect(coordinator).toMatchObject({ users: false, audit: false, reports: true, mergePeople: true });
    expect(coordinator.create).toMatchObject({ plans: true, boards: true, meetingRecords: true });

    const representative = await abilitiesOf("representative", organization.id);
    expect(representative.create).toMatchObject({
      plans: false,
      indicators: false,
      events: true,
      people: true,
      imports: true,
      boards: false,
      meetingRecords: false,
    });
    expect(representative).toMatchObject({
      reports: true,
      ownActionItems: true,
      assessments: false,
      mergePeople: false,
    });

    const partner = await abilitiesOf("partner", organization.id);
    expect(partner).toMatchObject({
      reports: false,
      assessments: true,
      ownActionItems: false,
      mergePeople: false,
    });
    expect(partner.create).toMatchObject({ events: true, organizations: false });

    const viewer = await abilitiesOf("viewer", null);
    expect(Object.values(viewer.create).some(Boolean)).toBe(false);
    expect(viewer).toMatchObject({ users: false, audit: false, reports: true, assessments: false });

    const trainer = await abilitiesOf("trainer", null);
    expect(Object.values(trainer.create).some(Boolean)).toBe(false);
    expect(trainer.reports).toBe(false);
  });
});
