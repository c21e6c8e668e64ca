import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Certificate, CertificateOverview, Verification } from "../../../common/schemas/certificates.js";
import { attendanceDays, auditLog, certificates, trainingRules, users } from "../../db/schema.js";
import { uncoveredCharacters } from "../../pdf/coverage.js";
import { textOf } from "../../pdf/document.js";
import { createTestApp } from "../../test/app.js";
import {
  findMunicipality,
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";
import { certificatePdf, eventCertificatesPdf, normalizeNumber } from "./certificates.service.js";

const { app, db } = await createTestApp();

const get = (cookie: string | null, url: string) =>
  app.inject({ url, headers: { host: "nap1325.example.ba", ...(cookie ? { cookie } : {}) } });
const post = (cookie: string, url: string, payload: object = {}) =>
  app.inject({ method: "POST", url, headers: { cookie, host: "nap1325.example.ba" }, payload });

const numberPattern = /^BIH-2012-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}$/;

/** A three-day workshop (14–16 May 2012) organised by a new organisation, with rules when given. */
async function training(rules?: { minAttendanceShare: string; passMark?: string | null }) {
  const organizer = await makeOrganization(db, { name: `Udruženje „Žene Ženama“ ${Math.random()}` });
  const event = await makeEvent(db, {
    organizerIds: [organizer.id],
    kind: "workshop",
    title: "Rodna ravnopravnost u sektoru sigurnosti",
    startsOn: "2012-05-14",
    endsOn: "2012-05-16",
    jurisdictionId: (await findMunicipality(db, "Banja Luka")).id,
  });
  if (rules) await db.insert(trainingRules).values({ eventId: event.id, ...rules });
  return { event, organizer };
}

/** A participant; `days` lists the days recorded (present or not) when given. */
async function participant(
  eventId: string,
  name: [string, string],
  values: { attended?: boolean; role?: "participant" | "trainer"; post?: number | null } = {},
  days: [string, boolean][] = [],
) {
  const person = await makePerson(db, { givenName: name[0], familyName: name[1] });
  await makeParticipation(db, {
    eventId,
    personId: person.id,
    role: values.role ?? "participant",
    attended: values.attended ?? true,
    ...(values.post === undefined || values.post === null
      ? {}
      : { preTestScore: "8", postTestScore: String(values.post), testMaxScore: "20" }),
  });
  if (days.length > 0) {
    await db
      .insert(attendanceDays)
      .values(days.map(([day, present]) => ({ eventId, personId: person.id, day, present })));
  }
  return person;
}

async function coordinator(locale = "bs") {
  const signedIn = await makeSignedInUser(db, "coordinator");
  await db.update(users).set({ locale }).where(eq(users.id, signedIn.user.id));
  return signedIn;
}

