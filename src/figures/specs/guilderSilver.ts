import { guilder } from '../../schemas/datasets/guilder';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

/** Fine silver in one guilder as a mint standard, 1531–1792: the unit of account the Bank of Amsterdam stabilised. */
export const guilderSilver = defineFigure({
  id: 'guilder-silver',
  title: 'Fine silver in one guilder, grams, 1531–1792',
  description:
    'Line chart of the grams of fine silver in one Dutch guilder under the mint standard (IISH). It falls from about 19 g in the 1530s to about 11 g by 1600, during the revolt against Spain, then moves little: 9.61 g from 1682 until the series ends in 1792.',
  format: 'number',
  axisFormat: 'number',
  xAxis: 'year',
  y: [0, 20],
  data: { guilder },
  series: (rows) =>
    series(
      'guilder-silver',
      'Silver per guilder (g)',
      COLOUR.guilder,
      toPoints(
        rows.guilder.filter((r) => r.measure === 'silver-grams'),
        { value: (r) => r.value },
      ),
      { shortLabel: 'Silver (g)' },
    ),
});
