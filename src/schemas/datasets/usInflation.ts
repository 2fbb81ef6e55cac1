import type { z } from 'zod';
import { IsoDate, OptionalNum, numBetween } from '../common';
import { citedRow, oneOf } from '../cited';
import { defineDataset } from '../dataset';

/** FRED series the annual figures are computed from: CPI-U not seasonally adjusted, or seasonally adjusted. */
export const CPI_SERIES = ['CPIAUCNS', 'CPIAUCSL'] as const;

/** US consumer prices in one calendar year: the annual average index and its change on the year before. */
export const UsInflationRow = citedRow(
  {
    /** Calendar year. */
    date: IsoDate,
    /** Mean of the twelve monthly CPI-U values of the year (1982–84 = 100), rounded to 3 decimals. */
    cpi_index: numBetween(0, 1000),
    /** Change of the annual average on the previous year's, percent, 1 decimal; empty for the first year of the series. */
    inflation_pct: OptionalNum,
    /** The FRED series both figures of the row come from. */
    series: oneOf(CPI_SERIES),
  },
  ['estimate'],
);
export type UsInflationRow = z.output<typeof UsInflationRow>;

export const usInflation = defineDataset({
  id: 'us-inflation',
  row: UsInflationRow,
  key: ['date'],
});
