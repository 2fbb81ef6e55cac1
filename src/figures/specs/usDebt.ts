import type { Point, Series } from '../../charts/types';
import { fiscalYearEnd } from '../../lib/publicDebt';
import { usFederalDebt, type UsFederalDebtRow } from '../../schemas/datasets/usFederalDebt';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

/**
 * Moves a fiscal-year point to the day its fiscal year ended (`fiscalYearEnd`),
 * so both series sit where their debt was counted.
 */
function atFiscalYearEnd(p: Point): Point {
  return p.date.length === 4 ? { ...p, x: fiscalYearEnd(Number(p.date)), dateLabel: `FY${p.date}` } : p;
}

/**
 * US federal debt in percent of GDP by two definitions that are never spliced:
 * OMB gross federal debt at the end of each fiscal year (FY2024 Budget
 * edition), and Treasury total public debt at the end of each quarter (FRED
 * GFDEBTN over GFDEGDQ188S's GDP).
 */
export function usDebtSeries(rows: readonly UsFederalDebtRow[]): Series[] {
  const pick = (measure: UsFederalDebtRow['measure'], basis: UsFederalDebtRow['basis']) =>
    rows.filter((r) => r.measure === measure && r.basis === basis && r.unit === 'pct-gdp');
  const value = (r: UsFederalDebtRow) => r.value;
  return [
    ...series(
      'total-public-debt-quarterly',
      'Total public debt',
      COLOUR.dollar,
      toPoints(pick('total-public-debt', 'quarter-end'), { value, quarterly: true }),
      { shortLabel: 'Total' },
    ),
    ...series(
      'gross-federal-debt-fy',
      'Gross debt (FY)',
      COLOUR.neutral,
      toPoints(pick('gross-federal-debt', 'fiscal-year-end'), { value }).map(atFiscalYearEnd),
      { shortLabel: 'Gross' },
    ),
  ];
}

/** US federal debt relative to the economy since 1940. */
export const usDebt = defineFigure({
  id: 'us-debt',
  title: 'US federal debt, percent of GDP',
  description:
    'Line chart of US federal debt relative to GDP by two definitions: OMB gross federal debt at each fiscal year end since 1940, and Treasury total public debt at each quarter end since 1970. Gross debt peaks at 118.9 % in FY1946 and falls to about a third of GDP by the early 1970s; total public debt is 34.5 % in early 1971, about 31 % in 1981, rises through the 1980s, jumps after 2008 and again in 2020 (132.7 % in mid-2020), and is 119.6 % at the end of 2023.',
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'year',
  data: { usFederalDebt },
  series: (rows) => usDebtSeries(rows.usFederalDebt),
});
