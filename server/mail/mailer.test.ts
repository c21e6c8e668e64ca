import { describe, expect, it } from "vitest";
import { readConfig } from "../config.js";
import { createMailer, LogMailer } from "./mailer.js";

describe("mailer", () => {
  it("uses the log transport by default, and refuses an unknown one", () => {
    expect(readConfig({}).mail).toEqual({ transport: "log" });
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
