import { z } from 'zod';
import { Num, isIsoDate } from '../common';
import { citedRow } from '../cited';
import { defineDataset } from '../dataset';

/** A whole number ≥ 0: heights and satoshi amounts, all below 2^53. */
const Count = Num.pipe(z.number().int({ error: 'expected a whole number' }).min(0, { error: 'expected a number ≥ 0' }));

/** An ISO date, or an empty cell for an epoch that has not begun (`null`). */
const OptionalDate = z
  .string()
  .trim()
  .refine((s) => s === '' || isIsoDate(s), { error: 'expected an ISO date or an empty cell' })
  .transform((s) => (s === '' ? null : s));

/**
 * One halving epoch of Bitcoin's issuance schedule, in satoshis.
 * In this dataset, `estimate` is always false: the amounts follow from the protocol rule, the dates from the chain.
 */
export const BitcoinEpochRow = citedRow(
  {
    /** Number of halvings before the epoch: 0 (genesis) to 33 (first epoch without subsidy). */
    epoch: Count,
    /** Height of the epoch's first block: `epoch × 210000`. */
    start_height: Count,
    /** Subsidy of every block in the epoch, in satoshis. */
    subsidy_sat: Count,
    /** Cumulative subsidy from the genesis block to the epoch's last block, in satoshis. */
    supply_end_sat: Count,
    /** UTC day the epoch's first block was mined (genesis for epoch 0); empty for future epochs. */
    date: OptionalDate,
  },
  ['estimate'],
);
export type BitcoinEpochRow = z.output<typeof BitcoinEpochRow>;

export const bitcoinSupply = defineDataset({
  id: 'bitcoin-supply',
  row: BitcoinEpochRow,
  key: ['epoch'],
});
