import { z } from 'zod';
import { IsoDate, numBetween } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** Currencies that appear in reserve statistics, as ISO 4217 codes plus historical aggregates. */
export const RESERVE_CURRENCIES = [
  'USD',
  'EUR',
  'JPY',
  'GBP',
  'CNY',
  'CAD',
  'AUD',
  'CHF',
  'DEM',
  'FRF',
  'NLG',
  'ECU',
  'OTHER',
] as const;

/** Share of official foreign-exchange reserves held in one currency, at one date, in one vintage. */
export const ReserveShareRow = citedRow(
  {
    /** End of the period: `1913` for a year, `1999-12` for 1999 Q4. */
    date: IsoDate,
    /** The currency, or `OTHER` for everything the source does not break out. */
    currency: oneOf(RESERVE_CURRENCIES),
    /** Percent of the basis total. */
    share: numBetween(0, 100),
    /** Denominator: reserves whose currency is `identified`/`allocated` (reported), or an estimate of `total` holdings. */
    basis: oneOf(['allocated', 'identified', 'total'], 'expected allocated, identified or total'),
    /** Which release of the series (`2026-07`, `pre-2025`, ...): COFER was revised in 2025, so each release is kept and labelled. */
    vintage: z.string().trim().min(1, { error: 'expected a vintage label' }),
  },
  ['estimate', 'transcribed'],
);
export type ReserveShareRow = z.output<typeof ReserveShareRow>;

export const reserveCurrencyShares = defineDataset({
  id: 'reserve-currency-shares',
  row: ReserveShareRow,
  key: ['date', 'currency', 'basis', 'vintage'],
});
