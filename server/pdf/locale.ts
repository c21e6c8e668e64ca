/**
 * The language of a document: the signed-in user's own (`users.locale`). English, and Bosnian for
 * bs, hr and sr-Latn-BA (Bosnian is the fallback of the other local languages, as in the web app);
 * sr-Cyrl-BA reads the Bosnian labels in Cyrillic.
 */
import { toCyrillic } from "../../common/text/transliterate.js";
import type { DbOrTx } from "../db/client.js";
import { selectUserLocale } from "./locale.queries.js";

export const pdfLocales = ["bs", "hr", "sr-Latn-BA", "sr-Cyrl-BA", "en"] as const;
export type PdfLocale = (typeof pdfLocales)[number];

const isPdfLocale = (value: string): value is PdfLocale => (pdfLocales as readonly string[]).includes(value);

/** The locale of a user; Bosnian when unknown. */
export async function localeOf(db: DbOrTx, userId: string): Promise<PdfLocale> {
  const locale = await selectUserLocale(db, userId);
  return locale !== undefined && isPdfLocale(locale) ? locale : "bs";
}

/** Labels are strings or functions of values that return strings. */
type Labels = Record<string, string | ((...args: never[]) => string)>;

/** A label set transliterated to Cyrillic, functions included. */
function cyrillicLabels<T extends Labels>(labels: T): T {
  return Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [
      key,
      typeof label === "string"
        ? toCyrillic(label)
        : (...args: never[]) => toCyrillic((label as (...a: never[]) => string)(...args)),
    ]),
  ) as T;
}

/** The labels of a locale from the English and Bosnian sets. */
export function labelsFor<T extends Labels>(locale: PdfLocale, sets: { en: T; bs: T }): T {
  if (locale === "en") return sets.en;
  if (locale === "sr-Cyrl-BA") return cyrillicLabels(sets.bs);
  return sets.bs;
}

/** The footer of every page. */
export const pageLabels = {
  en: { page: (page: number, pages: number) => `Page ${page} of ${pages}` },
  bs: { page: (page: number, pages: number) => `Stranica ${page} od ${pages}` },
};

const dateLocales: Record<PdfLocale, string> = {
  en: "en-GB",
  bs: "bs-Latn-BA",
  hr: "hr-HR",
  "sr-Latn-BA": "sr-Latn-BA",
  "sr-Cyrl-BA": "sr-Cyrl-BA",
};

/** A domain date (`YYYY-MM-DD`) as the locale writes it in full, e.g. "15. maj 2012.". */
export function formatDate(isoDate: string, locale: PdfLocale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** The days of an event: one date, or "from – to". */
export function formatDateRange(startsOn: string, endsOn: string, locale: PdfLocale): string {
  if (startsOn === endsOn) return formatDate(startsOn, locale);
  return `${formatDate(startsOn, locale)} – ${formatDate(endsOn, locale)}`;
}
