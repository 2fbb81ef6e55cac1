import { z } from 'zod';
import { IsoDate, Note, SourceIds, numBetween } from '../common';
import { defineDataset } from '../dataset';

/** The dollar-pound exchange rate, one row a year. */
export const UsdGbpRow = z.object({
  /** The year (`1791`). */
  date: IsoDate,
  /** US dollars per pound sterling: MeasuringWorth's annual figure (sight bills of exchange to 1912, as its notes describe). */
  usd_per_gbp: numBetween(0.5, 20),
  /** Bibliography ids, `;`-separated. */
  source: SourceIds,
  /** A short remark on this row. */
  note: Note,
});
export type UsdGbpRow = z.output<typeof UsdGbpRow>;

export const usdGbp = defineDataset({
  id: 'usd-gbp',
  row: UsdGbpRow,
  key: ['date'],
});
