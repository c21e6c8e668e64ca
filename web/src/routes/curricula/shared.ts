import type { Translate } from "../../i18n/useT.js";

/** "45 min", "2 h", "1 h 30 min" in the reader's language; "" without a duration. */
export function formatDuration(minutes: number | null | undefined, t: Translate): string {
  if (minutes == null) return "";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t("curricula.minutes", { minutes: rest });
  if (rest === 0) return t("curricula.hours", { hours });
  return t("curricula.hoursMinutes", { hours, minutes: rest });
}
