import { z } from 'zod';
import { IsoDate, OptionalNum } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/**
 * The series, each from one table and never spliced with another:
 * US gold (total, or the Treasury's part) against dollar liabilities to foreigners.
 */
export const GOLD_LIABILITY_SERIES = [
  'gold-stock-total',
  'gold-stock-treasury',
  'liabilities-official',
  'liabilities-total',
  'bank-liabilities-official',
  'bank-liabilities-total',
] as const;

/** A Treasury Bulletin break year prints two rows: line 1 matches the year before, line 2 the year after. */
const Line = z
  .enum(['', '1', '2'], { error: 'expected 1, 2 or an empty cell' })
  .transform((s) => (s === '' ? null : Number(s)));

/**
 * One end-of-year value of US gold or of US dollar liabilities to foreigners, in millions of dollars.
 * In this dataset, `estimate`: the source calls the figure an estimate; `transcribed`: typed by hand from a scanned printed table; `note`: footnote text, series breaks.
 */
export const UsGoldLiabilityRow = citedRow(
  {
    /** End of the calendar year (`1960`). */
    date: IsoDate,
    /** Which series; see the dataset notes for each table's definition. */
    series: oneOf(GOLD_LIABILITY_SERIES),
    /** `1` or `2` in a year where the source breaks the series; empty otherwise. */
    line: Line,
    /** Millions of US dollars (gold at the official price); empty where the source prints n.a. */
    value_usd_mn: OptionalNum,
    /** Footnote marks printed against the figure (`10/ 12/`), or `n.a.`. */
    footnote: z.string().trim(),
  },
  ['estimate', 'transcribed'],
);
export type UsGoldLiabilityRow = z.output<typeof UsGoldLiabilityRow>;

export const usGoldVsLiabilities = defineDataset({
  id: 'us-gold-vs-liabilities',
  row: UsGoldLiabilityRow,
  key: ['date', 'series', 'line'],
});
