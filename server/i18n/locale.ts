/**
 * The languages the server writes in: the signed-in user's own (`users.locale`), Bosnian when
 * unknown. Dates are written as each language writes them in full.
 */
import type { DbOrTx } from "../db/client.js";
import { selectUserLocale } from "./locale.queries.js";

export const serverLocales = ["bs", "hr", "sr-Latn-BA", "sr-Cyrl-BA", "en"] as const;
export type ServerLocale = (typeof serverLocales)[number];

export const isServerLocale = (value: string): value is ServerLocale =>
  (serverLocales as readonly string[]).includes(value);

/** The locale of a user; Bosnian when unknown. */
export async function localeOf(db: DbOrTx, userId: string): Promise<ServerLocale> {
  const locale = await selectUserLocale(db, userId);
  return locale !== undefined && isServerLocale(locale) ? locale : "bs";
}

const dateLocales: Record<ServerLocale, string> = {
  en: "en-GB",
  bs: "bs-Latn-BA",
  hr: "hr-HR",
  "sr-Latn-BA": "sr-Latn-BA",
  "sr-Cyrl-BA": "sr-Cyrl-BA",
};

/** A domain date (`YYYY-MM-DD`) as the locale writes it in full, e.g. "15. maj 2012.". */
export function formatDate(isoDate: string, locale: ServerLocale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** The days of an event: one date, or "from – to". */
export function formatDateRange(startsOn: string, endsOn: string, locale: ServerLocale): string {
  if (startsOn === endsOn) return formatDate(startsOn, locale);
  return `${formatDate(startsOn, locale)} – ${formatDate(endsOn, locale)}`;
}
