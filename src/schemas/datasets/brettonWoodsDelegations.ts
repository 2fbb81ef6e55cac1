import { z } from 'zod';
import { IsoDate, MapShapes } from '../common';
import { citedRow } from '../cited';
import { defineDataset } from '../dataset';

/** Today's shapes on the era maps' base map (`MapShapes`), at least one: every row is drawn. */
export const CountryCodes = MapShapes.refine((codes) => codes.length > 0, {
  error: 'expected three-digit ISO 3166-1 numeric codes',
});

/** One delegation whose delegates signed the Final Act at Bretton Woods, mapped to today's countries. */
export const BrettonWoodsDelegationRow = citedRow({
  /** The day the Final Act was signed (`1944-07-22`). */
  date: IsoDate,
  /** The government or delegation as the Final Act names it. */
  delegation: z.string().trim().min(1, { error: 'expected a delegation name' }),
  /** Today's countries that cover the delegation's 1944 territory: our mapping, for the era map. */
  country_codes: CountryCodes,
});
export type BrettonWoodsDelegationRow = z.output<typeof BrettonWoodsDelegationRow>;

export const brettonWoodsDelegations = defineDataset({
  id: 'bretton-woods-delegations',
  row: BrettonWoodsDelegationRow,
  key: ['delegation'],
});
