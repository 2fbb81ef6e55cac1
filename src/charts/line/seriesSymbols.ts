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

/** An SVG path for `symbol`, centred on the origin, about `size` units across. */
export function symbolPath(symbol: SymbolName, size: number): string {
  const r = size / 2;
  const f = (v: number) => Math.round(v * 100) / 100;
  const poly = (points: [number, number][]) => `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
  switch (symbol) {
    case 'circle':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square':
      return poly([
        [-r * 0.9, -r * 0.9],
        [r * 0.9, -r * 0.9],
        [r * 0.9, r * 0.9],
        [-r * 0.9, r * 0.9],
      ]);
    case 'triangle':
      return poly([
        [0, -r * 1.1],
        [r * 1.05, r * 0.8],
        [-r * 1.05, r * 0.8],
      ]);
    case 'diamond':
      return poly([
        [0, -r * 1.2],
        [r * 0.9, 0],
        [0, r * 1.2],
        [-r * 0.9, 0],
      ]);
    case 'cross':
      return poly(crossPoints(r));
    case 'times':
      // The cross turned by 45°.
      return poly(crossPoints(r).map(([x, y]) => [(x - y) * Math.SQRT1_2, (x + y) * Math.SQRT1_2] as [number, number]));
    case 'hexagon':
      return poly(
        Array.from(
          { length: 6 },
          (_, i) => [Math.cos((Math.PI * i) / 3) * r, Math.sin((Math.PI * i) / 3) * r] as [number, number],
        ),
      );
    case 'star':
    case 'wye': {
      const spikes = symbol === 'star' ? 5 : 3;
      const inner = symbol === 'star' ? 0.45 : 0.3;
      const points: [number, number][] = [];
      for (let i = 0; i < spikes * 2; i++) {
        const a = (Math.PI * i) / spikes - Math.PI / 2;
        const d = i % 2 === 0 ? r * 1.15 : r * inner;
        points.push([Math.cos(a) * d, Math.sin(a) * d]);
      }
      return poly(points);
    }
  }
}

/** The twelve corners of a plus sign of half-width `r`. */
function crossPoints(r: number): [number, number][] {
  const t = r * 0.38;
  return [
    [-t, -r],
    [t, -r],
    [t, -t],
    [r, -t],
    [r, t],
    [t, t],
    [t, r],
    [-t, r],
    [-t, t],
    [-r, t],
    [-r, -t],
    [-t, -t],
  ];
}
