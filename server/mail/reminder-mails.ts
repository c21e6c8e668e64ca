/**
 * The scheduled mails' content, in the reader's language: the reminder digest (what the reminders
 * panel shows the user) and the notice of an organisation's overdue action items.
 */
import type { Stored } from "../../common/schemas/abilities.js";
import type { ActionItem } from "../../common/schemas/boards.js";
import type { Reminder, ReminderKind } from "../../common/schemas/reminders.js";
import { formatDate, type ServerLocale } from "../i18n/locale.js";
import {
  appLink,
  inReaderScript,
  type MailBlock,
  type MailListItem,
  mailWords,
  type RenderedMail,
  renderMail,
} from "../i18n/mail.js";
import type { MailMessages } from "../i18n/messages/mail.js";

const kindHeadings: Record<ReminderKind, (words: MailMessages) => string> = {
  overdue: (words) => words.digestOverdue,
  returned: (words) => words.digestReturned,
  due: (words) => words.digestDue,
  to_review: (words) => words.digestToReview,
};

/** Where a reminder opens: its report, or the period's reports while the organisation has none. */
const reminderPath = (reminder: Reminder) =>
  reminder.submissionId
    ? `/submissions/${reminder.submissionId}`
    : `/plans/${reminder.planId}/periods/${reminder.periodId}/reports`;

/** How to turn these mails off: a link to the account page when the app has a public address. */
function optOut(locale: ServerLocale, publicUrl: string | null): MailBlock {
  const words = mailWords(locale);
  const url = appLink(publicUrl, "/account");
  return url
    ? { kind: "link", label: words.digestOptOut, url }
    : { kind: "paragraph", text: words.digestOptOut };
}

/** One mail listing a user's reminders, grouped by kind in the reminders' own order. */
export function reminderDigest(
  locale: ServerLocale,
  reminders: Reminder[],
  today: string,
  publicUrl: string | null,
): RenderedMail {
  const words = mailWords(locale);
  const data = (text: string) => inReaderScript(locale, text);
  const blocks: MailBlock[] = [{ kind: "paragraph", text: words.digestIntro(formatDate(today, locale)) }];
  const kinds = [...new Set(reminders.map((r) => r.kind))];
  for (const kind of kinds) {
    const items = reminders
      .filter((r) => r.kind === kind)
      .map(
        (r): MailListItem => ({
          text: [r.organizationName, r.periodName, r.planTitle].map(data).join(" · "),
          details: [
            words.digestSince(formatDate(r.since, locale)),
            // The coordinator's comment stays as it was written.
            ...(r.note ? [`${words.digestNote} ${r.note}`] : []),
          ],
          url: appLink(publicUrl, reminderPath(r)),
        }),
      );
    blocks.push({ kind: "heading", text: kindHeadings[kind](words) }, { kind: "list", items });
  }
  const home = appLink(publicUrl, "/");
  if (home) blocks.push({ kind: "link", label: words.digestAll, url: home });
  blocks.push(optOut(locale, publicUrl));
  return renderMail(locale, { subject: words.digestSubject, blocks });
}

/** One mail listing the overdue action items of the reader's organisation. */
export function overdueNotice(
  locale: ServerLocale,
  organization: { id: string; name: string },
  items: Stored<ActionItem>[],
  publicUrl: string | null,
): RenderedMail {
  const words = mailWords(locale);
  const data = (text: string) => inReaderScript(locale, text);
  const list: MailListItem[] = items.map((item) => ({
    text: data(item.description),
    details: [
      ...(item.dueOn ? [words.overdueDue(formatDate(item.dueOn, locale))] : []),
      words.overdueAgreed(data(item.meetingTitle), formatDate(item.meetingOn, locale)),
    ],
    url: appLink(publicUrl, `/events/${item.eventId}`),
  }));
  const blocks: MailBlock[] = [
    { kind: "paragraph", text: words.overdueIntro(data(organization.name)) },
    { kind: "list", items: list },
    { kind: "paragraph", text: words.overdueAction },
  ];
  const all = appLink(publicUrl, `/action-items?organizationId=${organization.id}&overdue=true`);
  if (all) blocks.push({ kind: "link", label: words.overdueAll, url: all });
  blocks.push(optOut(locale, publicUrl));
  return renderMail(locale, { subject: words.overdueSubject, blocks });
}
