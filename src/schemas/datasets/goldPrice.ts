import type { z } from 'zod';
import { IsoDate, numBetween } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** What a row records: a market price at one frequency, or the US official price set by law. */
export const GOLD_SERIES = ['market-annual', 'market-monthly', 'market-daily', 'official'] as const;

/** Price of gold in US dollars per fine troy ounce, long format: market series and the official (statutory) price. */
export const GoldPriceRow = citedRow(
  {
    /** A year (`1934`) for `market-annual`, a month (`1980-01`) for `market-monthly`, a day (`1980-01-21`) for `market-daily`; for `official`, the day (or month) from which the price held. */
    date: IsoDate,
    /** `market-annual`: New York market price, annual (MeasuringWorth); `market-monthly`: mean of the month's London PM fixes (LBMA, computed by us); `market-daily`: one London PM fix; `official`: the US statutory price from this date until the next `official` row. */
    series: oneOf(GOLD_SERIES),
    /** US dollars per fine troy ounce. */
    usd_per_oz: numBetween(1, 100000),
  },
  ['estimate'],
);
export type GoldPriceRow = z.output<typeof GoldPriceRow>;

export const goldPrice = defineDataset({
  id: 'gold-price',
  row: GoldPriceRow,
  key: ['date', 'series'],
});
