/**
 * E-mail behind an interface. In development and tests the log transport keeps messages in memory
 * and writes one line per message to the application log, without the address or the body. A real
 * transport (SMTP) goes into `createMailer` as another `MAIL_TRANSPORT` value; none exists yet.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Where the log transport writes its line: the app's logger (pino) has this shape. */
export interface MailLog {
  info(message: string): void;
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

export const mailTransports = ["log"] as const;
export type MailTransport = (typeof mailTransports)[number];

export function createMailer(config: { transport: MailTransport }, log: MailLog | null = null): Mailer {
  switch (config.transport) {
    case "log":
      return new LogMailer(log);
    // An SMTP transport gets its own case here, with its settings read in config.ts.
  }
}
