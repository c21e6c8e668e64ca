/**
 * E-mail behind an interface, with two transports chosen by `MAIL_TRANSPORT`: the log transport
 * (development and tests) keeps messages in memory and writes one line per message to the
 * application log; the SMTP transport (`smtp.ts`) hands them to a mail server. Neither writes the
 * recipient or the body to the log: they are personal data.
 */
import type { MailSettings } from "../config.js";
import { SmtpMailer } from "./smtp.js";

export interface MailMessage {
  to: string;
  subject: string;
  /** The plain-text body: every mail has one, for readers that show no HTML. */
  text: string;
  /** The same content as HTML, every value in it escaped. */
  html?: string;
}

export interface Mailer {
  /** Sends one message; throws when it could not be handed over, so that the caller may retry. */
  send(message: MailMessage): Promise<void>;
  /** Lets go of open connections; a transport without any has nothing to close. */
  close?(): Promise<void>;
}

/** What a service needs to mail: the transport, and the app's public address for links (or none). */
export interface MailDeps {
  mailer: Mailer;
  /** `PUBLIC_URL`: links in mails point here; without it a mail names the item but links nowhere. */
  publicUrl: string | null;
}

/** Where a transport writes its lines: the app's logger (pino) has this shape. */
export interface MailLog {
  info(message: string): void;
  warn?(message: string): void;
}

export class LogMailer implements Mailer {
  /** Every message sent, in order: tests read them here. */
  readonly messages: MailMessage[] = [];
  private log: MailLog | null;

  constructor(log: MailLog | null = null) {
    this.log = log;
  }

  /** Gives the mailer the app's log when it was made without one; `buildApp` calls this. */
  attachLog(log: MailLog): void {
    this.log ??= log;
  }

  async send(message: MailMessage): Promise<void> {
    this.messages.push({ ...message });
    // The recipient and the body are personal data: the log line names the subject only.
    this.log?.info(`mail queued: ${message.subject}`);
  }
}

export function createMailer(config: MailSettings, log: MailLog | null = null): Mailer {
  switch (config.transport) {
    case "log":
      return new LogMailer(log);
    case "smtp":
      return new SmtpMailer({ url: config.smtpUrl, from: config.from }, log);
  }
}
