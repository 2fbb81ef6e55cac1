import { ukPublicDebt } from '../../schemas/datasets/ukPublicDebt';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

/** UK public debt as a share of GDP since 1692: one line, each year from its primary source. */
export const ukDebt = defineFigure({
  id: 'uk-debt',
  title: 'UK public debt, percent of GDP, 1692–2015',
  description:
    'Line chart of British public debt relative to output. It climbs with each war of the eighteenth century, peaks above 250 % after the Napoleonic Wars, falls for a century, and peaks again near 270 % in 1946 before falling to about 40 % by the 1990s.',
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'year',
  data: { ukPublicDebt },
  series: (rows) =>
    series(
      'uk-debt',
      'UK debt/GDP',
      COLOUR.sterling,
      toPoints(
        rows.ukPublicDebt.filter((r) => r.primary),
        { value: (r) => r.debt_pct_gdp },
      ),
      { shortLabel: 'UK' },
    ),
});
