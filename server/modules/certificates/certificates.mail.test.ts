import { afterAll, describe, expect, it } from "vitest";
import type { Certificate } from "../../../common/schemas/certificates.js";
import { SmtpMailer } from "../../mail/smtp.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";
import { type ReceivedMail, startSmtpServer, visibleText } from "../../test/smtp.js";

const publicUrl = "https://nap1325.example.org";
const smtp = await startSmtpServer();
const mailer = new SmtpMailer({ url: smtp.url, from: "nap1325 <nap1325@example.org>" });
const { app, db } = await createTestApp({ mailer, sessions: { publicOrigin: publicUrl } });
afterAll(async () => {
  await mailer.close();
  await smtp.stop();
});

describe("the mail of an issued certificate", () => {
  it("goes to each holder with an address, in the language of the holder's account, with the check link", async () => {
    const organizer = await makeOrganization(db, { name: "Udruženje Žene Ženama" });
    const event = await makeEvent(db, {
      organizerIds: [organizer.id],
      kind: "workshop",
      title: "Rodna ravnopravnost u sektoru sigurnosti",
      startsOn: "2012-05-14",
      endsOn: "2012-05-16",
    });
    const holder = async (givenName: string, familyName: string, email: string | null) => {
      const person = await makePerson(db, { givenName, familyName, email });
      await makeParticipation(db, {
        eventId: event.id,
        personId: person.id,
        role: "participant",
        attended: true,
      });
      return person;
    };
    const lejla = await holder("Lejla", "Alić", "lejla.alic@example.org");
    const jovana = await holder("Jovana", "Jović", "jovana.jovic@example.org");
    const mirko = await holder("Mirko", "Šimić", null);
    await makeSignedInUser(db, "trainer", { personId: jovana.id, locale: "sr-Cyrl-BA" });
    const { cookie } = await makeSignedInUser(db, "coordinator", { locale: "en" });

    const response = await app.inject({
      method: "POST",
      url: `/api/events/${event.id}/certificates`,
      headers: { cookie, origin: publicUrl },
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    const issued = response.json<{ issued: Certificate[] }>().issued;
    expect(issued).toHaveLength(3);
    const numberOf = (personId: string) => issued.find((c) => c.personId === personId)?.number ?? "";

    expect(smtp.messages.map((m) => m.to).sort()).toEqual([jovana.email, lejla.email].sort());
    const mailTo = (email: string | null) => smtp.messages.find((m) => m.to === email) as ReceivedMail;

    const bs = mailTo(lejla.email);
    expect(bs.from).toBe("nap1325 <nap1325@example.org>");
    expect(bs.subject).toBe("Vaš certifikat za obuku Rodna ravnopravnost u sektoru sigurnosti");
    expect(bs.text).toContain("Izdat je certifikat na ime Lejla Alić za završenu obuku");
    expect(bs.text).toContain(`Broj certifikata: ${numberOf(lejla.id)}`);
    expect(bs.text).toContain(`${publicUrl}/verify/${numberOf(lejla.id)}`);
    expect(bs.html).toContain(`<a href="${publicUrl}/verify/${numberOf(lejla.id)}">`);

    const cyrillic = mailTo(jovana.email);
    expect(cyrillic.subject).toBe("Ваш сертификат за обуку Родна равноправност у сектору сигурности");
    expect(cyrillic.text).toContain("Издат је сертификат на име Јована Јовић");
    // Apart from the check link and the number (printed on the certificate as it is), no Latin letter.
    const number = numberOf(jovana.id);
    for (const text of [cyrillic.text ?? "", visibleText(cyrillic.html ?? "")]) {
      expect(text.replace(/https?:\/\/\S+/g, "").replaceAll(number, "")).not.toMatch(/\p{Script=Latin}/u);
    }
    expect(smtp.messages.map((m) => m.text).join("\n")).not.toContain(numberOf(mirko.id));
  });
});