describe("certificate eligibility", () => {
  it("gives every participant a verdict: absent, too few days, pass mark failed, not a participant", async () => {
    const { cookie } = await coordinator();
    const { event } = await training({ minAttendanceShare: "0.6667", passMark: "0.7" });
    const full = await participant(event.id, ["Šejla", "Đapić"], { post: 18 });
    const days = await participant(event.id, ["Јована", "Ђурђевић"], { post: 14 }, [
      ["2012-05-14", true],
      ["2012-05-15", true],
      ["2012-05-16", false],
    ]);
    const absent = await participant(event.id, ["Mirza", "Čolić"], { attended: false, post: 18 });
    const partial = await participant(event.id, ["Ivana", "Ćurić"], { post: 18 }, [
      ["2012-05-14", true],
      ["2012-05-15", false],
    ]);
    const failed = await participant(event.id, ["Željka", "Žunić"], { post: 13 });
    const untested = await participant(event.id, ["Dario", "Marić"]);
    const trainer = await participant(event.id, ["Нада", "Шкорић"], { role: "trainer" });

    const response = await get(cookie, `/api/events/${event.id}/certificates`);
    expect(response.statusCode).toBe(200);
    const overview = response.json<CertificateOverview>();
    expect(overview.rules).toEqual({
      minAttendanceShare: 0.6667,
      passMark: 0.7,
      issuesCertificates: true,
      isDefault: false,
    });
    const verdict = (id: string) => overview.items.find((item) => item.personId === id);
    expect(verdict(full.id)).toMatchObject({
      eligible: true,
      reasons: [],
      attendanceShare: 1,
      postTestShare: 0.9,
    });
    expect(verdict(days.id)).toMatchObject({ eligible: true, reasons: [], postTestShare: 0.7 });
    expect(verdict(days.id)?.attendanceShare).toBeCloseTo(2 / 3);
    expect(verdict(absent.id)).toMatchObject({
      eligible: false,
      reasons: ["attendance"],
      attendanceShare: 0,
    });
    expect(verdict(partial.id)).toMatchObject({ eligible: false, reasons: ["attendance"] });
    expect(verdict(failed.id)).toMatchObject({ eligible: false, reasons: ["pass_mark"] });
    expect(verdict(untested.id)).toMatchObject({ eligible: false, reasons: ["no_post_test"] });
    expect(verdict(trainer.id)).toMatchObject({
      eligible: false,
      reasons: ["not_participant", "no_post_test"],
    });
    expect(overview.items.every((item) => item.certificate === null)).toBe(true);
  });

  it("asks for every day and no test when the training has no rules", async () => {
    const { cookie } = await coordinator();
    const { event } = await training();
    const attended = await participant(event.id, ["Amra", "Hodžić"]);
    const twoDays = await participant(event.id, ["Emina", "Begić"], {}, [
      ["2012-05-14", true],
      ["2012-05-15", true],
      ["2012-05-16", false],
    ]);
    const overview = (await get(cookie, `/api/events/${event.id}/certificates`)).json<CertificateOverview>();
    expect(overview.rules).toEqual({
      minAttendanceShare: 1,
      passMark: null,
      issuesCertificates: true,
      isDefault: true,
    });
    expect(overview.items.find((i) => i.personId === attended.id)).toMatchObject({ eligible: true });
    expect(overview.items.find((i) => i.personId === twoDays.id)).toMatchObject({
      eligible: false,
      reasons: ["attendance"],
    });
  });

  it("refuses events that are not trainings", async () => {
    const { cookie } = await coordinator();
    const organizer = await makeOrganization(db);
    const event = await makeEvent(db, { organizerIds: [organizer.id], kind: "public_presentation" });
    expect((await get(cookie, `/api/events/${event.id}/certificates`)).statusCode).toBe(400);
  });
});

describe("issuing certificates", () => {
  it("issues to the eligible once, numbered and audited; a second run issues nothing", async () => {
    const { cookie } = await coordinator();
    const { event } = await training();
    const first = await participant(event.id, ["Lejla", "Alić"]);
    const second = await participant(event.id, ["Ђорђе", "Јовић"]);
    await participant(event.id, ["Mirko", "Šimić"], { attended: false });

    const issued = await post(cookie, `/api/events/${event.id}/certificates`);
    expect(issued.statusCode).toBe(200);
    const { issued: items } = issued.json<{ issued: Certificate[] }>();
    expect(items.map((c) => c.personId).sort()).toEqual([first.id, second.id].sort());
    for (const certificate of items) expect(certificate.number).toMatch(numberPattern);
    expect(new Set(items.map((c) => c.number)).size).toBe(2);

    const again = await post(cookie, `/api/events/${event.id}/certificates`);
    expect(again.json()).toEqual({ issued: [] });
    const named = await post(cookie, `/api/events/${event.id}/certificates`, { personIds: [first.id] });
    expect(named.json()).toEqual({ issued: [] });
    const rows = await db.select().from(certificates).where(eq(certificates.eventId, event.id));
    expect(rows).toHaveLength(2);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "certificate"), eq(auditLog.action, "create")));
    expect(audits.filter((a) => items.some((c) => c.id === a.entityId))).toHaveLength(2);

    const overview = (await get(cookie, `/api/events/${event.id}/certificates`)).json<CertificateOverview>();
    expect(overview.items.find((i) => i.personId === second.id)?.certificate?.number).toBe(
      items.find((c) => c.personId === second.id)?.number,
    );
  });

  it("issues no duplicates when two requests run at once", async () => {
    const { cookie } = await coordinator();
    const { event } = await training();
    for (const name of ["Aida", "Belma", "Сања", "Dženana"]) await participant(event.id, [name, "Kovačević"]);
    const url = `/api/events/${event.id}/certificates`;
    const [a, b] = await Promise.all([post(cookie, url), post(cookie, url)]);
    expect([a?.statusCode, b?.statusCode]).toEqual([200, 200]);
    const issued = [a, b].flatMap((r) => r?.json<{ issued: Certificate[] }>().issued ?? []);
    expect(issued).toHaveLength(4);
    expect(await db.select().from(certificates).where(eq(certificates.eventId, event.id))).toHaveLength(4);
  });

  it("issues to the people named, and refuses one who is not eligible or not taking part", async () => {
    const { cookie } = await coordinator();
    const { event } = await training();
    const eligible = await participant(event.id, ["Selma", "Đapo"]);
    const absent = await participant(event.id, ["Goran", "Perić"], { attended: false });
    const stranger = await makePerson(db);
    const url = `/api/events/${event.id}/certificates`;

    const refused = await post(cookie, url, { personIds: [eligible.id, absent.id] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details).toEqual([
      {
        path: "personIds.1",
        message: expect.stringContaining("fewer days"),
        reason: "ineligible_attendance",
      },
    ]);
    expect((await post(cookie, url, { personIds: [stranger.id] })).statusCode).toBe(400);
    expect(await db.select().from(certificates).where(eq(certificates.eventId, event.id))).toHaveLength(0);

    const issued = await post(cookie, url, { personIds: [eligible.id] });
    expect(issued.json<{ issued: Certificate[] }>().issued.map((c) => c.personId)).toEqual([eligible.id]);
  });
});

