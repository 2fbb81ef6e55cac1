import type { Point, Series } from '../../charts/types';
import { goldPrice, type GoldPriceRow } from '../../schemas/datasets/goldPrice';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

/** How far before the next change a held official price is drawn, in years (about eight hours). */
const HOLD_GAP = 0.001;

/**
 * Draws a price set by law as a step: each official row holds until the next
 * one, and the last holds until `end`. The chart drops points outside its
 * visible range, so the held price is also repeated at mid-year of every
 * year it was in force, and any window of a year or more shows it. Every
 * added point is a copy of the row in force (same date, value and sources),
 * so tables and tooltips only ever show rows of the data.
 */
export function holdSteps(points: readonly Point[], end: number): Point[] {
  return points.flatMap((p, i) => {
    const next = points[i + 1];
    const until = next ? next.x - HOLD_GAP : end;
    const held: Point[] = [];
    for (let x = Math.floor(p.x) + 0.5; x < until; x += 1) if (x > p.x) held.push({ ...p, x });
    return until > p.x ? [p, ...held, { ...p, x: until }] : [p];
  });
}

/**
 * The gold price in dollars as three series that are never spliced: the US
 * official price (a step), the New York market price by year (MeasuringWorth)
 * and the mean of London afternoon fixes by month (LBMA, computed by us, so
 * every point is flagged as an estimate). The one daily fix in the data (the
 * $850 of 21 January 1980) is an event marker, not a line.
 */
export function goldPriceSeries(rows: readonly GoldPriceRow[]): Series[] {
  const of = (name: GoldPriceRow['series']) => rows.filter((r) => r.series === name);
  const price = { value: (r: GoldPriceRow) => r.usd_per_oz };
  const annual = toPoints(of('market-annual'), price);
  const monthly = toPoints(of('market-monthly'), price);
  const end = Math.max(...[...annual, ...monthly].map((p) => p.x));
  return [
    ...series('gold-market-annual', 'New York, annual', COLOUR.gold, annual, { shortLabel: 'Market' }),
    ...series('gold-market-monthly', 'London, monthly', COLOUR.neutral, monthly, { shortLabel: 'London' }),
    ...series('gold-official', 'Official price', COLOUR.dollar, holdSteps(toPoints(of('official'), price), end), {
      shortLabel: 'Official',
    }),
  ];
}

/** The dollar price of gold: the official price set by law against the market, 1792 to today. */
export const goldPriceUsd = defineFigure({
  id: 'gold-price-usd',
  title: 'Price of gold in US dollars per fine ounce',
  description:
    'Line chart of the gold price in dollars. The official US price is drawn as a step: $20.67 from 1837, $35 from 1934, $38 from 1972 and $42.22 from 1973. The New York market price equals $35 every year from 1935 to 1967, leaves it in 1968 and averages about $613 in 1980; the monthly mean of the London fix peaks at about $675 in January 1980, below the one-day high of $850, is not higher again until 2007, and reaches about $4,744 in January 2026.',
  format: 'usd',
  axisFormat: 'usdAxis',
  xAxis: 'year',
  data: { goldPrice },
  series: (rows) => goldPriceSeries(rows.goldPrice),
});
