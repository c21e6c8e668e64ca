/**
 * Mails sent on a schedule by the daily jobs: the reminder digest (one mail per user with what the
 * reminders panel shows them) and the overdue action items (one mail per representative of the
 * owner organisation). Each goes to a user at most once a Sarajevo day per kind: the mail is
 * recorded in `mail_deliveries` before it is sent (only the process that inserts the row sends it)
 * and the record is removed when sending fails, so that the job's retry sends it. Deactivated users,
 * users of archived organisations and users who turned reminder mails off get none.
 */
import type { Db } from "../db/client.js";
import type { Actor } from "../http/actor.js";
import { readerLocale } from "../i18n/mail.js";
import { listOverdueActionItems } from "../modules/boards/action-items.service.js";
import { listReminders } from "../modules/reminders/reminders.service.js";
import { mailRecipients } from "../modules/users/users.service.js";
import { claimDelivery, type DeliveryKey, releaseDelivery } from "./deliveries.queries.js";
import type { Mailer, MailMessage } from "./mailer.js";
import { overdueNotice, reminderDigest } from "./reminder-mails.js";

export interface ScheduledMailDeps {
  db: Db;
  mailer: Mailer;
  publicUrl: string | null;
}

/** The kinds recorded in `mail_deliveries`. */
export const scheduledMailKinds = {
  reminderDigest: "reminder_digest",
  overdueActionItems: "overdue_action_items",
} as const;

const sarajevoDays = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Sarajevo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in Bosnia and Herzegovina at `now`, as `YYYY-MM-DD`. */
export function sarajevoDay(now: Date): string {
  const parts = Object.fromEntries(sarajevoDays.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Sends each mail unless it is recorded already; a mail that fails is forgotten again and the
 * others are still sent, then the run fails so that the job tries again. The number sent.
 */
async function deliverAll(
  deps: ScheduledMailDeps,
  mails: { key: DeliveryKey; message: () => MailMessage }[],
  now: Date,
): Promise<number> {
  let sent = 0;
  const failures: unknown[] = [];
  for (const { key, message } of mails) {
    if (!(await claimDelivery(deps.db, key, now))) continue;
    try {
      await deps.mailer.send(message());
      sent++;
    } catch (error) {
      await releaseDelivery(deps.db, key);
      failures.push(error);
    }
  }
  if (failures.length > 0) {
    throw new AggregateError(failures, `${failures.length} of ${failures.length + sent} mails were not sent`);
  }
  return sent;
}

export async function sendReminderDigests(deps: ScheduledMailDeps, now: Date): Promise<number> {
  const day = sarajevoDay(now);
  const recipients = await mailRecipients(deps.db, {
    roles: ["administrator", "coordinator", "representative"],
    reminderMailsOnly: true,
  });
  const mails: { key: DeliveryKey; message: () => MailMessage }[] = [];
  for (const recipient of recipients) {
    const actor: Actor = {
      userId: recipient.userId,
      role: recipient.role,
      organizationId: recipient.organizationId,
      personId: recipient.personId,
    };
    const reminders = await listReminders(deps.db, actor, now);
    if (reminders.length === 0) continue;
    const locale = readerLocale(recipient.locale);
    mails.push({
      key: { kind: scheduledMailKinds.reminderDigest, userId: recipient.userId, about: "", day },
      message: () => ({ to: recipient.email, ...reminderDigest(locale, reminders, day, deps.publicUrl) }),
    });
  }
  return deliverAll(deps, mails, now);
}

export async function sendOverdueActionItemNotices(deps: ScheduledMailDeps, now: Date): Promise<number> {
  const day = sarajevoDay(now);
  const items = await listOverdueActionItems(deps.db, day);
  const byOwner = new Map<string, typeof items>();
  for (const item of items) {
    const id = item.ownerOrganization.id;
    byOwner.set(id, [...(byOwner.get(id) ?? []), item]);
  }
  const mails: { key: DeliveryKey; message: () => MailMessage }[] = [];
  for (const [organizationId, owned] of byOwner) {
    const organization = owned[0]?.ownerOrganization ?? { id: organizationId, name: "" };
    const recipients = await mailRecipients(deps.db, {
      roles: ["representative"],
      organizationId,
      reminderMailsOnly: true,
    });
    for (const recipient of recipients) {
      const locale = readerLocale(recipient.locale);
      mails.push({
        key: { kind: scheduledMailKinds.overdueActionItems, userId: recipient.userId, about: "", day },
        message: () => ({
          to: recipient.email,
          ...overdueNotice(locale, organization, owned, deps.publicUrl),
        }),
      });
    }
  }
  return deliverAll(deps, mails, now);
}
