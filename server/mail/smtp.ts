/**
 * The SMTP transport (nodemailer): a small pool of connections to the server of `SMTP_URL`
 * (`smtps://` for TLS from the start; `smtp://` upgrades with STARTTLS when the server offers it).
 * One log line per message names its subject only. A message the server does not take throws, so
 * that the caller (a daily job) can try again; `close()` ends the pool's connections.
 */
import { createTransport } from "nodemailer";
import type { Mailer, MailLog, MailMessage } from "./mailer.js";

export interface SmtpSettings {
  url: string;
  /** The sender of every message, e.g. `nap1325 <nap1325@example.org>`. */
  from: string;
}

/** An error's class and code, never its message: a server's answer may repeat the address. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const code = (error as { code?: unknown }).code;
  const status = (error as { responseCode?: unknown }).responseCode;
  return [error.name, typeof code === "string" ? code : null, typeof status === "number" ? status : null]
    .filter((part) => part !== null)
    .join(" ");
}

export class SmtpMailer implements Mailer {
  private readonly transport: ReturnType<typeof createTransport>;
  private readonly log: MailLog | null;

  constructor(settings: SmtpSettings, log: MailLog | null = null) {
    // A pool: a daily job sends many messages, and one connection each would be slow.
    this.transport = createTransport(
      { url: settings.url, pool: true, maxConnections: 3 },
      { from: settings.from },
    );
    this.log = log;
  }

  async send(message: MailMessage): Promise<void> {
    try {
      await this.transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
      });
    } catch (error) {
      const line = `mail not sent: ${message.subject} (${describe(error)})`;
      if (this.log?.warn) this.log.warn(line);
      else this.log?.info(line);
      throw error;
    }
    this.log?.info(`mail sent: ${message.subject}`);
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
