/**
 * Number formats a chart or a `<Value>` can ask for by name (names survive JSON, functions do not). A number and
 * its unit are joined by a no-break space, so a line never ends between "1.1" and "%".
 */
export const FORMATS = {
  percent: (v: number) => `${v.toFixed(1)}\u00a0%`,
  percentAxis: (v: number) => `${trim(v, 0)}%`,
  number: (v: number) => trim(v, 1),
  usd: (v: number) => `$${v.toFixed(2)}`,
  usdBn: (v: number) => `$${trim(v, 0)}\u00a0bn`,
  /** A value held in billions, written in trillions (34,001.3 gives "34 trillion"). */
  bnAsTrillion: (v: number) => `${trim(v / 1000, 1)}\u00a0trillion`,
  integer: (v: number) => Math.round(v).toLocaleString('en-GB'),
  btc: (v: number) => `${trim(v, 8)}\u00a0BTC`,
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
