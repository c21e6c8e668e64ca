import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, mailDeliveries, users } from "../db/schema.js";
import { makeActionItem, makeBoard, makeBoardMeeting } from "../test/activity-factories.js";
import { createTestApp } from "../test/app.js";
import {
  linkIndicator,
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../test/factories.js";
import { type ReceivedMail, startSmtpServer, visibleText } from "../test/smtp.js";
import { sarajevoDay, sendOverdueActionItemNotices, sendReminderDigests } from "./scheduled.js";
import { SmtpMailer } from "./smtp.js";

const publicUrl = "https://nap1325.example.org";
/** Addresses the SMTP server refuses for now. */
const refused = new Set<string>();
const smtp = await startSmtpServer({ refuse: (address) => refused.has(address) });
const mailer = new SmtpMailer({ url: smtp.url, from: "nap1325 <nap1325@example.org>" });
const { app, db } = await createTestApp({ mailer, sessions: { publicOrigin: publicUrl } });
afterAll(async () => {
  await mailer.close();
  await smtp.stop();
});
const deps = { db, mailer, publicUrl };

/** 1 March 2013, 08:00 in Sarajevo: the period 2012/2013 runs, 2011/2012 has ended. */
const now = new Date("2013-03-01T07:00:00Z");
const nextDay = (date: Date, days = 1) => new Date(date.getTime() + days * 86_400_000);

const ministry = await makeOrganization(db, { name: "Ministarstvo odbrane BiH" });
const agency = await makeOrganization(db, { name: "Agencija za ravnopravnost spolova BiH" });
const closed = await makeOrganization(db, { name: "Ugašena organizacija", archivedAt: new Date() });
const plan = await makePlan(db, { title: "Akcioni plan 2010–2013" });
const indicator = await makeIndicator(db, { planId: plan.id });
await linkIndicator(db, indicator.id, { organizationIds: [ministry.id, closed.id] });
await makePeriod(db, { planId: plan.id, name: "2011/2012", startsOn: "2011-08-01", endsOn: "2012-07-31" });
const current = await makePeriod(db, { planId: plan.id, name: "2012/2013" });
const draft = await makeSubmission(db, { organizationId: ministry.id, reportingPeriodId: current.id });
const submitted = await makeSubmission(db, {
  organizationId: agency.id,
  reportingPeriodId: current.id,
  status: "submitted",
  submittedAt: new Date("2013-02-20T09:00:00Z"),
});

const repBs = await makeSignedInUser(db, "representative", { organizationId: ministry.id });
const repCyrl = await makeSignedInUser(db, "representative", {
  organizationId: ministry.id,
  locale: "sr-Cyrl-BA",
});
const repEn = await makeSignedInUser(db, "representative", { organizationId: ministry.id, locale: "en" });
const quiet = await makeSignedInUser(db, "representative", { organizationId: ministry.id });
const retired = await makeSignedInUser(db, "representative", { organizationId: ministry.id });
await db.update(users).set({ isActive: false }).where(eq(users.id, retired.user.id));
const repOfClosed = await makeSignedInUser(db, "representative", { organizationId: closed.id });
const repAgency = await makeSignedInUser(db, "representative", { organizationId: agency.id });
const partner = await makeSignedInUser(db, "partner", { organizationId: ministry.id });
const coordinator = await makeSignedInUser(db, "coordinator", { locale: "hr" });

/** Everything the SMTP server received since `from`. */
const receivedSince = (from: number) => smtp.messages.slice(from);
const mailTo = (mails: ReceivedMail[], email: string) => {
  const found = mails.filter((m) => m.to === email);
  expect(found, email).toHaveLength(1);
  return found[0] as ReceivedMail;
};
const withoutUrls = (text: string) => text.replace(/https?:\/\/\S+/g, "");
const latinLetter = /\p{Script=Latin}/u;

describe("reminder digests", () => {
  it("lets users turn reminder mails off on their own account", async () => {
    const response = await app.inject({
      method: "PATCH",
      url: "/api/auth/me",
      headers: { cookie: quiet.cookie, origin: publicUrl },
      payload: { reminderMails: false },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ reminderMails: false, locale: "bs" });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, quiet.user.id));
    expect(audit).toMatchObject({ before: { reminderMails: true }, after: { reminderMails: false } });
    const me = await app.inject({ url: "/api/auth/me", headers: { cookie: repBs.cookie } });
    expect(me.json().reminderMails).toBe(true);
  });

  it("mails each user one digest of their reminders, in their own language", async () => {
    const from = smtp.messages.length;
    expect(await sendReminderDigests(deps, now)).toBe(4);
    const mails = receivedSince(from);
    expect(mails.map((m) => m.to).sort()).toEqual(
      [repBs, repCyrl, repEn, coordinator].map((u) => u.user.email).sort(),
    );
    for (const nobody of [quiet, retired, repOfClosed, repAgency, partner]) {
      expect(mails.map((m) => m.to)).not.toContain(nobody.user.email);
    }

    const bs = mailTo(mails, repBs.user.email);
    expect(bs.from).toBe("nap1325 <nap1325@example.org>");
    expect(bs.envelopeTo).toEqual([repBs.user.email]);
    expect(bs.subject).toBe("Izvještaji koji traže vašu pažnju");
    expect(bs.text).toContain("Kasni\n\n- Ministarstvo odbrane BiH · 2011/2012 · Akcioni plan 2010–2013");
    expect(bs.text).toContain("Rok teče\n\n- Ministarstvo odbrane BiH · 2012/2013 · Akcioni plan 2010–2013");
    expect(bs.text).toContain(`${publicUrl}/submissions/${draft.id}`);
    expect(bs.text).toContain(`${publicUrl}/plans/${plan.id}/periods/`);
    expect(bs.text).toContain(`${publicUrl}/account`);
    expect(bs.html).toContain(
      `<a href="${publicUrl}/submissions/${draft.id}">Ministarstvo odbrane BiH · 2012/2013`,
    );
    expect(bs.html).toContain("<h2");

    const en = mailTo(mails, repEn.user.email);
    expect(en.subject).toBe("Reports that need your attention");
    expect(en.text).toContain("This is what needs doing as of 1 March 2013:");
    expect(en.text).toContain("Overdue\n\n- Ministarstvo odbrane BiH · 2011/2012");
    expect(en.text).toContain("You can turn reminder mails off on your account page.");

    const cyrillic = mailTo(mails, repCyrl.user.email);
    expect(cyrillic.subject).toBe("Извјештаји који траже вашу пажњу");
    expect(cyrillic.text).toContain("- Министарство одбране БиХ · 2011/2012 · Акциони план 2010–2013");
    for (const text of [
      cyrillic.subject,
      withoutUrls(cyrillic.text ?? ""),
      withoutUrls(visibleText(cyrillic.html ?? "")),
    ]) {
      expect(text).not.toMatch(latinLetter);
    }

    const review = mailTo(mails, coordinator.user.email);
    expect(review.subject).toBe("Izvješća koja traže vašu pažnju");
    expect(review.text).toContain("Čeka vaš pregled\n\n- Agencija za ravnopravnost spolova BiH · 2012/2013");
    expect(review.text).toContain(`${publicUrl}/submissions/${submitted.id}`);
  });

  it("mails nobody twice a day, however often and however many at once it runs", async () => {
    const from = smtp.messages.length;
    expect(await sendReminderDigests(deps, now)).toBe(0);
    // Half past eleven at night in Sarajevo: still the same day there.
    expect(await sendReminderDigests(deps, new Date("2013-03-01T22:30:00Z"))).toBe(0);
    expect(receivedSince(from)).toEqual([]);

    const tomorrow = nextDay(now);
    const counts = await Promise.all([
      sendReminderDigests(deps, tomorrow),
      sendReminderDigests(deps, tomorrow),
    ]);
    expect(counts[0] + counts[1]).toBe(4);
    const mails = receivedSince(from);
    expect(mails).toHaveLength(4);
    expect(new Set(mails.map((m) => m.to)).size).toBe(4);
    const recorded = await db.select().from(mailDeliveries).where(eq(mailDeliveries.day, "2013-03-02"));
    expect(recorded.map((r) => [r.kind, r.about])).toEqual(Array(4).fill(["reminder_digest", ""]));
  });

  it("records a mail only once it is handed over, so that the job's retry sends it", async () => {
    const day = nextDay(now, 2);
    refused.add(repEn.user.email);
    const from = smtp.messages.length;
    await expect(sendReminderDigests(deps, day)).rejects.toThrow("1 of 4 mails were not sent");
    expect(receivedSince(from)).toHaveLength(3);
    const recorded = await db
      .select()
      .from(mailDeliveries)
      .where(eq(mailDeliveries.day, sarajevoDay(day)));
    expect(recorded.map((r) => r.userId)).not.toContain(repEn.user.id);

    refused.delete(repEn.user.email);
    expect(await sendReminderDigests(deps, day)).toBe(1);
    expect(
      receivedSince(from)
        .map((m) => m.to)
        .at(-1),
    ).toBe(repEn.user.email);
  });

  it("takes the day in Sarajevo", () => {
    expect(sarajevoDay(new Date("2013-03-01T22:30:00Z"))).toBe("2013-03-01");
    expect(sarajevoDay(new Date("2013-03-01T23:30:00Z"))).toBe("2013-03-02");
    expect(sarajevoDay(new Date("2013-07-01T22:30:00Z"))).toBe("2013-07-02");
  });
});

