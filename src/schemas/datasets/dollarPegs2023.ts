import { z } from 'zod';
import { IsoDate, Note, SourceIds } from '../common';
import { oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** The IMF's de facto arrangements that tie a currency to the US dollar, hardest first. */
export const DOLLAR_ARRANGEMENTS = ['no separate legal tender', 'currency board', 'conventional peg'] as const;

/** ISO 3166-1 numeric codes of the base map's shapes, `;`-separated; empty where the economy is too small to draw. */
const MapCodes = z
  .string()
  .trim()
  .transform((s) => (s === '' ? [] : s.split(';').map((c) => c.trim())))
  .pipe(z.array(z.string().regex(/^\d{3}$/, { error: 'expected three-digit ISO 3166-1 numeric codes' })));

/** One economy whose currency the IMF classed as anchored to the US dollar, as of its 2023 report. */
export const DollarPegRow = z.object({
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
  country_codes: MapCodes,
  source: SourceIds,
  note: Note,
});
export type DollarPegRow = z.output<typeof DollarPegRow>;

export const dollarPegs2023 = defineDataset({
  id: 'dollar-pegs-2023',
  row: DollarPegRow,
  key: ['economy'],
});
