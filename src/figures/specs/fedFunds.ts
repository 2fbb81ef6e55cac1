import type { Series } from '../../charts/types';
import { policyRates, type PolicyRateRow } from '../../schemas/datasets/policyRates';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

/** The effective federal funds rate, monthly average (FRED FEDFUNDS), as one series. */
export function fedFundsSeries(rows: readonly PolicyRateRow[]): Series[] {
  return series(
    'us-fed-funds',
    'Federal funds rate',
    COLOUR.dollar,
    toPoints(
      rows.filter((r) => r.rate_id === 'us-fed-funds'),
      { value: (r) => r.rate },
    ),
    { shortLabel: 'Fed funds' },
  );
}

/** The US policy rate since 1954, month by month. */
export const fedFunds = defineFigure({
  id: 'fed-funds',
  title: 'US effective federal funds rate, monthly average, percent',
  description:
    'Line chart of the monthly average of the effective federal funds rate since July 1954. It rises through the 1970s, swings between about 9 % and 19 % in 1980 and 1981 under Paul Volcker and peaks at 19.1 % in June 1981, then falls in steps, is held near zero after 2008 and again in 2020 and 2021, and rises to 5.33 % in 2023.',
  format: 'percent',
  axisFormat: 'percentAxis',
  xAxis: 'year',
  data: { policyRates },
  series: (rows) => fedFundsSeries(rows.policyRates),
});
