/** Shapes that tell lines apart where colour alone cannot (print in grey, colour-blind readers). */
export const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye', 'times', 'hexagon'] as const;
export type SymbolName = (typeof SYMBOLS)[number];

/** Above this many lines, each carries a symbol as well as its colour. */
export const MAX_LINES_BY_COLOUR = 4;

/**
 * A symbol for each line when a chart has more than `MAX_LINES_BY_COLOUR`,
 * `null` for each otherwise. Lines of one colour (one currency in two data
 * vintages) share a symbol, since their dash already differs; two lines alike
 * in colour and dash get different symbols.
 */
export function seriesSymbols(series: readonly { colour: string; dashed?: boolean }[]): (SymbolName | null)[] {
  if (series.length <= MAX_LINES_BY_COLOUR) return series.map(() => null);
  const byColour = new Map<string, SymbolName>();
  const used = new Set<string>();
  let next = 0;
  const fresh = () => SYMBOLS[next++ % SYMBOLS.length]!;
  return series.map((s) => {
    const look = `${s.colour} ${s.dashed ? 'dashed' : 'solid'}`;
    let symbol = byColour.get(s.colour);
    if (!symbol || used.has(`${look} ${symbol}`)) symbol = fresh();
    if (!byColour.has(s.colour)) byColour.set(s.colour, symbol);
    used.add(`${look} ${symbol}`);
    return symbol;
  });
}
