import type { z } from 'zod';
import { IsoDate, Num } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/**
 * What each figure measures. The definitions differ, so the figures are point
 * values to compare with care, not one series.
 */
export const STERLING_MEASURES = [
  'reserve-bank-of-india-sterling',
  'balances-india-burma-middle-east',
  'liabilities-excluding-blocked',
  'overseas-sterling-area-holdings',
  'central-gold-dollar-holdings',
  'gold-dollar-reserves',
  'official-reserves',
] as const;

/**
 * One official figure for UK sterling liabilities to overseas holders, or for the UK's reserves, in £ million.
 * In this dataset, `estimate`: the source gives the figure as approximate ("about"); `transcribed`: typed by hand from the Official Report; `note`: scope and wording of the source.
 */
export const SterlingBalanceRow = citedRow(
  {
    /** The date the figure refers to, as precisely as the source gives it (`1951-06-30`, `1953-12`). */
    date: IsoDate,
    /** `liabilities`: sterling owed to overseas holders; `reserves`: gold and foreign currency held against them. */
    side: oneOf(['liabilities', 'reserves'], 'expected liabilities or reserves'),
    /** The definition the source uses for this figure. */
    measure: oneOf(STERLING_MEASURES),
    /** Millions of pounds sterling. */
    value_gbp_mn: Num,
  },
  ['estimate', 'transcribed'],
);
export type SterlingBalanceRow = z.output<typeof SterlingBalanceRow>;

export const sterlingBalances = defineDataset({
  id: 'sterling-balances',
  row: SterlingBalanceRow,
  key: ['date', 'measure'],
});
