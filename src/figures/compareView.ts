import {
  ALIGNED_DOMAIN,
  alignYear,
  chosenDating,
  yardsticks,
  type Alignment,
  type ComparedEra,
} from '../lib/compareAlign';
import type { ClaimMark } from '../lib/compareClaims';
import type { CompareData } from '../lib/compareData';
import { alignPoints, type AlignedPoint, type AlignView } from '../lib/comparePoints';
import { INDICATORS, type Indicator } from '../lib/compareSeries';

/**
 * A view of the comparative chart before anything is drawn: the aligned
 * points of each shown indicator, where "the dollar today" and each claim sit
 * on the axis, and the sentence naming the datings. Pure; no Plot, so the
 * browser can read the chart (crosshair, live region, table) before Plot loads.
 */

export interface CompareViewState extends AlignView {
  show: readonly Indicator[];
  /** A claim to pick out on the chart, or `''`. */
  claim?: string;
}

/** A claim marker on the axis: one x, or for the dollar on the life-cycle axis a range. */
export interface PlacedMark extends ClaimMark {
  xs: number[];
}

export interface CompareView {
  align: Alignment;
  claim: string;
  domain: readonly [number, number];
  panels: { indicator: Indicator; points: AlignedPoint[] }[];
  /** "The dollar today" on this axis. */
  today: number[];
  marks: PlacedMark[];
  /** Whose datings the chart shows, one phrase per era. */
  datings: { era: ComparedEra; text: string }[];
}

const ERA_NAME: Record<ComparedEra, string> = { guilder: 'Guilder', sterling: 'Sterling', dollar: 'Dollar' };

/** The view of a state: points per shown indicator, in the fixed display order. */
export function compareView(data: CompareData, state: CompareViewState): CompareView {
  const shown = INDICATORS.filter((i) => state.show.includes(i));
  const points = alignPoints(
    data.series.filter((s) => shown.includes(s.indicator)),
    data.eras,
    state,
  );
  const sticks = yardsticks(data.eras, state.datings);
  const eraById = new Map(data.eras.map((e) => [e.id, e]));
  const place = (era: ComparedEra, year: number) =>
    alignYear(year, state.align, chosenDating(eraById.get(era)!, state.datings), sticks);
  return {
    align: state.align,
    claim: state.claim ?? '',
    domain: ALIGNED_DOMAIN[state.align],
    panels: shown.map((indicator) => ({ indicator, points: points.filter((p) => p.indicator === indicator) })),
    today: eraById.has('dollar') ? place('dollar', data.today + 0.5) : [],
    marks: data.marks.map((m) => ({ ...m, xs: place(m.era, m.year) })),
    datings: data.eras.map((e) => {
      const d = chosenDating(e, state.datings);
      return { era: e.id, text: `${ERA_NAME[e.id]}: ${d.by}, ${d.rise}–${d.end ?? 'today'}` };
    }),
  };
}

/** Where an x sits across the plot area, 0 to 1 (outside the domain: below 0 or above 1). */
export function domainFraction(view: Pick<CompareView, 'domain'>, x: number): number {
  const [lo, hi] = view.domain;
  return (x - lo) / (hi - lo);
}

/** Margins every panel shares, so one crosshair lines up across all of them (kept free of Plot for the island). */
export const COMPARE_MARGIN = { left: 64, right: 16 } as const;

/** Height of one panel at each width class. */
export function panelHeight(narrow: boolean): number {
  return narrow ? 170 : 190;
}
