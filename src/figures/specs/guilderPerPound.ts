import type { Point } from '../../charts/types';
import { decimalYear } from '../../lib/dates';
import { guilder } from '../../schemas/datasets/guilder';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

/**
 * Puts a gap point at the first missing year of each run of missing years, so
 * the line breaks where the source has no figure instead of bridging it.
 */
function breakAnnualGaps(points: readonly Point[]): Point[] {
  return points.flatMap((p, i) => {
    const prev = points[i - 1];
    if (!prev || p.x - prev.x <= 1) return [p];
    const year = String(Number(prev.date.slice(0, 4)) + 1);
    const gap: Point = {
      x: decimalYear(year),
      y: null,
      date: year,
      dateLabel: year,
      estimate: false,
      transcribed: false,
      source: [],
    };
    return [gap, p];
  });
}

/** Guilders per pound sterling, 1590–1998, from Clio Infra: one line that breaks where the source has gaps. */
export const guilderPerPound = defineFigure({
  id: 'guilder-per-pound',
  title: 'Dutch guilders per pound sterling, 1590–1998',
  description:
    'Line chart of how many guilders one pound sterling bought each year (Clio Infra). For more than three centuries the rate stays between about 8.5 and 12.5 guilders, through the Dutch Republic’s rise and decline; the pound’s own paper years (1797–1821) show as a dip. The big moves come after 1931, when sterling left gold, and after 1967, as the pound fell to between about 2.5 and 3.5 guilders in the 1990s. Gaps (1666, 1796–1799, 1941–1944) are left open.',
  format: 'number',
  axisFormat: 'number',
  xAxis: 'year',
  data: { guilder },
  series: (rows) =>
    series(
      'nlg-per-gbp',
      'Guilders per £',
      COLOUR.guilder,
      breakAnnualGaps(
        toPoints(
          rows.guilder.filter((r) => r.measure === 'nlg-per-gbp'),
          { value: (r) => r.value },
        ),
      ),
      { shortLabel: 'NLG per £' },
    ),
});
