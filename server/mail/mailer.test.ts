import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../config.js";
import { startSmtpServer } from "../test/smtp.js";
import { createMailer, LogMailer } from "./mailer.js";
import { SmtpMailer } from "./smtp.js";

describe("mailer", () => {
  it("uses the log transport by default, and refuses an unknown one", () => {
    expect(readConfig({}).mail).toEqual({ transport: "log", from: "nap1325 <nap1325@localhost>" });
    expect(() => readConfig({ MAIL_TRANSPORT: "carrier-pigeon" })).toThrow(/MAIL_TRANSPORT/);
    expect(createMailer(readConfig({}).mail)).toBeInstanceOf(LogMailer);
  });

  it("keeps messages in memory and logs the subject only", async () => {
    const lines: string[] = [];
    const mailer = new LogMailer({ info: (line) => lines.push(line) });
    mailer.attachLog({ info: () => lines.push("second log") });
    await mailer.send({ to: "amra@example.org", subject: "Izvještaj", text: "Tijelo poruke" });
    expect(mailer.messages).toEqual([
      { to: "amra@example.org", subject: "Izvještaj", text: "Tijelo poruke" },
    ]);
    expect(lines).toEqual(["mail queued: Izvještaj"]);
  });
});

describe("the SMTP transport", async () => {
  const server = await startSmtpServer({ refuse: (address) => address.startsWith("nobody@") });
  const lines: string[] = [];
  const config = readConfig({ SMTP_URL: server.url, MAIL_FROM: "nap1325 <nap1325@example.org>" });
  const mailer = createMailer(config.mail, {
    info: (line) => lines.push(`info ${line}`),
    warn: (line) => lines.push(`warn ${line}`),
  });
  afterAll(async () => {
    await mailer.close?.();
    await server.stop();
  });

  it("is chosen when SMTP_URL is set", () => {
    expect(config.mail).toEqual({
      transport: "smtp",
      from: "nap1325 <nap1325@example.org>",
      smtpUrl: server.url,
    });
    expect(mailer).toBeInstanceOf(SmtpMailer);
  });

  it("delivers plain text and HTML from the configured sender to the recipient", async () => {
    await mailer.send({
      to: "amra@example.org",
      subject: "Izvještaj za 2012/2013 čeka pregled",
      text: "Organizacija Ministarstvo odbrane BiH je predala izvještaj.\n\nЋирилица и ćšđžč.",
      html: "<p>Organizacija <strong>Ministarstvo odbrane BiH</strong> je predala izvještaj.</p>",
    });
    const [received] = server.messages;
    expect(received?.envelopeFrom).toBe("nap1325@example.org");
    expect(received?.envelopeTo).toEqual(["amra@example.org"]);
    expect(received?.from).toBe("nap1325 <nap1325@example.org>");
    expect(received?.to).toBe("amra@example.org");
    expect(received?.subject).toBe("Izvještaj za 2012/2013 čeka pregled");
    expect(received?.text).toBe(
      "Organizacija Ministarstvo odbrane BiH je predala izvještaj.\n\nЋирилица и ćšđžč.",
    );
    expect(received?.html).toBe(
      "<p>Organizacija <strong>Ministarstvo odbrane BiH</strong> je predala izvještaj.</p>",
    );
    expect(lines).toEqual(["info mail sent: Izvještaj za 2012/2013 čeka pregled"]);
  });

  it("throws when the server refuses the message, and logs the subject only", async () => {
    const before = server.messages.length;
    await expect(
      mailer.send({ to: "nobody@example.org", subject: "Podsjetnik", text: "Tijelo poruke" }),
    ).rejects.toThrow();
    expect(server.messages).toHaveLength(before);
    const last = lines.at(-1) ?? "";
    expect(last).toMatch(/^warn mail not sent: Podsjetnik \(/);
    expect(last).not.toContain("nobody");
  });
});
