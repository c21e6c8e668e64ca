import type { AppLocale } from "./locales.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** Splits "YYYY-MM-DD" (or the date part of a timestamp) without going through time zones. */
function dateParts(iso: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

export function formatIsoDate(iso: string | null | undefined, locale: AppLocale): string {
  if (!iso) return "";
  const parts = dateParts(iso);
  if (!parts) return iso;
  const [year, month, day] = parts;
  if (locale === "en") {
    return new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(Date.UTC(year, month - 1, day));
  }
  return `${pad(day)}.${pad(month)}.${year}`;
}

export function formatDateTime(iso: string | null | undefined, locale: AppLocale): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const local = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${formatIsoDate(local, locale)} ${time}`;
}
