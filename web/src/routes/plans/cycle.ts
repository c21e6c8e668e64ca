const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
};

/**
 * The next cycle's dates: it starts the day after the plan ends and lasts as long. A plan of whole
 * months (1 Jan 2018 – 31 Dec 2022) is followed by as many whole months (1 Jan 2023 – 31 Dec 2027).
 */
export function nextCycle(startsOn: string, endsOn: string): { startsOn: string; endsOn: string } {
  const start = toDate(startsOn);
  const afterEnd = toDate(addDays(endsOn, 1));
  if (start.getUTCDate() === 1 && afterEnd.getUTCDate() === 1) {
    const months =
      (afterEnd.getUTCFullYear() - start.getUTCFullYear()) * 12 +
      afterEnd.getUTCMonth() -
      start.getUTCMonth();
    const next = new Date(
      Date.UTC(afterEnd.getUTCFullYear(), afterEnd.getUTCMonth() + months, afterEnd.getUTCDate()),
    );
    return { startsOn: toIso(afterEnd), endsOn: addDays(toIso(next), -1) };
  }
  const days = Math.round((toDate(endsOn).getTime() - start.getTime()) / 86_400_000);
  const nextStart = toIso(afterEnd);
  return { startsOn: nextStart, endsOn: addDays(nextStart, days) };
}
