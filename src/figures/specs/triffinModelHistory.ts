import { usGoldVsLiabilities } from '../../schemas/datasets/usGoldVsLiabilities';
import { defineFigure } from '../types';
import { triffinSeries } from './triffinGoldLiabilities';

/** The series the Triffin model is laid over (see `triffinHistory`): the table and sources of its scroll steps. */
const OVERLAY = ['gold-stock-treasury', 'bank-liabilities-total', 'liabilities-total'];

/**
 * The Triffin model's figure as chapter 5's scroll steps show it. The steps
 * draw it themselves (TriffinStep.astro, with the model's own figure); this
 * spec gives their stage its title and the table and sources of the record
 * the model is held against.
 */
export const triffinModelHistory = defineFigure({
  id: 'triffin-model-history',
  title: 'The Triffin model against the record: US gold and dollar claims of foreigners',
  description:
    'The Triffin model run from the United States of 1950: its gold falls and the claims of foreigners rise until the claims exceed the gold. Some steps lay the Treasury’s figures for 1948–1973 over it, with the London Gold Pool, the two-tier gold market and the closing of the gold window marked.',
  format: 'integer',
  axisFormat: 'integer',
  xAxis: 'year',
  data: { usGoldVsLiabilities },
  series: (rows) => triffinSeries(rows.usGoldVsLiabilities).filter((s) => OVERLAY.includes(s.id)),
});
