import { z } from 'zod';
import { Flag, IsoDate, Note, SourceIds, numBetween } from '../common';
import { defineDataset } from '../dataset';

/** The national or international source the Global Macro Database took a year's figure from. */
export const GMD_CA_SOURCES = ['JST', 'OECD_EO'] as const;

/** US current-account balance in one calendar year. */
export const UsCurrentAccountRow = z.object({
  /** Calendar year. */
  date: IsoDate,
  /** Current-account balance, percent of GDP; negative is a deficit. */
  ca_pct_gdp: numBetween(-20, 20),
  /** Upstream of the Global Macro Database figure: `JST` (Jordà–Schularick–Taylor Macrohistory) or `OECD_EO` (OECD Economic Outlook). */
  gmd_source: z.enum(GMD_CA_SOURCES, { error: `expected one of ${GMD_CA_SOURCES.join(', ')}` }),
  /** The figure is an estimate (by the source, or derived by us as the note explains). */
  estimate: Flag,
  /** Bibliography ids, `;`-separated. */
  source: SourceIds,
  /** A short remark on this row. */
  note: Note,
});
export type UsCurrentAccountRow = z.output<typeof UsCurrentAccountRow>;

export const usCurrentAccount = defineDataset({
  id: 'us-current-account',
  row: UsCurrentAccountRow,
  key: ['date'],
});
