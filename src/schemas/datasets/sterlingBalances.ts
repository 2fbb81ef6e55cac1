import { z } from 'zod';
import { Flag, IsoDate, Note, Num, SourceIds } from '../common';
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

/** One official figure for UK sterling liabilities to overseas holders, or for the UK's reserves, in £ million. */
export const SterlingBalanceRow = z.object({
  /** The date the figure refers to, as precisely as the source gives it (`1951-06-30`, `1953-12`). */
  date: IsoDate,
  /** `liabilities`: sterling owed to overseas holders; `reserves`: gold and foreign currency held against them. */
  side: z.enum(['liabilities', 'reserves'], { error: 'expected liabilities or reserves' }),
  /** The definition the source uses for this figure. */
  measure: z.enum(STERLING_MEASURES, { error: `expected one of ${STERLING_MEASURES.join(', ')}` }),
  /** Millions of pounds sterling. */
  value_gbp_mn: Num,
  /** The source gives the figure as approximate ("about"). */
  estimate: Flag,
  /** Typed by hand from the Official Report. */
  transcribed: Flag,
  /** Bibliography ids, `;`-separated. */
  source: SourceIds,
  /** A short remark on this row: scope and wording of the source. */
  note: Note,
});
export type SterlingBalanceRow = z.output<typeof SterlingBalanceRow>;

export const sterlingBalances = defineDataset({
  id: 'sterling-balances',
  row: SterlingBalanceRow,
  key: ['date', 'measure'],
});
