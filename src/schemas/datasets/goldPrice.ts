import { z } from 'zod';
import { Flag, IsoDate, Note, SourceIds, numBetween } from '../common';
import { defineDataset } from '../dataset';

/** What a row records: a market price at one frequency, or the US official price set by law. */
export const GOLD_SERIES = ['market-annual', 'market-monthly', 'market-daily', 'official'] as const;

/** Price of gold in US dollars per fine troy ounce, long format: market series and the official (statutory) price. */
export const GoldPriceRow = z.object({
  /** A year (`1934`) for `market-annual`, a month (`1980-01`) for `market-monthly`, a day (`1980-01-21`) for `market-daily`; for `official`, the day (or month) from which the price held. */
  date: IsoDate,
  /** `market-annual`: New York market price, annual (MeasuringWorth); `market-monthly`: mean of the month's London PM fixes (LBMA, computed by us); `market-daily`: one London PM fix; `official`: the US statutory price from this date until the next `official` row. */
  series: z.enum(GOLD_SERIES, { error: `expected one of ${GOLD_SERIES.join(', ')}` }),
  /** US dollars per fine troy ounce. */
  usd_per_oz: numBetween(1, 100000),
  /** The figure is an estimate (by the source, or derived by us as the note explains). */
  estimate: Flag,
  /** Bibliography ids, `;`-separated. */
  source: SourceIds,
  /** A short remark on this row. */
  note: Note,
});
export type GoldPriceRow = z.output<typeof GoldPriceRow>;

export const goldPrice = defineDataset({
  id: 'gold-price',
  row: GoldPriceRow,
  key: ['date', 'series'],
});
