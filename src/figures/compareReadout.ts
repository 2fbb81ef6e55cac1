import { formatNumber } from '../lib/format';
import { formatAligned, type Alignment } from '../lib/compareAlign';
import { valuesAt } from '../lib/comparePoints';
import { INDICATOR_TEXT, type Indicator } from '../lib/compareSeries';
import type { CompareView } from './compareView';

/** How far from the crosshair a row may be and still be read, in axis units: about half a year. */
export const READ_TOLERANCE: Record<Alignment, number> = { calendar: 0.6, since: 0.6, lifecycle: 0.008 };

/** How far one arrow key press moves the crosshair (Shift: ten times as far). */
export const ARROW_STEP: Record<Alignment, number> = { calendar: 1, since: 1, lifecycle: 0.01 };

/**
 * Decimals every value of an indicator is read out with: the precision most of its rows are published at (shares,
 * debt ratios, rates and balances to a hundredth of a point; the value indices are computed to a hundredth). A row
 * published to more decimals (the Treasury's quarterly debt ratios, to five) is rounded; one published to fewer is
 * read with the same number of decimals as its neighbours, so the values of one indicator line up.
 */
export const INDICATOR_DIGITS: Record<Indicator, number> = {
  gdp: 2,
  reserves: 2,
  debt: 2,
  value: 2,
  rate: 2,
  'current-account': 2,
};

/** A value as the readout says it: the indicator's decimals, a minus sign only for a value below zero once rounded. */
export function formatReading(indicator: Indicator, y: number): string {
  return formatNumber(y, INDICATOR_DIGITS[indicator], INDICATOR_DIGITS[indicator]);
}

const ERA_NAME = { guilder: 'Guilder', sterling: 'Sterling', dollar: 'Dollar' } as const;

/**
 * What the crosshair reads at `x`: for each shown indicator, every era's
 * values there (the nearest row, never a value between rows), and which eras
 * have none. The same sentence goes to the screen and to the live region.
 */
export function readout(view: CompareView, x: number): string {
  const parts = view.panels.map((panel) => {
    // A row dated by its year sits mid-year on the axis, so "the year n" is read at n + 0.5.
    const found = valuesAt(panel.points, view.align === 'lifecycle' ? x : x + 0.5, READ_TOLERANCE[view.align]);
    const eras = (['guilder', 'sterling', 'dollar'] as const).map((era) => {
      const here = found.filter((p) => p.era === era);
      if (here.length === 0) return null;
      return `${ERA_NAME[era]}: ${here.map((p) => `${p.label}, ${p.date}: ${formatReading(panel.indicator, p.y)}${p.estimate ? ' (estimate)' : ''}`).join('; ')}`;
    });
    const listed = eras.filter((e): e is string => e !== null);
    const text = INDICATOR_TEXT[panel.indicator];
    return `${text.title} (${text.unit}): ${listed.length > 0 ? listed.join('. ') : 'no data here'}.`;
  });
  return `At ${formatAligned(x, view.align)}. ${parts.join(' ')}`;
}
