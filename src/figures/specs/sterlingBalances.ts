import type { Series } from '../../charts/types';
import {
  sterlingBalances as sterlingBalancesData,
  type STERLING_MEASURES,
  type SterlingBalanceRow,
} from '../../schemas/datasets/sterlingBalances';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

type Measure = (typeof STERLING_MEASURES)[number];

/** Labels of the definitions; liabilities in the sterling colour, reserves in gold. */
const LABEL: Record<Measure, { label: string; shortLabel: string }> = {
  'reserve-bank-of-india-sterling': { label: 'India (RBI)', shortLabel: 'India' },
  'balances-india-burma-middle-east': { label: 'India, Burma, M. East', shortLabel: 'India+' },
  'liabilities-excluding-blocked': { label: 'Not blocked', shortLabel: 'Not blocked' },
  'overseas-sterling-area-holdings': { label: 'Sterling area', shortLabel: 'OSA' },
  'central-gold-dollar-holdings': { label: 'Central gold+$', shortLabel: 'Gold+$' },
  'gold-dollar-reserves': { label: 'Gold+$ reserves', shortLabel: 'Reserves' },
  'official-reserves': { label: 'Official reserves', shortLabel: 'Official' },
};

/**
 * Scattered official figures for sterling owed abroad and for the UK's
 * reserves, one series per definition, so a line only ever joins figures that
 * measure the same thing. Official reserves changed definition between 1964
 * and 1970 (the Treasury's dollar portfolio was added), so each of those two
 * figures stands alone.
 */
export function sterlingBalanceSeries(rows: readonly SterlingBalanceRow[]): Series[] {
  const measures = [...new Set(rows.map((r) => r.measure))];
  return measures.flatMap((measure) => {
    const own = rows.filter((r) => r.measure === measure);
    const colour = own[0]?.side === 'liabilities' ? COLOUR.sterling : COLOUR.gold;
    const groups =
      measure === 'official-reserves'
        ? own.map((r) => ({ id: `${measure}-${r.date.slice(0, 4)}`, rows: [r], suffix: ` (${r.date.slice(0, 4)})` }))
        : [{ id: measure, rows: own, suffix: '' }];
    return groups.flatMap((g) =>
      series(g.id, `${LABEL[measure].label}${g.suffix}`, colour, toPoints(g.rows, { value: (r) => r.value_gbp_mn }), {
        shortLabel: LABEL[measure].shortLabel,
      }),
    );
  });
}

/** Britain's version of the dilemma: sterling owed abroad against the reserves behind it. */
export const sterlingBalances = defineFigure({
  id: 'sterling-balances',
  title: 'Sterling owed abroad and UK reserves, figures stated in Parliament, £ million',
  description:
    'Scattered figures, each under its own definition: sterling liabilities to overseas holders (sterling colour) and UK gold and currency reserves (gold), 1945–1970. Wherever both sides are measured within a few years of each other, the sterling owed abroad is about three times the reserves: about £1,750 million of unblocked liabilities at the end of 1948 against £552 million of central gold and dollars in March 1948, and £3,525 million held by the overseas sterling area at the end of 1970 against £1,163 million of official reserves in June 1970. There is no figure for total sterling liabilities in any year.',
  format: 'integer',
  axisFormat: 'integer',
  xAxis: 'year',
  data: { sterlingBalancesData },
  series: (rows) => sterlingBalanceSeries(rows.sterlingBalancesData),
});
