import { z } from 'zod';
import { IsoDate, Note, SourceIds } from '../common';
import { defineDataset } from '../dataset';

/** ISO 3166-1 numeric codes (`036`), `;`-separated: the ids of today's shapes on the era maps' base map. */
export const CountryCodes = z
  .string()
  .trim()
  .transform((s) => s.split(';').map((c) => c.trim()))
  .pipe(z.array(z.string().regex(/^\d{3}$/, { error: 'expected three-digit ISO 3166-1 numeric codes' })).min(1));

/** One delegation whose delegates signed the Final Act at Bretton Woods, mapped to today's countries. */
export const BrettonWoodsDelegationRow = z.object({
  /** The day the Final Act was signed (`1944-07-22`). */
  date: IsoDate,
  /** The government or delegation as the Final Act names it. */
  delegation: z.string().trim().min(1, { error: 'expected a delegation name' }),
  /** Today's countries that cover the delegation's 1944 territory: our mapping, for the era map. */
  country_codes: CountryCodes,
  /** Bibliography ids, `;`-separated. */
  source: SourceIds,
  /** Where the 1944 territory differs from today's borders. */
  note: Note,
});
export type BrettonWoodsDelegationRow = z.output<typeof BrettonWoodsDelegationRow>;

export const brettonWoodsDelegations = defineDataset({
  id: 'bretton-woods-delegations',
  row: BrettonWoodsDelegationRow,
  key: ['delegation'],
});
