import type { Series } from '../../charts/types';
import { usInflation as usInflationData, type UsInflationRow } from '../../schemas/datasets/usInflation';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

/**
 * Annual US consumer-price inflation, one series per FRED source series: the
 * unadjusted CPI-U to 2022 and the seasonally adjusted CPI-U from 2023. They
 * are drawn side by side and never joined into one line.
 */
export function usInflationSeries(rows: readonly UsInflationRow[]): Series[] {
  const of = (name: UsInflationRow['series']) =>
    toPoints(
      rows.filter((r) => r.series === name),
      { value: (r) => r.inflation_pct },
    );
  return [
    ...series('cpi-u-nsa', 'CPI-U, unadjusted', COLOUR.dollar, of('CPIAUCNS'), { shortLabel: 'CPI-U' }),
    ...series('cpi-u-sa', 'CPI-U, adjusted', COLOUR.neutral, of('CPIAUCSL'), { shortLabel: 'CPI-U SA' }),
  ];
}

/** US inflation by calendar year since 1914. */
export const usInflation = defineFigure({
  id: 'us-inflation',
  title: 'US consumer-price inflation, percent per year',
  description:
    'Line chart of the change in the annual average US consumer price index on the year before. After the post-war bursts (14.4 % in 1947, 7.9 % in 1951) inflation stays low until the mid-1960s, climbs to peaks of 11.1 % in 1974 and 13.5 % in 1980, falls to 3.2 % in 1983, stays between −0.4 % and 5.4 % from 1984 to 2021, and jumps to 8 % in 2022.',
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'year',
  data: { usInflationData },
  series: (rows) => usInflationSeries(rows.usInflationData),
});
