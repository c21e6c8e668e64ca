import type { CoverageRow } from "../../../../common/schemas/coverage.js";
import type { MessageKey } from "../../i18n/messages/en.js";

/** What the map is coloured by. */
export const measures = ["events", "participants", "womenShare", "trainersActive"] as const;
export type Measure = (typeof measures)[number];

export const measureLabels: Record<Measure, MessageKey> = {
  events: "coverage.measure.events",
  participants: "coverage.measure.participants",
  womenShare: "coverage.measure.womenShare",
  trainersActive: "coverage.measure.trainersActive",
};

/** A row's value of the measure; null when it has none (no one attended, for the women's share). */
export function measureValue(row: CoverageRow, measure: Measure): number | null {
  switch (measure) {
    case "events":
      return row.events;
    case "participants":
      return row.participants.total;
    case "womenShare":
      return row.womenShare;
    case "trainersActive":
      return row.trainersActive;
  }
}

/** The name of a municipality in the reader's script: Cyrillic for Serbian Cyrillic, else Latin. */
export function nameIn(locale: string, jurisdiction: { nameLatin: string; nameCyrillic: string }): string {
  return locale === "sr-Cyrl-BA" && jurisdiction.nameCyrillic
    ? jurisdiction.nameCyrillic
    : jurisdiction.nameLatin;
}

/** The years the period filter offers, the latest first. */
export function filterYears(now = new Date()): number[] {
  const years: number[] = [];
  for (let year = now.getFullYear(); year >= 2010; year--) years.push(year);
  return years;
}

/** A year as the API's period filter. */
export const yearPeriod = (year: number | undefined) =>
  year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {};

/** A share from 0 to 1 as a percentage in the reader's locale, e.g. "62,5 %". */
export const formatShare = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
