import {
  ALIGNED_DOMAIN,
  alignYear,
  chosenDating,
  yardsticks,
  type AlignedEra,
  type Alignment,
  type ComparedEra,
  type DatingChoice,
} from './compareAlign';
import type { Indicator, IndicatorSeries } from './compareSeries';
import { decimalYear } from './dates';

/** One plotted point on the aligned axis. */
export interface AlignedPoint {
  /** The line it belongs to; for the dollar on the life-cycle axis, one line per yardstick (`…@sterling`). */
  line: string;
  /** A run of the line with no gap and one estimate flag: Plot draws each run as its own path. */
  run: string;
  series: string;
  indicator: Indicator;
  era: ComparedEra;
  label: string;
  secondary: boolean;
  curve: IndicatorSeries['curve'];
  date: string;
  x: number;
  y: number;
  estimate: boolean;
  /** The run has only this point: drawn as a dot, since a line needs two. */
  alone: boolean;
}

/** What a view of the chart aligns by. */
export interface AlignView {
  align: Alignment;
  datings: DatingChoice;
}

/**
 * Every value of the given series placed on the view's axis, inside the axis's
 * domain. Lines break where a series has no row for longer than its `maxGap`
 * (a gap stays a gap) and where the estimate flag changes (estimates are
 * dashed); a run that would join two flags starts at the last point of the
 * previous run so the line stays continuous without inventing a value.
 */
export function alignPoints(
  all: readonly IndicatorSeries[],
  eras: readonly AlignedEra[],
  view: AlignView,
): AlignedPoint[] {
  const [lo, hi] = ALIGNED_DOMAIN[view.align];
  const sticks = yardsticks(eras, view.datings);
  const eraById = new Map(eras.map((e) => [e.id, e]));
  const out: AlignedPoint[] = [];
  for (const s of all) {
    const era = eraById.get(s.era);
    if (!era) continue;
    const dating = chosenDating(era, view.datings);
    const years = s.points.map((p) => decimalYear(p.date));
    const open = dating.end === undefined && view.align === 'lifecycle';
    const variants = open ? sticks.map((st, i) => ({ tag: `@${st.era}`, index: i })) : [{ tag: '', index: 0 }];
    for (const v of variants) {
      const line = `${s.id}${v.tag}`;
      let run = 0;
      let current: AlignedPoint[] = [];
      const flush = () => {
        if (current.length === 1) current[0]!.alone = true;
        out.push(...current);
        current = [];
        run++;
      };
      s.points.forEach((p, i) => {
        const x = alignYear(years[i]!, view.align, dating, sticks)[v.index];
        if (x === undefined || x < lo || x > hi) {
          flush();
          return;
        }
        const prev = current.at(-1);
        const gap = i > 0 && years[i]! - years[i - 1]! > s.maxGap;
        if (prev && gap) flush();
        else if (prev && prev.estimate !== p.estimate) {
          flush();
          current.push({ ...prev, run: `${line}#${run}`, alone: false });
        }
        current.push({
          line,
          run: `${line}#${run}`,
          series: s.id,
          indicator: s.indicator,
          era: s.era,
          label: v.tag ? `${s.label}, against ${v.tag.slice(1)}’s length` : s.label,
          secondary: s.secondary || (open && v.index > 0),
          curve: s.curve,
          date: p.date,
          x,
          y: p.value,
          estimate: p.estimate,
          alone: false,
        });
      });
      flush();
    }
  }
  return out;
}

/**
 * The values at an aligned position, one per visible line at most: the row
 * nearest to `x` within `tolerance` (in axis units), never a value between
 * two rows.
 */
export function valuesAt(points: readonly AlignedPoint[], x: number, tolerance: number): AlignedPoint[] {
  const best = new Map<string, AlignedPoint>();
  for (const p of points) {
    const d = Math.abs(p.x - x);
    if (d > tolerance) continue;
    const seen = best.get(p.line);
    if (!seen || d < Math.abs(seen.x - x)) best.set(p.line, p);
  }
  return [...best.values()];
}
