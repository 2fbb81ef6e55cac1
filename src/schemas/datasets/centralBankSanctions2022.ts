import { z } from 'zod';
import { IsoDate } from '../common';
import { citedRow } from '../cited';
import { defineDataset } from '../dataset';
import { CountryCodes } from './brettonWoodsDelegations';

/** One jurisdiction that barred dealings with the Bank of Russia in February–March 2022, mapped to today's countries. */
export const CentralBankSanctionRow = citedRow({
  /** The day the measure took effect, as its announcement gives it. */
  date: IsoDate,
  /** The jurisdiction that took the measure. */
  jurisdiction: z.string().trim().min(1, { error: 'expected a jurisdiction' }),
  /** What the measure did, in our words, after the announcement. */
  measure: z.string().trim().min(10, { error: 'expected a short description of the measure' }),
  /** Today's countries the measure covers on the base map (our mapping). */
  country_codes: CountryCodes,
});
export type CentralBankSanctionRow = z.output<typeof CentralBankSanctionRow>;

export const centralBankSanctions2022 = defineDataset({
  id: 'central-bank-sanctions-2022',
  row: CentralBankSanctionRow,
  key: ['jurisdiction'],
});
