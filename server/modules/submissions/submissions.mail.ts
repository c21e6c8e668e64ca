/**
 * Mail of the reporting cycle, sent once the transition is committed, to each recipient in their
 * own language: a returned report goes to the organisation's representatives, a submitted one to
 * the coordinators who review it.
 */
import type { SubmissionForm } from "../../../common/schemas/submissions.js";
import type { Db } from "../../db/client.js";
import {
  appLink,
  inReaderScript,
  type MailBlock,
  mailEach,
  mailWords,
  readerLocale,
  renderMail,
} from "../../i18n/mail.js";
import type { MailDeps } from "../../mail/mailer.js";
import { mailRecipients } from "../users/users.service.js";

type Recipients = Awaited<ReturnType<typeof mailRecipients>>;
const readersOf = (recipients: Recipients) =>
  recipients.map((r) => ({ email: r.email, locale: readerLocale(r.locale) }));

const linkTo = (publicUrl: string | null, form: SubmissionForm, label: string): MailBlock[] => {
  const url = appLink(publicUrl, `/submissions/${form.submission.id}`);
  return url ? [{ kind: "link", label, url }] : [];
};

export async function mailReturned(db: Db, mail: MailDeps, form: SubmissionForm, comment: string) {
  const { periodName, organizationName, organizationId } = form.submission;
  const recipients = await mailRecipients(db, { roles: ["representative"], organizationId });
  await mailEach(mail.mailer, readersOf(recipients), (locale) => {
    const words = mailWords(locale);
    const period = inReaderScript(locale, periodName);
    const subject = words.returnedSubject(period);
    return renderMail(locale, {
      subject,
      blocks: [
        { kind: "paragraph", text: words.returnedBody(inReaderScript(locale, organizationName), period) },
        { kind: "paragraph", text: words.returnedComment },
        // The coordinator's own words, as they were written.
        { kind: "quote", text: comment },
        { kind: "paragraph", text: words.returnedAction },
        ...linkTo(mail.publicUrl, form, words.openLink),
      ],
    });
  });
}

export async function mailSubmitted(db: Db, mail: MailDeps, form: SubmissionForm) {
  const { periodName, organizationName } = form.submission;
  const recipients = await mailRecipients(db, { roles: ["coordinator"] });
  await mailEach(mail.mailer, readersOf(recipients), (locale) => {
    const words = mailWords(locale);
    const period = inReaderScript(locale, periodName);
    return renderMail(locale, {
      subject: words.submittedSubject(period),
      blocks: [
        { kind: "paragraph", text: words.submittedBody(inReaderScript(locale, organizationName), period) },
        { kind: "paragraph", text: words.submittedAction },
        ...linkTo(mail.publicUrl, form, words.openLink),
      ],
    });
  });
}
