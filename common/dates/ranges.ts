/**
 * Date ranges as ISO days ("2012-01-01"): pure arithmetic on calendar days (UTC), no clock — the
 * server and the web compute the same range.
 */
const dayMs = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;
const isoOf = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);
/** The last day of a month (month 1–12; 0 is December of the year before). */
const monthEnd = (year: number, month: number) => isoOf(Date.UTC(year, month, 0) / dayMs);
const monthStart = (year: number, month: number) => isoOf(Date.UTC(year, month - 1, 1) / dayMs);

/**
 * The range just before, as long as the one given: whole months (a year, a quarter) go back by as
 * many months — 2012 is compared with 2011, leap day or not; any other range by as many days,
 * ending the day before it starts.
 */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const [fromYear, fromMonth, fromDay] = from.split("-").map(Number) as [number, number, number];
  const [toYear, toMonth] = to.split("-").map(Number) as [number, number];
  if (fromDay === 1 && to === monthEnd(toYear, toMonth)) {
    const months = (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
    return { from: monthStart(fromYear, fromMonth - months), to: monthEnd(fromYear, fromMonth - 1) };
  }
  const length = dayOf(to) - dayOf(from);
  const end = dayOf(from) - 1;
  return { from: isoOf(end - length), to: isoOf(end) };
}
