import type { z } from 'zod';
import { IsoDate, numBetween } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** The national or international source the Global Macro Database took a year's figure from. */
export const GMD_CA_SOURCES = ['JST', 'OECD_EO'] as const;

/** US current-account balance in one calendar year. */
export const UsCurrentAccountRow = citedRow(
  {
    /** Calendar year. */
    date: IsoDate,
    /** Current-account balance, percent of GDP; negative is a deficit. */
    ca_pct_gdp: numBetween(-20, 20),
    /** Upstream of the Global Macro Database figure: `JST` (Jordà–Schularick–Taylor Macrohistory) or `OECD_EO` (OECD Economic Outlook). */
    gmd_source: oneOf(GMD_CA_SOURCES),
  },
  ['estimate'],
);
export type UsCurrentAccountRow = z.output<typeof UsCurrentAccountRow>;

export const usCurrentAccount = defineDataset({
  id: 'us-current-account',
  row: UsCurrentAccountRow,
  key: ['date'],
});
