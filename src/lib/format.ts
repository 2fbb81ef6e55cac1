/** Number formats a chart or a `<Value>` can ask for by name (names survive JSON, functions do not). */
export const FORMATS = {
  percent: (v: number) => `${v.toFixed(1)} %`,
  percentAxis: (v: number) => `${trim(v, 0)}%`,
  number: (v: number) => trim(v, 1),
  usd: (v: number) => `$${v.toFixed(2)}`,
  usdBn: (v: number) => `$${trim(v, 0)} bn`,
  /** A value held in billions, written in trillions (34,001.3 gives "34 trillion"). */
  bnAsTrillion: (v: number) => `${trim(v / 1000, 1)} trillion`,
  integer: (v: number) => Math.round(v).toLocaleString('en-GB'),
  btc: (v: number) => `${trim(v, 8)} BTC`,
} as const;

export type FormatName = keyof typeof FORMATS;

/** Rounds to at most `digits` decimals and drops trailing zeros. */
function trim(value: number, digits: number): string {
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

/** Formats a value with a named format. */
export function formatValue(value: number, name: FormatName): string {
  return FORMATS[name](value);
}
