/**
 * The certificate as a printed page: the holder's name exactly as registered, the training, its
 * dates, place and organisers, the certificate number and the address where anyone can check it.
 */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { Certificate } from "../../../common/schemas/certificates.js";
import { messagesFor } from "../../i18n/catalogue.js";
import { formatDateRange, type ServerLocale } from "../../i18n/locale.js";
import { certificateMessages } from "../../i18n/messages/certificates.js";
import { pageMessages } from "../../i18n/messages/pdf.js";
import { definePdf } from "../../pdf/document.js";
import type { Training } from "./certificates.queries.js";

/** Where the public page answers for a number. */
export const verificationUrl = (origin: string, number: string) =>
  `${origin.replace(/\/+$/, "")}/verify/${encodeURIComponent(number)}`;

/** One certificate's page. */
function certificatePage(
  certificate: Certificate,
  training: Training,
  locale: ServerLocale,
  origin: string,
  first: boolean,
): Content {
  const l = messagesFor(locale, certificateMessages);
  const place = locale === "sr-Cyrl-BA" ? training.place.cyrillic : training.place.latin;
  const url = verificationUrl(origin, certificate.number);
  const detail = (label: string, value: string): Content => ({
    text: [{ text: `${label}: `, style: "label" }, value],
    alignment: "center",
    margin: [0, 0, 0, 4],
  });
  return {
    stack: [
      { text: l.title.toUpperCase(), fontSize: 30, bold: true, color: "#5f3dc4", alignment: "center" },
      { text: l.certifies, fontSize: 13, alignment: "center", margin: [0, 24, 0, 8] },
      {
        text: `${certificate.givenName} ${certificate.familyName}`,
        fontSize: 26,
        bold: true,
        alignment: "center",
      },
      { text: l.completed, fontSize: 13, alignment: "center", margin: [0, 12, 0, 8] },
      { text: training.title, fontSize: 18, italics: true, alignment: "center", margin: [0, 0, 0, 18] },
      detail(l.dates, formatDateRange(training.startsOn, training.endsOn, locale)),
      detail(l.place, place),
      ...(training.organizers.length > 0 ? [detail(l.organizers, training.organizers.join(", "))] : []),
      {
        columns: [
          { width: "*", text: "" },
          { width: "auto", qr: url, fit: 90 },
          {
            width: "auto",
            margin: [12, 8, 0, 0],
            stack: [
              {
                text: [
                  { text: `${l.number}: `, style: "label" },
                  { text: certificate.number, bold: true },
                ],
              },
              { text: `${l.verify}:`, style: "label", margin: [0, 6, 0, 0] },
              { text: url, link: url, color: "#1c7ed6" },
            ],
          },
          { width: "*", text: "" },
        ],
        margin: [0, 28, 0, 0],
      },
    ],
    ...(first ? {} : { pageBreak: "before" as const }),
  };
}

/** A document of certificates, one page each. */
export function certificatesDocument(
  items: Certificate[],
  training: Training,
  locale: ServerLocale,
  origin: string,
): TDocumentDefinitions {
  const l = messagesFor(locale, certificateMessages);
  return definePdf({
    title: `${l.title} · ${training.title}`,
    language: locale,
    orientation: "landscape",
    pageLabel: messagesFor(locale, pageMessages).page,
    content: items.map((certificate, i) => certificatePage(certificate, training, locale, origin, i === 0)),
  });
}
