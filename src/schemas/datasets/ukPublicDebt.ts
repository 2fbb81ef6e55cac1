import { z } from 'zod';
import { Flag, IsoDate, Note, SourceIds, numBetween } from '../common';
import { defineDataset } from '../dataset';

/** The compilations the rows come from, each kept as its own series. */
export const UK_DEBT_SERIES = ['clio-infra', 'imf-hpdd'] as const;

/** UK government gross debt as a share of GDP, one compilation in one year. */
export const UkPublicDebtRow = z.object({
  /** The year (`1815`). */
  date: IsoDate,
  /** `clio-infra`: Clio Infra, total gross central government debt (1692–2010); `imf-hpdd`: IMF Historical Public Debt Database, general government gross debt (1800–2015). */
  series: z.enum(UK_DEBT_SERIES, { error: `expected one of ${UK_DEBT_SERIES.join(', ')}` }),
  /** Gross debt in percent of GDP. */
  debt_pct_gdp: numBetween(0, 400),
  /** True for the one row per year that a single-line chart should use: Clio Infra before 1800, the IMF database from 1800. */
  primary: Flag,
  /** Bibliography ids, `;`-separated. */
  source: SourceIds,
  /** A short remark on this row. */
  note: Note,
});
export type UkPublicDebtRow = z.output<typeof UkPublicDebtRow>;

export const ukPublicDebt = defineDataset({
  id: 'uk-public-debt',
  row: UkPublicDebtRow,
  key: ['date', 'series'],
});
