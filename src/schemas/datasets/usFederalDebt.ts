import { z } from 'zod';
import { IsoDate, numBetween } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** What a row measures: the two OMB definitions (fiscal years) and the Treasury total that FRED publishes (quarters). */
export const DEBT_MEASURES = ['gross-federal-debt', 'debt-held-by-public', 'total-public-debt'] as const;

/** Units of `value`: billions of current US dollars, or percent of GDP. */
export const DEBT_UNITS = ['usd-bn', 'pct-gdp'] as const;

/** When in the year the debt is counted: at the end of a fiscal year (OMB) or of a calendar quarter (FRED). */
export const DEBT_BASES = ['fiscal-year-end', 'quarter-end'] as const;

/** US federal debt, one measure in one unit at one date, long format. */
export const UsFederalDebtRow = citedRow(
  {
    /** Fiscal year (`1971`, the year the fiscal year ends; `1976-09` is the 1976 transition quarter), or a quarter's last month (`1971-03` is 1971 Q1). */
    date: IsoDate,
    /** `gross-federal-debt` and `debt-held-by-public` as defined in OMB Table 7.1; `total-public-debt` is Treasury's total public debt outstanding (FRED GFDEBTN). */
    measure: oneOf(DEBT_MEASURES),
    /** `usd-bn`: billions of current US dollars; `pct-gdp`: percent of GDP. */
    unit: oneOf(DEBT_UNITS),
    /** The figure, in `unit`. */
    value: numBetween(0, 100000),
    /** `fiscal-year-end`: debt at the end of the fiscal year (30 June to FY1976, 30 September since); `quarter-end`: at the end of a calendar quarter. */
    basis: oneOf(DEBT_BASES),
    /** Which release the figure comes from (`OMB FY2024 Budget`, `FRED 2026-06-28`). */
    vintage: z.string().trim().min(1, { error: 'expected a vintage label' }),
  },
  ['estimate'],
);
export type UsFederalDebtRow = z.output<typeof UsFederalDebtRow>;

export const usFederalDebt = defineDataset({
  id: 'us-federal-debt',
  row: UsFederalDebtRow,
  key: ['date', 'measure', 'unit', 'basis'],
});
