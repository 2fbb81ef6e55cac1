/**
 * Number formats a chart or a `<Value>` can ask for by name (names survive JSON, functions do not). Numbers are
 * written as a reader reads them: thousands grouped ("$4,744.46"), a true minus sign below zero ("−5.9 %"), and a
 * number joined to its unit by a no-break space, so a line never ends between "1.1" and "%". The data tables' cells
 * keep each value in `data-v` and the CSV downloads keep them plain, for a spreadsheet.
 */
export const FORMATS = {
  percent: (v: number) => `${formatNumber(v, 1, 1)}\u00a0%`,
  percentAxis: (v: number) => `${formatNumber(v, 1)}%`,
  number: (v: number) => formatNumber(v, 1),
  usd: (v: number) => dollars(v, 2),
  /** Dollars on an axis: whole dollars where the tick is whole ("$3,500"), both cents where it is not ("$0.50"). */
  usdAxis: (v: number) => dollars(v, Number.isInteger(Math.round(v * 100) / 100) ? 0 : 2),
  usdBn: (v: number) => `${dollars(Math.round(v), 0)}\u00a0bn`,
  /** A value held in billions, written in trillions (34,001.3 gives "34 trillion"). */
  bnAsTrillion: (v: number) => `${formatNumber(v / 1000, 1)}\u00a0trillion`,
  integer: (v: number) => formatNumber(Math.round(v), 0),
  btc: (v: number) => `${formatNumber(v, 8)}\u00a0BTC`,
} as const;

export type FormatName = keyof typeof FORMATS;

const grouped = new Map<string, Intl.NumberFormat>();

/**
 * A number with its thousands grouped, rounded to at most `digits` decimals (and written with at least `least`),
 * and a minus sign (−, not a hyphen) when it is below zero once rounded: −0.04 to one decimal is "0", not "−0".
 */
export function formatNumber(value: number, digits: number, least = 0): string {
  const key = `${digits}/${least}`;
  let format = grouped.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: least });
    grouped.set(key, format);
  }
  return minus(format.format(value));
}

/** Writes a leading hyphen-minus as the minus sign, and drops the sign of a number that reads as zero. */
export function minus(text: string): string {
  if (!text.startsWith('-')) return text;
  return /^-[0.,]*$/.test(text) ? text.slice(1) : `\u2212${text.slice(1)}`;
}

/** A year on an axis: the year a tick falls in, with a minus sign for years before an era's start ("−50"). */
export const yearTick = (v: number): string => minus(String(Math.floor(v)));

/** Dollars to the cent, the sign before the symbol ("−$5.00"), with at least `least` decimals. */
function dollars(v: number, least: number): string {
  const text = formatNumber(Math.abs(v), 2, least);
  return v < 0 && /[1-9]/.test(text) ? `\u2212$${text}` : `$${text}`;
}

/** Formats a value with a named format. */
export function formatValue(value: number, name: FormatName): string {
  return FORMATS[name](value);
}
