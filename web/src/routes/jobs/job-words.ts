/** How the jobs page names kinds of jobs and their schedules, in the reader's words. */
import type { MessageKey } from "../../i18n/messages/en.js";
import type { Translate } from "../../i18n/useT.js";

/** The reader's name of each kind of job; a kind the page does not know shows its code. */
const kindLabels: Record<string, MessageKey> = {
  "maintenance.rate-limits": "jobs.kind.rateLimits",
  "maintenance.sessions": "jobs.kind.sessions",
  "maintenance.list-totals": "jobs.kind.listTotals",
  "figures.trace-cascades": "jobs.kind.traceCascades",
  "maintenance.networks": "cooperation.job.networks",
  "mail.reminder-digest": "jobs.kind.reminderDigest",
  "mail.overdue-action-items": "jobs.kind.overdueActionItems",
};

export function kindLabel(t: Translate, name: string): string {
  const key = kindLabels[name];
  return key ? t(key) : name;
}

/**
 * A schedule in words — every minute, every hour at :15, every day at 07:00 — in Sarajevo time;
 * another cron expression is shown as it is.
 */
export function scheduleInWords(t: Translate, cron: string, tz: string | null): string {
  const zone = tz ?? "UTC";
  const [minute = "", hour = "", ...rest] = cron.trim().split(/\s+/);
  const everyDay = rest.length === 3 && rest.every((field) => field === "*");
  const two = (value: string) => value.padStart(2, "0");
  const isNumber = (value: string) => /^\d{1,2}$/.test(value);
  let words: string | null = null;
  if (everyDay && minute === "*" && hour === "*") words = t("jobs.every.minute");
  else if (everyDay && isNumber(minute) && hour === "*")
    words = t("jobs.every.hour", { time: `:${two(minute)}` });
  else if (everyDay && isNumber(minute) && isNumber(hour))
    words = t("jobs.every.day", { time: `${two(hour)}:${two(minute)}` });
  if (words === null) return `${cron} (${zone})`;
  return zone === "Europe/Sarajevo" ? `${words}, ${t("jobs.sarajevoTime")}` : `${words} (${zone})`;
}
