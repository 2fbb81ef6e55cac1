import { z } from 'zod';
import { IsoDate, MapShapes } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** The IMF's de facto arrangements that tie a currency to the US dollar, hardest first. */
export const DOLLAR_ARRANGEMENTS = ['no separate legal tender', 'currency board', 'conventional peg'] as const;

/** One economy whose currency the IMF classed as anchored to the US dollar, as of its 2023 report. */
export const DollarPegRow = citedRow({
  /** The date the classification refers to, as the source gives it (`2023`). */
  date: IsoDate,
  /** The economy as the source names it. */
  economy: z.string().trim().min(1, { error: 'expected an economy' }),
  /** ISO 4217 code of the currency in use, as the source gives it. */
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, { error: 'expected a three-letter currency code' }),
  arrangement: oneOf(DOLLAR_ARRANGEMENTS),
  /** Today's shapes on the base map (our mapping); empty where the economy is too small for it. */
  country_codes: MapShapes,
});
export type DollarPegRow = z.output<typeof DollarPegRow>;

export const dollarPegs2023 = defineDataset({
  id: 'dollar-pegs-2023',
  row: DollarPegRow,
  key: ['economy'],
});
