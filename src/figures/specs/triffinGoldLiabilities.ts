import type { Series } from '../../charts/types';
import {
  usGoldVsLiabilities,
  GOLD_LIABILITY_SERIES,
  type UsGoldLiabilityRow,
} from '../../schemas/datasets/usGoldVsLiabilities';
import { COLOUR, series, toPoints } from '../points';
import { defineFigure } from '../types';

type SeriesName = (typeof GOLD_LIABILITY_SERIES)[number];

/** How each series of the dataset is drawn. Bank-reported figures come from an older, narrower table: dashed. */
const STYLE: Record<SeriesName, { label: string; shortLabel: string; colour: string; dashed?: boolean }> = {
  'gold-stock-total': { label: 'US gold stock', shortLabel: 'Gold', colour: COLOUR.gold },
  'gold-stock-treasury': { label: 'Treasury gold', shortLabel: 'Treasury', colour: COLOUR.gold },
  'liabilities-official': { label: 'Official claims', shortLabel: 'Official', colour: COLOUR.dollar },
  'liabilities-total': { label: 'All foreign claims', shortLabel: 'All', colour: COLOUR.neutral },
  'bank-liabilities-official': {
    label: 'Banks: official',
    shortLabel: 'Banks: off.',
    colour: COLOUR.dollar,
    dashed: true,
  },
  'bank-liabilities-total': {
    label: 'Banks: all foreign',
    shortLabel: 'Banks: all',
    colour: COLOUR.neutral,
    dashed: true,
  },
};

/** Drawing order: gold first, then the claims on it. */
export const TRIFFIN_SERIES: readonly SeriesName[] = GOLD_LIABILITY_SERIES;

/**
 * US gold against dollar claims of foreigners, one chart series per dataset
 * series (each from one Treasury table, never spliced with another), values
 * in millions of dollars. Figures are for the end of the calendar year, so
 * each point sits at 31 December. In a year where the Treasury breaks a
 * series it prints two figures: line 1 (comparable with the year before) and
 * line 2 (with the year after). Both are kept, at the same x, line 1 first,
 * so the line ends a run on line 1 and opens the next on line 2 as the
 * Treasury advises; a table keyed by date shows line 2.
 */
export function triffinSeries(rows: readonly UsGoldLiabilityRow[]): Series[] {
  return TRIFFIN_SERIES.flatMap((name) => {
    const ordered = rows
      .filter((r) => r.series === name)
      .sort((a, b) => a.date.localeCompare(b.date) || (a.line ?? 0) - (b.line ?? 0));
    const points = toPoints(ordered, { value: (r) => r.value_usd_mn, shiftX: (x) => x + 0.5 }).map((p) => ({
      ...p,
      dateLabel: `end ${p.dateLabel}`,
    }));
    const { label, colour, ...extra } = STYLE[name];
    return series(name, label, colour, points, extra);
  });
}

/** The Triffin dilemma in the Treasury's own numbers, 1948–1973. */
export const triffinGoldLiabilities = defineFigure({
  id: 'triffin-gold-liabilities',
  title: 'US gold stock and dollars owed to foreigners, 1948–1973, $ million',
  description:
    'Line chart of the US gold stock (valued at the official price) against US liquid liabilities to foreigners, at the end of each year, from the US Treasury Bulletin. Gold falls from about $24 billion around 1949 to about $10 billion in 1971. Liabilities to all foreigners pass the gold stock at the end of 1960, and liabilities to foreign central banks and governments alone pass it at the end of 1964; by the end of 1971 official claims are about five times the gold. Dashed lines are the narrower bank-reported figures of 1948–1958.',
  format: 'integer',
  axisFormat: 'integer',
  xAxis: 'year',
  data: { usGoldVsLiabilities },
  series: (rows) => triffinSeries(rows.usGoldVsLiabilities),
});
