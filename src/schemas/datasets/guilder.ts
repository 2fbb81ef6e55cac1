import { z } from 'zod';
import { IsoDate, numBetween } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** What a row measures about the Dutch guilder. */
export const GUILDER_MEASURES = ['nlg-per-gbp', 'silver-grams', 'silver-equivalent-grams'] as const;

/** Units that go with each measure, spelled out in every row. */
export const GUILDER_UNITS = [
  'guilders per pound sterling',
  'grams of fine silver per guilder',
  'grams of silver per guilder',
] as const;

/** The Dutch guilder across its history, long format: its rate against sterling and its silver value. */
export const GuilderRow = citedRow(
  {
    /** The year (`1590`). */
    date: IsoDate,
    /** `nlg-per-gbp`: guilders per pound sterling (Clio Infra); `silver-grams`: fine silver in one guilder, as a mint standard (IISH, series marked ECPdb); `silver-equivalent-grams`: silver value of one guilder from Godinho's Portuguese price study (IISH), which moves year to year. */
    measure: oneOf(GUILDER_MEASURES),
    /** The figure, in `unit`. */
    value: numBetween(0.1, 100),
    /** Unit of `value`, fixed by `measure`. */
    unit: z.enum(GUILDER_UNITS, { error: `expected one of ${GUILDER_UNITS.join('; ')}` }),
  },
  ['estimate'],
);
export type GuilderRow = z.output<typeof GuilderRow>;

export const guilder = defineDataset({
  id: 'guilder',
  row: GuilderRow,
  key: ['date', 'measure'],
});