describe("verifying a certificate", () => {
  it("confirms a genuine number with the name and the training only, and nothing for others", async () => {
    const { cookie } = await coordinator();
    const { event } = await training();
    await participant(event.id, ["Јелена", "Петровић"]);
    const [certificate] = (await post(cookie, `/api/events/${event.id}/certificates`)).json<{
      issued: Certificate[];
    }>().issued;
    if (!certificate) throw new Error("no certificate");

    const genuine = await get(null, `/api/verify/${certificate.number}`);
    expect(genuine.statusCode).toBe(200);
    expect(genuine.json()).toStrictEqual({
      genuine: true,
      name: "Јелена Петровић",
      eventTitle: "Rodna ravnopravnost u sektoru sigurnosti",
      startsOn: "2012-05-14",
      endsOn: "2012-05-16",
    });
    expect(Object.keys(genuine.json<Verification>()).sort()).toEqual([
      "endsOn",
      "eventTitle",
      "genuine",
      "name",
      "startsOn",
    ]);
    // As typed by hand: lower case, spaces around.
    const typed = await get(
      null,
      `/api/verify/${encodeURIComponent(` ${certificate.number.toLowerCase()} `)}`,
    );
    expect(typed.json<Verification>().genuine).toBe(true);

    const code = certificate.number.slice(-8);
    const forgedCode = `${code.slice(0, 7)}${code.endsWith("Z") ? "Y" : "Z"}`;
    for (const number of [
      `BIH-2012-${forgedCode}`,
      "BIH-2012-AAAAAAAA",
      "BIH-2012-0O1I0O1I",
      "nije-broj",
      "%27%20or%201%3D1--",
      certificate.id,
    ]) {
      const response = await get(null, `/api/verify/${number}`);
      expect(response.statusCode, number).toBe(200);
      expect(response.json(), number).toStrictEqual({ genuine: false });
    }
  });

  it("reports a revoked certificate as not genuine; revoking is audited, once", async () => {
    const { cookie } = await coordinator();
    const { event } = await training();
    await participant(event.id, ["Hana", "Kovač"]);
    const [certificate] = (await post(cookie, `/api/events/${event.id}/certificates`)).json<{
      issued: Certificate[];
    }>().issued;
    if (!certificate) throw new Error("no certificate");
    const url = `/api/certificates/${certificate.id}/revoke`;

    expect((await post(cookie, url, {})).statusCode).toBe(400);
    const revoked = await post(cookie, url, { reason: "Izdat greškom" });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json<Certificate>()).toMatchObject({ revokedReason: "Izdat greškom" });
    expect(revoked.json<Certificate>().revokedAt).not.toBeNull();
    expect((await post(cookie, url, { reason: "Ponovo" })).statusCode).toBe(409);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, certificate.id), eq(auditLog.action, "update")));
    expect(audit?.reason).toBe("Izdat greškom");

    expect((await get(null, `/api/verify/${certificate.number}`)).json()).toStrictEqual({ genuine: false });
    expect((await get(cookie, `/api/certificates/${certificate.id}.pdf`)).statusCode).toBe(409);
    // The number stays taken: issuing again gives the person no new certificate.
    expect((await post(cookie, `/api/events/${event.id}/certificates`)).json()).toEqual({ issued: [] });
  });
});

