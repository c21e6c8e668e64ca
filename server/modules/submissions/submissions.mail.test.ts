import { Writable } from "node:stream";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../../db/schema.js";
import { loggerOptions } from "../../http/logging.js";
import { LogMailer } from "../../mail/mailer.js";
import { createTestApp } from "../../test/app.js";
import {
  linkIndicator,
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
} from "../../test/factories.js";

const lines: string[] = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});
const mailer = new LogMailer();
const { app, db } = await createTestApp({ mailer, logger: { ...(loggerOptions("info") as object), stream } });

const request = (cookie: string) => (url: string, payload?: object) =>
  app.inject({ method: "POST", url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

describe("mail of the reporting cycle", () => {
  it("mails the coordinators on submit and the organisation's representatives on return, each in their language", async () => {
    const coordinator = await makeSignedInUser(db, "coordinator");
    const retired = await makeSignedInUser(db, "coordinator");
    await db.update(users).set({ isActive: false }).where(eq(users.id, retired.user.id));
    const organization = await makeOrganization(db, { name: "Ministarstvo sigurnosti BiH" });
    const other = await makeOrganization(db);
    const rep = await makeSignedInUser(db, "representative", { organizationId: organization.id });
    const colleague = await makeSignedInUser(db, "representative", {
      organizationId: organization.id,
      locale: "en",
    });
    const serbian = await makeSignedInUser(db, "representative", {
      organizationId: organization.id,
      locale: "sr-Cyrl-BA",
    });
    const stranger = await makeSignedInUser(db, "representative", { organizationId: other.id });
    const plan = await makePlan(db);
    const period = await makePeriod(db, { planId: plan.id, name: "2012/2013" });
    const indicator = await makeIndicator(db, { planId: plan.id });
    await linkIndicator(db, indicator.id, { organizationIds: [organization.id] });

    const created = await request(rep.cookie)(`/periods/${period.id}/submissions`, {
      organizationId: organization.id,
    });
    const id = created.json().submission.id;
    expect((await request(rep.cookie)(`/submissions/${id}/submit`)).statusCode).toBe(200);
    const submitted = mailer.messages.filter((m) => m.subject === "Izvještaj za 2012/2013 čeka pregled");
    expect(submitted.map((m) => m.to)).toContain(coordinator.user.email);
    expect(submitted[0]?.text).toContain(
      "Organizacija Ministarstvo sigurnosti BiH je poslala izvještaj za 2012/2013.",
    );
    expect(submitted[0]?.html).toContain("<p>Organizacija Ministarstvo sigurnosti BiH je poslala izvještaj");
    expect(submitted.map((m) => m.to)).not.toContain(retired.user.email);
    expect(submitted.map((m) => m.to)).not.toContain(rep.user.email);

    const before = mailer.messages.length;
    const returned = await request(coordinator.cookie)(`/submissions/${id}/return`, {
      comment: "Nedostaje izvor podataka <tabela 2>",
    });
    expect(returned.statusCode).toBe(200);
    const sent = mailer.messages.slice(before);
    expect(sent.map((m) => m.to).sort()).toEqual(
      [rep.user.email, colleague.user.email, serbian.user.email].sort(),
    );
    expect(sent.map((m) => m.to)).not.toContain(stranger.user.email);
    const to = (email: string) => sent.find((m) => m.to === email);
    expect(to(rep.user.email)?.subject).toBe("Vaš izvještaj za 2012/2013 je vraćen");
    expect(to(colleague.user.email)?.subject).toBe("Your report for 2012/2013 was returned");
    expect(to(serbian.user.email)?.subject).toBe("Ваш извјештај за 2012/2013 је враћен");
    expect(to(serbian.user.email)?.text).toContain("Извјештај организације Министарство сигурности БиХ");
    expect(to(colleague.user.email)?.text).toContain(
      "The report of Ministarstvo sigurnosti BiH for 2012/2013 was returned for correction.",
    );
    // The comment is quoted as written; in HTML it is escaped.
    expect(to(rep.user.email)?.text).toContain("> Nedostaje izvor podataka <tabela 2>");
    expect(to(rep.user.email)?.html).toContain("Nedostaje izvor podataka &lt;tabela 2&gt;");
    // Without a public address (PUBLIC_URL) the mail names the report and links nowhere.
    expect(to(rep.user.email)?.text).not.toContain("http");
  });

  it("writes one line per message to the application log, without an address or the body", () => {
    const log = lines.join("\n");
    expect(log).toContain("mail queued: Izvještaj za 2012/2013 čeka pregled");
    expect(log).toContain("mail queued: Your report for 2012/2013 was returned");
    expect(log.split("mail queued:").length - 1).toBe(mailer.messages.length);
    expect(log).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
    expect(log).not.toContain("Nedostaje izvor podataka");
  });
});
