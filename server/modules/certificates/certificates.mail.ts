/**
 * The mail of a newly issued certificate, to the holder's own address when their record has one,
 * in the language of the holder's account (Bosnian when they have none): the training, its dates,
 * the certificate number and the public page where anyone can check it.
 */
import type { Db } from "../../db/client.js";
import { formatDateRange } from "../../i18n/locale.js";
import {
  inReaderScript,
  type MailBlock,
  mailEach,
  mailWords,
  readerLocale,
  renderMail,
} from "../../i18n/mail.js";
import type { MailDeps } from "../../mail/mailer.js";
import { verificationUrl } from "./certificate-pdf.js";
import { selectCertificateMails } from "./certificates.queries.js";

export async function mailIssued(db: Db, mail: MailDeps, certificateIds: string[]): Promise<number> {
  let sent = 0;
  for (const row of await selectCertificateMails(db, certificateIds)) {
    const reader = { email: (row.email ?? "").trim(), locale: readerLocale(row.locale) };
    sent += await mailEach(mail.mailer, [reader], (locale) => {
      const words = mailWords(locale);
      const training = inReaderScript(locale, row.title);
      const url = mail.publicUrl ? verificationUrl(mail.publicUrl, row.number) : null;
      const verify: MailBlock[] = url
        ? [{ kind: "link", label: words.certificateVerify, url }]
        : [{ kind: "paragraph", text: words.certificateVerifyOffline }];
      return renderMail(locale, {
        subject: words.certificateSubject(training),
        blocks: [
          {
            kind: "paragraph",
            text: words.certificateBody(
              inReaderScript(locale, `${row.givenName} ${row.familyName}`),
              training,
              formatDateRange(row.startsOn, row.endsOn, locale),
            ),
          },
          // The number is checked as it is printed: it stays in Latin letters in every script.
          { kind: "paragraph", text: `${words.certificateNumber} ${row.number}` },
          ...verify,
        ],
      });
    });
  }
  return sent;
}
