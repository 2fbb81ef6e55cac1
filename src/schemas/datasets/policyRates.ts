import type { z } from 'zod';
import { IsoDate, numBetween } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** The policy rates in the dataset. */
export const POLICY_RATE_IDS = ['boe-bank-rate', 'us-fed-funds'] as const;

/** What a row records: a new rate from the date given (BoE), or the mean of a month's daily rates (FEDFUNDS). */
export const POLICY_RATE_KINDS = ['change', 'monthly-average'] as const;

/** One policy-rate observation: a Bank of England rate change or a monthly federal funds rate. */
export const PolicyRateRow = citedRow({
  /** Day of a Bank Rate change (`1844-09-07`; month only, `1694-10`, where the source gives no day), or the month of a monthly average (`1981-06`). */
  date: IsoDate,
  /** `boe-bank-rate`: Bank of England Bank Rate and its successors; `us-fed-funds`: US effective federal funds rate. */
  rate_id: oneOf(POLICY_RATE_IDS),
  /** Percent per year. */
  rate: numBetween(0, 30),
  /** `change`: the rate holds from this date until the next change; `monthly-average`: mean of the month. */
  kind: oneOf(POLICY_RATE_KINDS),
});
export type PolicyRateRow = z.output<typeof PolicyRateRow>;

export const policyRates = defineDataset({
  id: 'policy-rates',
  row: PolicyRateRow,
  key: ['date', 'rate_id'],
});
