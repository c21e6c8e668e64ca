const pad = (n: number) => String(n).padStart(2, "0");

function isoIfValid(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Reads what people type: 15.03.2012, 15.3.2012., 15/03/2012 or 2012-03-15. */
export function parseTypedDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = /^(\d{1,2})[./\s-]+(\d{1,2})[./\s-]+(\d{4})\.?$/.exec(value);
  if (local) return isoIfValid(Number(local[3]), Number(local[2]), Number(local[1]));
  // "15 Mar 2012", as the English format shows it.
  if (/[a-z]/i.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime()))
      return isoIfValid(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  return null;
}
