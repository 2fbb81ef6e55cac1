import type { z } from 'zod';
import { IsoDate, numBetween } from '../common';
import { citedRow } from '../cited';
import { defineDataset } from '../dataset';

/** The dollar-pound exchange rate, one row a year. */
export const UsdGbpRow = citedRow({
  /** The year (`1791`). */
  date: IsoDate,
  /** US dollars per pound sterling: MeasuringWorth's annual figure (sight bills of exchange to 1912, as its notes describe). */
  usd_per_gbp: numBetween(0.5, 20),
});
export type UsdGbpRow = z.output<typeof UsdGbpRow>;

export const usdGbp = defineDataset({
  id: 'usd-gbp',
  row: UsdGbpRow,
  key: ['date'],
});