describe("printed certificates", () => {
  it("prints a certificate for a Cyrillic name as a PDF download", async () => {
    const { cookie } = await coordinator("sr-Cyrl-BA");
    const { event } = await training();
    await participant(event.id, ["Љиљана", "Ђукић-Њежић"]);
    await participant(event.id, ["Šćepan", "Žigić"]);
    const { issued } = (await post(cookie, `/api/events/${event.id}/certificates`)).json<{
      issued: Certificate[];
    }>();
    const cyrillic = issued.find((c) => c.givenName === "Љиљана") as Certificate;

    const one = await get(cookie, `/api/certificates/${cyrillic.id}.pdf`);
    expect(one.statusCode).toBe(200);
    expect(one.headers["content-type"]).toBe("application/pdf");
    expect(one.headers["content-disposition"]).toMatch(
      /^attachment; filename=".*Ljiljana Djukic-Njezic\.pdf"/,
    );
    expect(one.headers["content-disposition"]).toContain(encodeURIComponent("Љиљана Ђукић-Њежић"));
    expect(one.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(one.rawPayload.includes("Roboto")).toBe(true);

    const all = await get(cookie, `/api/events/${event.id}/certificates.pdf`);
    expect(all.statusCode).toBe(200);
    expect(all.headers["content-type"]).toBe("application/pdf");
    expect(all.headers["content-disposition"]).toMatch(/^attachment; /);
    expect(all.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // One page per certificate.
    expect(all.rawPayload.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(2);
  });

  it("prints names, labels and the verification address with characters the font has, in every language", async () => {
    const { event } = await training();
    await participant(event.id, ["Љиљана", "Ђукић-Њежић"]);
    await participant(event.id, ["Đurđica", "Čačić-Šćekić"]);
    const issuer = await coordinator();
    await post(issuer.cookie, `/api/events/${event.id}/certificates`);
    const origin = "https://nap1325.example.ba";
    for (const locale of ["bs", "en", "hr", "sr-Latn-BA", "sr-Cyrl-BA"]) {
      const { actor } = await coordinator(locale);
      const pdf = await eventCertificatesPdf(db, actor, event.id, origin);
      const text = textOf(pdf.definition).join("\n");
      expect(text).toContain("Љиљана Ђукић-Њежић");
      expect(text).toContain("Đurđica Čačić-Šćekić");
      expect(text).toContain(locale === "sr-Cyrl-BA" ? "Бања Лука" : "Banja Luka");
      expect(text).toMatch(/https:\/\/nap1325\.example\.ba\/verify\/BIH-2012-[2-9A-Z]{8}/);
      for (const face of ["normal", "bold", "italics", "bolditalics"] as const) {
        expect(uncoveredCharacters(text, face), `${locale} ${face}`).toEqual([]);
      }
    }
    const { actor } = await coordinator("sr-Cyrl-BA");
    const [first] = await db.select().from(certificates).where(eq(certificates.eventId, event.id));
    const single = await certificatePdf(db, actor, first?.id as string, "https://nap1325.example.ba");
    const text = textOf(single.definition, [1]).join("\n");
    // Labels in Cyrillic for a reader of sr-Cyrl-BA.
    expect(text).toContain("ЦЕРТИФИКАТ");
    expect(text).toContain("Страница 1 од 1");
  });

  it("answers 409 for a training without certificates, 404 for an unknown certificate", async () => {
    const { cookie } = await coordinator();
    const { event } = await training();
    expect((await get(cookie, `/api/events/${event.id}/certificates.pdf`)).statusCode).toBe(409);
    expect((await get(cookie, "/api/certificates/00000000-0000-4000-8000-000000000000.pdf")).statusCode).toBe(
      404,
    );
  });

  it("normalises typed numbers and rejects malformed ones", () => {
    expect(normalizeNumber(" bih-2012-abcdefgh ")).toBe("BIH-2012-ABCDEFGH");
    expect(normalizeNumber("BIH-2012-ABCDEFG0")).toBeUndefined();
    expect(normalizeNumber("BIH-12-ABCDEFGH")).toBeUndefined();
  });
});

describe("verification limits", () => {
  it("slows down whoever checks too many numbers from one address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await get(null, `/api/verify/BIH-2012-${i}`)).statusCode);
    expect(statuses.slice(0, 50).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
