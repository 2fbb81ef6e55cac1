import { usdGbp } from '../../schemas/datasets/usdGbp';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

/** US dollars per pound sterling, one annual figure a year since 1791 (MeasuringWorth). */
export const usdPerGbp = defineFigure({
  id: 'usd-per-gbp',
  title: 'US dollars per pound sterling, 1791–2025',
  description:
    'Line chart of the annual dollar price of one pound (MeasuringWorth). Under the gold standard it stays near $4.86 for most of the nineteenth century (the spike of the 1860s is in US paper greenbacks); it falls after Britain leaves gold in 1931, steps down to $2.80 with the 1949 devaluation and to $2.40 with the 1967 devaluation, and after the 1972 float drifts below $2 by 1976. Annual figures blur the day of each devaluation.',
  format: 'usd',
  axisFormat: 'usdAxis',
  xAxis: 'year',
  data: { usdGbp },
  series: (rows) =>
    series('usd-per-gbp', 'Dollars per £', COLOUR.sterling, toPoints(rows.usdGbp, { value: (r) => r.usd_per_gbp }), {
      shortLabel: '$ per £',
    }),
});
