import { formatQuarter } from '../../lib/dates';
import { reserveCurrencyShares, type ReserveShareRow } from '../../schemas/datasets/reserveCurrencyShares';
import { reserveSharesSeries } from '../reserveSharesSeries';
import { defineFigure } from '../types';
import { currentVintage } from './reserveShares';

/** The dollar's rows on an allocated basis in the IMF's current release, in date order. */
const currentDollar = (rows: readonly ReserveShareRow[]) =>
  rows
    .filter((r) => r.currency === 'USD' && r.basis === 'allocated' && r.vintage === currentVintage(rows))
    .sort((a, b) => a.date.localeCompare(b.date));

/** The dollar's share of allocated reserves since 1999: the current release against the figures first published. */
export const dollarShare = defineFigure({
  id: 'dollar-share',
  title: "The US dollar's share of world foreign-exchange reserves since 1999",
  description: "Line chart of the US dollar's share of allocated official foreign-exchange reserves.",
  describe: ({ reserveCurrencyShares: rows }) => {
    const current = currentDollar(rows);
    const first = current[0]!;
    const last = current.at(-1)!;
    return `Line chart of the US dollar's share of allocated official foreign-exchange reserves. In the IMF's current release it goes from ${first.share} % in ${formatQuarter(first.date)} to ${last.share} % in ${formatQuarter(last.date)}; the dashed line shows the annual figures as published before the IMF's 2025 revision, from 1999.`;
  },
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'year',
  data: { reserveCurrencyShares },
  series: ({ reserveCurrencyShares: rows }) =>
    reserveSharesSeries(rows, {
      currencies: ['USD'],
      vintages: [currentVintage(rows), 'pre-2025'],
      basis: 'allocated',
      from: '1999',
    }),
});
