import type { z } from 'zod';
import { Flag, IsoDate, numBetween } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** The compilations the rows come from, each kept as its own series. */
export const UK_DEBT_SERIES = ['clio-infra', 'imf-hpdd'] as const;

/** UK government gross debt as a share of GDP, one compilation in one year. */
export const UkPublicDebtRow = citedRow({
  /** The year (`1815`). */
  date: IsoDate,
  /** `clio-infra`: Clio Infra, total gross central government debt (1692–2010); `imf-hpdd`: IMF Historical Public Debt Database, general government gross debt (1800–2015). */
  series: oneOf(UK_DEBT_SERIES),
  /** Gross debt in percent of GDP. */
  debt_pct_gdp: numBetween(0, 400),
  /** True for the one row per year that a single-line chart should use: Clio Infra before 1800, the IMF database from 1800. */
  primary: Flag,
});
export type UkPublicDebtRow = z.output<typeof UkPublicDebtRow>;

export const ukPublicDebt = defineDataset({
  id: 'uk-public-debt',
  row: UkPublicDebtRow,
  key: ['date', 'series'],
});