describe("overdue action items", async () => {
  const board = await makeBoard(db, { planId: plan.id });
  const meeting = await makeBoardMeeting(db, {
    boardId: board.id,
    title: "Treća sjednica Koordinacionog odbora",
    startsOn: "2013-01-15",
  });
  await makeActionItem(db, {
    eventId: meeting.id,
    ownerOrganizationId: ministry.id,
    description: "Dostaviti podatke o ženama u misijama <UN>",
    dueOn: "2013-02-01",
  });
  await makeActionItem(db, {
    eventId: meeting.id,
    ownerOrganizationId: ministry.id,
    description: "Pripremiti obuku za instruktore",
    dueOn: "2013-02-15",
  });
  await makeActionItem(db, {
    eventId: meeting.id,
    ownerOrganizationId: ministry.id,
    description: "Zadatak s rokom u aprilu",
    dueOn: "2013-04-01",
  });
  await makeActionItem(db, {
    eventId: meeting.id,
    ownerOrganizationId: ministry.id,
    description: "Završen zadatak",
    dueOn: "2013-01-20",
    status: "done",
    closedOn: "2013-01-25",
  });
  await makeActionItem(db, {
    eventId: meeting.id,
    ownerOrganizationId: agency.id,
    description: "Izraditi izvještaj o provedbi",
    dueOn: "2013-02-10",
  });

  it("mails the owner organisation's representatives the items past their due date", async () => {
    const from = smtp.messages.length;
    expect(await sendOverdueActionItemNotices(deps, now)).toBe(4);
    const mails = receivedSince(from);
    expect(mails.map((m) => m.to).sort()).toEqual(
      [repBs, repCyrl, repEn, repAgency].map((u) => u.user.email).sort(),
    );

    const bs = mailTo(mails, repBs.user.email);
    expect(bs.subject).toBe("Zadaci Koordinacionog odbora kojima je istekao rok");
    expect(bs.text).toContain("Ovi zadaci organizacije Ministarstvo odbrane BiH još su otvoreni");
    expect(bs.text).toContain("- Dostaviti podatke o ženama u misijama <UN>\n  rok 1. februar 2013.");
    expect(bs.text).toContain("- Pripremiti obuku za instruktore");
    expect(bs.text).toContain(`${publicUrl}/events/${meeting.id}`);
    expect(bs.text).toContain(`${publicUrl}/action-items?organizationId=${ministry.id}&overdue=true`);
    for (const other of ["Zadatak s rokom u aprilu", "Završen zadatak", "Izraditi izvještaj o provedbi"]) {
      expect(bs.text).not.toContain(other);
    }
    expect(bs.html).toContain("misijama &lt;UN&gt;");
    expect(bs.html).not.toContain("<UN>");

    const en = mailTo(mails, repEn.user.email);
    expect(en.subject).toBe("Overdue action items of the Coordination Board");
    expect(en.text).toContain("due 1 February 2013");

    const cyrillic = mailTo(mails, repCyrl.user.email);
    expect(cyrillic.text).toContain("Доставити податке о женама у мисијама <УН>");
    expect(withoutUrls(cyrillic.text ?? "")).not.toMatch(latinLetter);

    const agencyMail = mailTo(mails, repAgency.user.email);
    expect(agencyMail.text).toContain("Izraditi izvještaj o provedbi");
    expect(agencyMail.text).not.toContain("Dostaviti podatke");
  });

  it("sends them once a day, and none to whoever turned reminder mails off", async () => {
    const from = smtp.messages.length;
    expect(await sendOverdueActionItemNotices(deps, now)).toBe(0);
    expect(receivedSince(from)).toEqual([]);
    const recorded = await db
      .select()
      .from(mailDeliveries)
      .where(eq(mailDeliveries.kind, "overdue_action_items"));
    expect(recorded.map((r) => r.userId)).not.toContain(quiet.user.id);
    expect(recorded).toHaveLength(4);
  });
});
