import { HALVING_INTERVAL, SATS_PER_BTC } from '../../lib/bitcoinSupply';
import { bitcoinSupply, type BitcoinEpochRow } from '../../schemas/datasets/bitcoinSupply';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

/** The protocol's target spacing between blocks: ten minutes, in milliseconds. */
const TARGET_BLOCK_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** When an epoch began: the real UTC day for epochs that have begun, a nominal month for the rest. */
export interface EpochStart {
  /** ISO date: a day (`2012-11-28`) when real, a month (`2028-04`) when nominal. */
  date: string;
  /** True when no block has reached the epoch yet, so the date is our projection. */
  nominal: boolean;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoMonth = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const utc = (iso: string) => Date.parse(`${iso.length === 7 ? `${iso}-15` : iso}T00:00:00Z`);

/**
 * The start of every epoch. Epochs that have not begun get a nominal date:
 * the last real halving plus 210,000 blocks of ten minutes per epoch. Real
 * epochs have run shorter than that (blocks came faster than the target), so
 * the projection is a convention, and only to the month.
 */
export function epochStarts(rows: readonly BitcoinEpochRow[]): EpochStart[] {
  const anchor = [...rows].reverse().find((r) => r.date !== null);
  if (!anchor?.date) throw new Error('bitcoin-supply: no epoch has a real date');
  const anchorMs = utc(anchor.date);
  return rows.map((r) =>
    r.date !== null
      ? { date: r.date, nominal: false }
      : { date: isoMonth(anchorMs + (r.epoch - anchor.epoch) * HALVING_INTERVAL * TARGET_BLOCK_MS), nominal: true },
  );
}

/** The last date of an epoch that ends where `next` begins: the day before a real start, the month before a nominal one. */
export function epochEnd(next: EpochStart): EpochStart {
  if (!next.nominal) return { date: isoDay(utc(next.date) - DAY_MS), nominal: false };
  const [year, month] = next.date.split('-').map(Number) as [number, number];
  return { date: isoMonth(Date.UTC(year, month - 2, 15)), nominal: true };
}

/** Epochs drawn: while the subsidy is at least 0.05 BTC, so one-decimal labels never print a paid subsidy as 0. */
const MIN_SUBSIDY_SAT = 5_000_000;

/** Bitcoin's block subsidy as a step line, one flat run per halving epoch. */
export const bitcoinSubsidy = defineFigure({
  id: 'bitcoin-subsidy',
  title: 'Bitcoin block subsidy, BTC per block, by halving epoch',
  description:
    'Step chart of the new bitcoin a miner may claim with each block: 50 BTC from the genesis block in January 2009, halved at blocks 210,000, 420,000, 630,000 and 840,000 (November 2012, July 2016, May 2020, April 2024) to 3.125 BTC. Dashed parts are projections: epochs that have not begun are placed at nominal dates, ten minutes per block after the April 2024 halving. The subsidy keeps halving until it rounds down to zero.',
  format: 'btc',
  axisFormat: 'number',
  xAxis: 'year',
  data: { bitcoinSupply },
  series: ({ bitcoinSupply: rows }) => {
    const starts = epochStarts(rows);
    const steps = rows.flatMap((r, i) => {
      const next = starts[i + 1];
      if (r.subsidy_sat < MIN_SUBSIDY_SAT || !next) return [];
      const end = epochEnd(next);
      const value = r.subsidy_sat / Number(SATS_PER_BTC);
      return [
        { date: starts[i].date, value, estimate: starts[i].nominal, source: r.source },
        { date: end.date, value, estimate: end.nominal, source: r.source },
      ];
    });
    return series('btc-subsidy', 'Block subsidy', COLOUR.bitcoin, toPoints(steps, { value: (s) => s.value }), {
      shortLabel: 'Subsidy',
    });
  },
});
