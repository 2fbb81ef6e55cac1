import { reserveCurrencyShares, type ReserveShareRow } from '../../schemas/datasets/reserveCurrencyShares';
import { reserveSharesSeries } from '../reserveSharesSeries';
import { defineFigure } from '../types';

/** The vintage of the IMF's current COFER release: the newest label other than the pre-2025 one. */
export function currentVintage(rows: readonly ReserveShareRow[]): string {
  const vintages = rows.filter((r) => r.basis === 'allocated' && /^\d{4}-\d{2}$/.test(r.vintage)).map((r) => r.vintage);
  return vintages.sort().at(-1) ?? 'pre-2025';
}

/** Currency shares of world reserves since 1999, both COFER vintages side by side. */
export const reserveShares = defineFigure({
  id: 'reserve-shares',
  title: 'Currency shares of world foreign-exchange reserves since 1999',
  description:
    "Line chart of the shares of the US dollar, the euro, the yen, sterling and the renminbi in the world's allocated foreign-exchange reserves. The dollar falls from about 71 % (1999, as first published) to about 57 % (2026); the euro holds about a fifth; the renminbi stays near 2 %.",
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'year',
  y: [0, 80],
  data: { reserveCurrencyShares },
  series: (rows) =>
    reserveSharesSeries(rows.reserveCurrencyShares, {
      currencies: ['USD', 'EUR', 'JPY', 'GBP', 'CNY'],
      vintages: [currentVintage(rows.reserveCurrencyShares), 'pre-2025'],
      basis: 'allocated',
      from: '1999',
    }),
});
