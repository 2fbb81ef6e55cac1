/**
 * Dates in the data are ISO strings at the precision their source gives.
 * Charts need a number: the decimal year at the middle of the period the
 * string names, so `1971` sits mid-year and `1999-12` mid-December.
 */
export function decimalYear(iso: string): number {
  const year = Number(iso.slice(0, 4));
  if (iso.length === 4) return year + 0.5;
  const month = Number(iso.slice(5, 7));
  if (iso.length === 7) return year + (month - 0.5) / 12;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const day = Date.UTC(year, month - 1, Number(iso.slice(8, 10))) + 12 * 3600 * 1000;
  return year + (day - start) / (end - start);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats an ISO date for people at its own precision: `1971`, `Aug 1971`, `15 Aug 1971`. */
export function formatIsoDate(iso: string): string {
  const year = iso.slice(0, 4);
  if (iso.length === 4) return year;
  const month = MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';
  if (iso.length === 7) return `${month} ${year}`;
  return `${Number(iso.slice(8, 10))} ${month} ${year}`;
}

/** Formats an end-of-quarter month (`1999-12`) as a quarter (`1999 Q4`). */
export function formatQuarter(iso: string): string {
  const month = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)} Q${Math.ceil(month / 3)}`;
}
