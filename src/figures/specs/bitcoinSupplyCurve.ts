import { SATS_PER_BTC } from '../../lib/bitcoinSupply';
import { bitcoinSupply } from '../../schemas/datasets/bitcoinSupply';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';
import { epochStarts } from './bitcoinSubsidy';

/** Satoshis in a million bitcoin. */
const SATS_PER_MILLION_BTC = 1_000_000 * Number(SATS_PER_BTC);

/**
 * Cumulative bitcoin supply at the start of each halving epoch. Within an
 * epoch every block adds the same subsidy, so the straight line between two
 * epoch starts is exact by block height and only approximate in time.
 */
export const bitcoinSupplyCurve = defineFigure({
  id: 'bitcoin-supply-curve',
  title: 'Bitcoin supply allowed by the subsidy rule, million BTC',
  description:
    'Line chart of the total subsidy the protocol allows from the genesis block to the start of each halving epoch. Half of all bitcoin was issuable by the first halving in November 2012 and three quarters by the second in July 2016; the curve then flattens towards a ceiling just under 21 million. Dashed parts are projections: future epochs are placed at nominal dates, ten minutes per block after the April 2024 halving, which puts the last subsidy near 2140.',
  format: 'number',
  axisFormat: 'number',
  xAxis: 'year',
  data: { bitcoinSupply },
  series: ({ bitcoinSupply: rows }) => {
    const starts = epochStarts(rows);
    const points = rows.map((r, i) => ({
      date: starts[i].date,
      // Supply at an epoch's start is what every earlier epoch paid.
      value: i === 0 ? 0 : rows[i - 1].supply_end_sat / SATS_PER_MILLION_BTC,
      estimate: starts[i].nominal,
      source: r.source,
    }));
    return series('btc-supply', 'Supply', COLOUR.bitcoin, toPoints(points, { value: (p) => p.value }));
  },
});
